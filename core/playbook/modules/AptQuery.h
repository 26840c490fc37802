#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// Reads what the apt module asks the host in one round trip: the cache's
// age, `dpkg-query -W` for every named package and `apt-cache policy` for
// them, and later apt-get's summary line. Pure text parsing, so it is unit
// tested without a host.
class AptQuery
{
public:
    struct Package
    {
        QString name;
        // The third word of dpkg's Status ("installed", "config-files",
        // "not-installed", "half-configured", …); empty when dpkg does not know it.
        QString status;
        QString version; // installed version (empty when not installed)
        QString candidate; // from apt-cache policy; empty when nothing installable (or a virtual package)
        bool knownToApt = false; // apt-cache policy listed it (real or virtual)
        bool isInstalled() const;
        // Installed, or removed with its configuration files left (what purge removes).
        bool hasFiles() const { return isInstalled() || status == QLatin1String("config-files"); }
    };

    struct Snapshot
    {
        QHash<QString, Package> packages;
        qint64 now = 0; // the host's clock
        qint64 cacheTimeBefore = 0; // mtime of the update stamp, before a possible update
        qint64 cacheTimeAfter = 0;
        bool cacheUpdated = false; // apt-get update ran (or, in check mode, would have run)
    };

    // The shell script that produces what parse() reads. names are package
    // names without a version; updateValidSeconds < 0 means no update,
    // 0 means always update, more means only when the cache is older.
    static QByteArray script(const QStringList &names, qint64 updateValidSeconds, bool checkMode);
    static Snapshot parse(const QByteArray &output);

    // "1 upgraded, 2 newly installed, 0 to remove and 5 not upgraded." →
    // 3 (upgraded + installed + removed); -1 when the line is missing.
    static int changeCount(const QByteArray &aptGetOutput);

    // "name=1.2-3" → {"name", "1.2-3"}; "name" → {"name", ""}.
    static QPair<QString, QString> splitVersion(const QString &spec);
};

} // namespace antler::playbook
