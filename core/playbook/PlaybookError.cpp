#include "playbook/PlaybookError.h"

namespace antler::playbook {

PlaybookError::PlaybookError(const SourceLocation &location, const QString &message, const QString &sourceLine)
    : m_location(location)
    , m_message(message)
    , m_sourceLine(sourceLine)
{
}

QString PlaybookError::toString() const
{
    const QString where = m_location.toString();
    return where.isEmpty() ? m_message : where + QLatin1String(": ") + m_message;
}

QString PlaybookError::toDisplayString() const
{
    QString text = toString();
    if (m_sourceLine.isEmpty() || !m_location.isValid())
        return text;
    // Tabs keep their width under the caret, so the caret lines up in a terminal.
    QString padding;
    for (int i = 0; i < m_location.column() - 1 && i < m_sourceLine.size(); ++i)
        padding += m_sourceLine.at(i) == QLatin1Char('\t') ? QLatin1Char('\t') : QLatin1Char(' ');
    text += QLatin1String("\n    ") + m_sourceLine + QLatin1String("\n    ") + padding + QLatin1Char('^');
    return text;
}

QString PlaybookError::join(const QList<PlaybookError> &errors)
{
    QStringList parts;
    for (const PlaybookError &error : errors)
        parts.append(error.toDisplayString());
    return parts.join(QLatin1String("\n\n"));
}

} // namespace antler::playbook
