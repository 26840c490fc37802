#pragma once

#include <QString>

namespace antler::playbook {

// Where something was written: a file and a 1-based line and column, as
// editors and compilers print them.
class SourceLocation
{
public:
    SourceLocation() = default;
    SourceLocation(const QString &file, int line, int column);

    QString file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    bool isValid() const { return m_line > 0; }

    // "FILE:LINE:COLUMN", or just FILE when the position is unknown.
    QString toString() const;
    // "FILE:LINE", the form ansible-playbook uses for tasks.
    QString fileAndLine() const;

    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;

private:
    QString m_file;
    int m_line = 0;
    int m_column = 0;
};

} // namespace antler::playbook
