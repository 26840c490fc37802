#include "AccessLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace moosefacts {

void AccessLog::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled && !m_out.isOpen())
        m_out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QByteArray AccessLog::format(const Entry &entry, qint64 epochMs)
{
    const QJsonObject o {
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("remote"), QString::fromLatin1(entry.remote)},
        {QStringLiteral("method"), QString::fromLatin1(entry.method)},
        {QStringLiteral("path"), QString::fromUtf8(entry.path)},
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("bytes"), entry.bytes},
        {QStringLiteral("duration_ms"), qRound(entry.seconds * 1e6) / 1000.0},
        {QStringLiteral("user_agent"), QString::fromUtf8(entry.userAgent)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

void AccessLog::write(const Entry &entry)
{
    if (!m_enabled)
        return;
    m_out.write(format(entry, QDateTime::currentMSecsSinceEpoch()));
}

} // namespace moosefacts
