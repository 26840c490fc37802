#include "playbook/ShellWords.h"

#include <QCoreApplication>

namespace antler::playbook {

bool ShellWords::split(const QString &text, QStringList *words, QString *error)
{
    words->clear();
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (quote == QLatin1Char('"')) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && i + 1 < text.size()
                       && (text.at(i + 1) == QLatin1Char('"') || text.at(i + 1) == QLatin1Char('\\'))) {
                word += text.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size()) {
                if (error) {
                    *error = QCoreApplication::translate(
                        "antler::playbook::ShellWords",
                        "the command ends with a lone backslash; remove it or quote it as '\\\\'.");
                }
                return false;
            }
            word += text.at(++i);
        } else {
            word += c;
        }
    }
    if (!quote.isNull()) {
        if (error) {
            *error = QCoreApplication::translate("antler::playbook::ShellWords",
                                                 "the command has an unclosed %1 quote; close it or "
                                                 "escape it with a backslash.")
                         .arg(quote);
        }
        return false;
    }
    if (inWord)
        words->append(word);
    return true;
}

} // namespace antler::playbook
