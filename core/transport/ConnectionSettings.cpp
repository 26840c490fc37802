#include "transport/ConnectionSettings.h"

#include <QDir>

namespace antler::transport {

QString ConnectionSettings::displayName() const
{
    QString name = host;
    if (!user.isEmpty())
        name = user + QLatin1Char('@') + name;
    if (port != 22)
        name += QLatin1Char(':') + QString::number(port);
    return name;
}

QString ConnectionSettings::defaultKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

} // namespace antler::transport
