#pragma once

#include <QRegularExpression>
#include <QString>

namespace antler::playbook::jinja {

// Compiled regular expressions of the regex filters and tests, kept across
// renders so a loop over many hosts compiles each pattern once.
class RegexCache
{
public:
    // False with *error ("invalid regular expression …") when pattern does not compile.
    static bool get(const QString &pattern, QRegularExpression::PatternOptions options, QRegularExpression *out,
                    QString *error);
};

} // namespace antler::playbook::jinja
