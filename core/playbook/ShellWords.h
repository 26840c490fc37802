#pragma once

#include <QString>
#include <QStringList>

namespace antler::playbook {

// Splits a command line into words the way the command module does (Python's
// shlex.split in POSIX mode): whitespace separates, single quotes are literal,
// double quotes and backslashes escape. No variables, globs or operators: the
// command module runs no shell.
class ShellWords
{
public:
    // False with *error set (one sentence) for an unclosed quote or a
    // trailing backslash.
    static bool split(const QString &text, QStringList *words, QString *error);
};

} // namespace antler::playbook
