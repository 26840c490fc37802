#include "playbook/jinja/PythonString.h"

#include "playbook/jinja/Value.h"

namespace antler::playbook::jinja {

QVariantList PythonString::split(const QString &text, const QVariant &separator, qint64 maxSplit)
{
    QVariantList parts;
    if (Value::isNone(separator)) {
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (true) {
            while (i < n && text.at(i).isSpace())
                ++i;
            if (i >= n)
                break;
            if (maxSplit >= 0 && parts.size() >= maxSplit) {
                QString rest = text.mid(i);
                while (!rest.isEmpty() && rest.back().isSpace())
                    rest.chop(1);
                parts.append(rest);
                break;
            }
            qsizetype j = i;
            while (j < n && !text.at(j).isSpace())
                ++j;
            parts.append(text.mid(i, j - i));
            i = j;
        }
        return parts;
    }
    const QString sep = Value::toText(separator);
    qsizetype start = 0;
    while (true) {
        const qsizetype found = (maxSplit >= 0 && parts.size() >= maxSplit) ? -1 : text.indexOf(sep, start);
        if (found < 0) {
            parts.append(text.mid(start));
            break;
        }
        parts.append(text.mid(start, found - start));
        start = found + sep.size();
    }
    return parts;
}

QString PythonString::title(const QString &text, WordCharacters word)
{
    QString result = text.toLower();
    bool start = true;
    for (QChar &c : result) {
        if (word == WordCharacters::Letters ? c.isLetter() : c.isLetterOrNumber()) {
            if (start)
                c = c.toUpper();
            start = false;
        } else {
            start = true;
        }
    }
    return result;
}

} // namespace antler::playbook::jinja
