#include "playbook/SourceLocation.h"

namespace antler::playbook {

SourceLocation::SourceLocation(const QString &file, int line, int column)
    : m_file(file)
    , m_line(line)
    , m_column(column)
{
}

QString SourceLocation::toString() const
{
    if (!isValid())
        return m_file;
    return QStringLiteral("%1:%2:%3").arg(m_file).arg(m_line).arg(m_column);
}

QString SourceLocation::fileAndLine() const
{
    if (!isValid())
        return m_file;
    return QStringLiteral("%1:%2").arg(m_file).arg(m_line);
}

} // namespace antler::playbook
