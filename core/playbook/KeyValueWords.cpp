#include "playbook/KeyValueWords.h"

namespace antler::playbook {

bool KeyValueWords::split(const QString &text, QStringList *words, QString *error)
{
    QString word;
    bool inWord = false;
    QChar quote;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (depth == 0 && quote.isNull() && c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('{')
            && (next == QLatin1Char('{') || next == QLatin1Char('%') || next == QLatin1Char('#'))) {
            ++depth;
            word += c;
            word += next;
            ++i;
            continue;
        }
        if (depth > 0 && (c == QLatin1Char('}') || c == QLatin1Char('%') || c == QLatin1Char('#'))
            && next == QLatin1Char('}') && (c == QLatin1Char('}') || quote.isNull())) {
            --depth;
            word += c;
            word += next;
            ++i;
            continue;
        }
        if (depth == 0 && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            if (quote.isNull()) {
                quote = c;
                continue;
            }
            if (quote == c) {
                quote = QChar();
                continue;
            }
        }
        if (depth == 0 && c == QLatin1Char('\\') && quote != QLatin1Char('\'') && !next.isNull()
            && (next == QLatin1Char('"') || next == QLatin1Char('\'') || next == QLatin1Char('\\'))) {
            word += next;
            ++i;
            continue;
        }
        word += c;
    }
    if (!quote.isNull()) {
        *error = tr("an unclosed %1 quote").arg(quote);
        return false;
    }
    if (depth > 0) {
        *error = tr("an unclosed {{ template");
        return false;
    }
    if (inWord)
        words->append(word);
    return true;
}

} // namespace antler::playbook
