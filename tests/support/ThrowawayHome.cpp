#include "ThrowawayHome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace antler::test {

QString useThrowawayHome(const QTemporaryDir &home)
{
    for (const char *folder : {"data", "config", "cache", "home/.ssh", "runtime"}) {
        if (!QDir().mkpath(home.filePath(QLatin1String(folder))))
            return QStringLiteral("cannot create %1").arg(home.filePath(QLatin1String(folder)));
    }
    if (!QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return QStringLiteral("cannot make %1 private").arg(home.filePath(QStringLiteral("runtime")));
    qputenv("HOME", home.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("runtime")).toLocal8Bit());
    return {};
}

} // namespace antler::test
