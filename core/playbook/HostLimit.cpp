#include "playbook/HostLimit.h"

#include <QFile>
#include <QFileInfo>

namespace antler::playbook {

bool HostLimit::check(const QString &limit, QString *error)
{
    if (!limit.startsWith(QLatin1Char('@')) || QFileInfo(limit.mid(1)).isReadable())
        return true;
    if (error) {
        *error = tr("cannot read the limit file %1; check the path after --limit @, or give a host pattern.")
                     .arg(limit.mid(1));
    }
    return false;
}

QStringList HostLimit::hosts(const inventory::Inventory &inventory, const QString &limit, QString *warning)
{
    if (!limit.startsWith(QLatin1Char('@')))
        return inventory.match(limit, warning);
    QStringList hosts;
    QFile file(limit.mid(1));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString host = QString::fromUtf8(line).trimmed();
            if (!host.isEmpty())
                hosts.append(host);
        }
    }
    return hosts;
}

QStringList HostLimit::narrow(const inventory::Inventory &inventory, const QString &limit, const QStringList &matched)
{
    if (limit.isEmpty())
        return matched;
    const QStringList limited = hosts(inventory, limit);
    QStringList kept;
    for (const QString &host : matched) {
        if (limited.contains(host))
            kept.append(host);
    }
    return kept;
}

} // namespace antler::playbook
