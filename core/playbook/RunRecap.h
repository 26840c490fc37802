#pragma once

#include "playbook/HostStats.h"
#include "playbook/TaskResult.h"

#include <QMap>
#include <QSet>
#include <QString>

namespace antler::playbook {

// What a run ends with: the PLAY RECAP counts per host, ansible-playbook's
// exit code and the retry file naming the hosts to run again.
class RunRecap
{
public:
    // A host of a play: it appears in the recap even if nothing ran on it.
    void addHost(const QString &host);
    // One result of a task on host; rescued: a block's rescue takes it.
    void count(const QString &host, const TaskResult &result, bool rescued);
    // ansible-playbook counts every "included:" as ok for its hosts.
    void countIncluded(const QString &host);
    const QMap<QString, HostStats> &stats() const { return m_stats; }

    // ansible-playbook's codes: 0 all ok, 2 a task failed, 4 a host
    // unreachable; 99 when the run was cancelled.
    static int exitCode(bool cancelled, bool anyUnreachable, bool anyFailed);
    // PLAYBOOK.retry in directory, by default $XDG_CACHE_HOME/antler/retry.
    static QString retryFilePath(const QString &directory, const QString &playbookPath);
    // Writes the hosts of the recap that failed or were unreachable, one a
    // line, to path; the path when written, else empty (no such host).
    QString writeRetryFile(const QString &path, const QSet<QString> &failed, const QSet<QString> &unreachable) const;

private:
    QMap<QString, HostStats> m_stats;
};

} // namespace antler::playbook
