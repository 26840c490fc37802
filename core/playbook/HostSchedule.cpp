#include "playbook/HostSchedule.h"

#include <algorithm>

namespace antler::playbook {

void HostSchedule::Progress::recordFailure(const QString &host)
{
    switch (phase) {
    case Phase::Block:
        failedInBlock.insert(host);
        break;
    case Phase::Rescue:
        failedInRescue.insert(host);
        break;
    case Phase::Always:
        failedInAlways.insert(host);
        break;
    }
}

std::optional<HostSchedule::Phase> HostSchedule::Progress::nextPhase() const
{
    if (phase == Phase::Block && hasRescue && !failedInBlock.isEmpty())
        return Phase::Rescue;
    if (phase != Phase::Always && hasAlways)
        return Phase::Always;
    return std::nullopt;
}

QSet<QString> HostSchedule::Progress::failedHosts() const
{
    QSet<QString> failed = failedInRescue;
    failed.unite(failedInAlways);
    if (!hasRescue)
        failed.unite(failedInBlock);
    return failed;
}

QStringList HostSchedule::activeHosts(const QStringList &hosts, const QSet<QString> &outOfPlay,
                                      const Progress &progress)
{
    QStringList active;
    for (const QString &host : hosts) {
        if (outOfPlay.contains(host))
            continue;
        switch (progress.phase) {
        case Phase::Block:
            if (!progress.failedInBlock.contains(host))
                active.append(host);
            break;
        case Phase::Rescue:
            if (progress.failedInBlock.contains(host) && !progress.failedInRescue.contains(host))
                active.append(host);
            break;
        case Phase::Always:
            if (!progress.failedInAlways.contains(host))
                active.append(host);
            break;
        }
    }
    return active;
}

QStringList HostSchedule::taskHosts(const QStringList &hosts, bool runOnce)
{
    return runOnce ? hosts.mid(0, 1) : hosts;
}

bool HostSchedule::failsEveryHost(bool anyErrorsFatal, const QHash<QString, TaskResult> &results)
{
    if (!anyErrorsFatal)
        return false;
    for (const TaskResult &result : results) {
        if (result.status == TaskResult::Status::Failed && !result.ignored)
            return true;
    }
    return false;
}

QStringList HostSchedule::notifiedHosts(const QStringList &active, const QHash<QString, QSet<int>> &notified, int index)
{
    QStringList hosts;
    for (const QString &host : active) {
        if (notified.value(host).contains(index))
            hosts.append(host);
    }
    return hosts;
}

bool HostSchedule::noHostsLeft(const QStringList &playHosts, const QSet<QString> &failedOrUnreachable)
{
    for (const QString &host : playHosts) {
        if (!failedOrUnreachable.contains(host))
            return false;
    }
    return true;
}

QList<QStringList> HostSchedule::serialBatches(const QStringList &hosts, const QVariantList &serial)
{
    QList<QStringList> batches;
    QStringList rest = hosts;
    const qsizetype total = hosts.size();
    qsizetype index = 0;
    while (!rest.isEmpty()) {
        const QVariant size = serial.isEmpty() ? QVariant(0) : serial.at(index);
        qsizetype count = 0;
        if (size.typeId() == QMetaType::QString) {
            // pct_to_int: int(pct / 100 * total), at least one.
            const int percent = size.toString().chopped(1).toInt();
            count = qsizetype((percent / 100.0) * double(total));
            if (count == 0)
                count = 1;
        } else {
            count = size.toInt();
        }
        if (count <= 0) {
            batches.append(rest);
            break;
        }
        batches.append(rest.first(std::min(count, rest.size())));
        rest.remove(0, std::min(count, rest.size()));
        index = std::min(index + 1, serial.size() - 1);
    }
    return batches;
}

} // namespace antler::playbook
