#include "playbook/RunRecap.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace antler::playbook {

void RunRecap::addHost(const QString &host)
{
    if (!m_stats.contains(host))
        m_stats.insert(host, HostStats());
}

void RunRecap::countIncluded(const QString &host)
{
    ++m_stats[host].ok;
}

void RunRecap::count(const QString &host, const TaskResult &result, bool rescued)
{
    HostStats &stats = m_stats[host];
    const bool changed = result.data.value(QStringLiteral("changed")).toBool();
    switch (result.status) {
    case TaskResult::Status::Ok:
        ++stats.ok;
        break;
    case TaskResult::Status::Changed:
        ++stats.ok;
        ++stats.changed;
        break;
    case TaskResult::Status::Skipped:
        ++stats.skipped;
        break;
    case TaskResult::Status::Failed:
        if (result.ignored) {
            ++stats.ok;
            ++stats.ignored;
            if (changed)
                ++stats.changed;
        } else if (rescued) {
            ++stats.rescued;
        } else {
            ++stats.failed;
        }
        break;
    case TaskResult::Status::Unreachable:
        ++stats.unreachable;
        break;
    }
}

int RunRecap::exitCode(bool cancelled, bool anyUnreachable, bool anyFailed)
{
    return cancelled ? 99 : anyUnreachable ? 4 : anyFailed ? 2 : 0;
}

QString RunRecap::retryFilePath(const QString &directory, const QString &playbookPath)
{
    QString folder = directory;
    if (folder.isEmpty()) {
        QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
        if (cache.isEmpty())
            cache = QDir::homePath() + QStringLiteral("/.cache");
        folder = cache + QStringLiteral("/antler/retry");
    }
    return folder + QLatin1Char('/') + QFileInfo(playbookPath).completeBaseName() + QStringLiteral(".retry");
}

QString RunRecap::writeRetryFile(const QString &path, const QSet<QString> &failed,
                                 const QSet<QString> &unreachable) const
{
    QStringList hosts;
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
        if (failed.contains(it.key()) || unreachable.contains(it.key()))
            hosts.append(it.key());
    }
    if (hosts.isEmpty())
        return QString();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(hosts.join(QLatin1Char('\n')).toUtf8() + '\n');
    return file.commit() ? path : QString();
}

} // namespace antler::playbook
