#include "playbook/modules/PythonRegex.h"

namespace antler::playbook {

QString PythonRegex::translate(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size());
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            const QChar next = pattern.at(i + 1);
            if (next == u'Z' && !inClass)
                out += QLatin1String("\\z");
            else {
                out += c;
                out += next;
            }
            ++i;
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            out += c;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out += c;
            // A ']' right after '[' or '[^' is a literal in both dialects.
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'^') {
                out += u'^';
                ++i;
            }
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u']') {
                out += u']';
                ++i;
            }
            continue;
        }
        if (c == u'(' && pattern.mid(i, 4) == QLatin1String("(?P<")) {
            out += QLatin1String("(?<");
            i += 3;
            continue;
        }
        if (c == u'(' && pattern.mid(i, 4) == QLatin1String("(?P=")) {
            const qsizetype close = pattern.indexOf(u')', i);
            if (close > 0) {
                out += QLatin1String("(?:\\k<") + pattern.mid(i + 4, close - i - 4) + QLatin1String(">)");
                i = close;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool PythonRegex::compile(const QString &pattern, QRegularExpression::PatternOptions options,
                          const QString &argumentName, QRegularExpression *out, QString *error)
{
    QRegularExpression regex(translate(pattern), options);
    if (!regex.isValid()) {
        if (error)
            *error = tr("%1 is not a valid regular expression: %2 at offset %3 of '%4'.")
                         .arg(argumentName, regex.errorString())
                         .arg(regex.patternErrorOffset())
                         .arg(pattern);
        return false;
    }
    *out = regex;
    return true;
}

QString PythonRegex::expand(const QString &templ, const QRegularExpressionMatch &match)
{
    QString out;
    out.reserve(templ.size());
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c != u'\\' || i + 1 == templ.size()) {
            out += c;
            continue;
        }
        const QChar next = templ.at(i + 1);
        if (next.isDigit()) {
            // \1 … \99 (Python reads at most two digits; a leading 0 is octal).
            qsizetype end = i + 2;
            if (end < templ.size() && templ.at(end).isDigit())
                ++end;
            if (next == u'0') {
                int value = 0;
                qsizetype j = i + 1;
                while (j < templ.size() && j < i + 4 && templ.at(j) >= u'0' && templ.at(j) <= u'7')
                    value = value * 8 + templ.at(j++).digitValue();
                out += QChar(value);
                i = j - 1;
                continue;
            }
            out += match.captured(templ.mid(i + 1, end - i - 1).toInt());
            i = end - 1;
            continue;
        }
        if (next == u'g' && i + 2 < templ.size() && templ.at(i + 2) == u'<') {
            const qsizetype close = templ.indexOf(u'>', i + 3);
            if (close > 0) {
                const QString name = templ.mid(i + 3, close - i - 3);
                bool isNumber = false;
                const int number = name.toInt(&isNumber);
                out += isNumber ? match.captured(number) : match.captured(name);
                i = close;
                continue;
            }
        }
        switch (next.unicode()) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'v':
            out += u'\v';
            break;
        case 'a':
            out += u'\a';
            break;
        case 'b':
            out += u'\b';
            break;
        case '\\':
            out += u'\\';
            break;
        default:
            // Python keeps unknown escapes of ASCII letters as an error; other
            // characters stay as written.
            out += c;
            out += next;
        }
        ++i;
    }
    return out;
}

QString PythonRegex::substitute(const QRegularExpression &regex, const QString &templ, const QString &text, int *count)
{
    QString out;
    qsizetype last = 0;
    int n = 0;
    auto it = regex.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += expand(templ, match);
        last = match.capturedEnd();
        ++n;
    }
    out += QStringView(text).mid(last);
    if (count)
        *count = n;
    return out;
}

} // namespace antler::playbook
