#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace antler::playbook {

// Python `re` patterns and replacement templates, as lineinfile, replace
// and blockinfile take them, run with QRegularExpression (PCRE2). The
// common subset reads the same; the spellings that differ are translated:
// (?P<name>…) and (?P=name), \Z (Python's end of text), and in templates
// \1 … \99, \g<1>, \g<name> and the escapes \n \t \r \\.
class PythonRegex
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PythonRegex)

public:
    // The PCRE spelling of a Python pattern.
    static QString translate(const QString &pattern);
    // A compiled pattern, or false with one sentence naming the argument.
    static bool compile(const QString &pattern, QRegularExpression::PatternOptions options, const QString &argumentName,
                        QRegularExpression *out, QString *error);
    // match.expand(template): the template with its group references filled in.
    static QString expand(const QString &templ, const QRegularExpressionMatch &match);
    // re.subn(regex, templ, text): the text with every match replaced, and the count.
    static QString substitute(const QRegularExpression &regex, const QString &templ, const QString &text, int *count);
};

} // namespace antler::playbook
