#pragma once

#include "playbook/TaskResult.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace antler::playbook {

// The Runner's scheduling decisions as pure functions, so they can be read in
// one place and tested with tables: which hosts a task runs for (failed,
// unreachable and ended hosts sit out; run_once takes the first; a block's
// rescue runs for the hosts that failed in it), where a failure is recorded
// and when it ends a host's play, what comes after each part of a block,
// any_errors_fatal, which hosts a handler runs for, and when no host is left.
class HostSchedule
{
public:
    enum class Phase { Block, Rescue, Always };

    // The progress of one list of tasks: for a block, which part runs and who
    // failed in each part; any other list stays in Phase::Block with no failures.
    struct Progress
    {
        Phase phase = Phase::Block;
        bool hasRescue = false;
        bool hasAlways = false;
        QSet<QString> failedInBlock;
        QSet<QString> failedInRescue;
        QSet<QString> failedInAlways;

        // A failure inside a block is settled when the block ends (its rescue
        // may clear it): it is recorded for the part running now.
        void recordFailure(const QString &host);
        // The part that runs when the current one ends: rescue when the block
        // has one and a host failed in it, then always; none when the block is over.
        std::optional<Phase> nextPhase() const;
        // The hosts that leave the play when the block is over: those that
        // failed in rescue or always, and those that failed in a block without
        // a rescue.
        QSet<QString> failedHosts() const;
    };

    // The hosts of a list that run its next task: not out of the play, and by
    // phase: in the block those that did not fail in it, in the rescue those
    // that failed in the block and not yet in the rescue, in always those
    // that did not fail in it.
    static QStringList activeHosts(const QStringList &hosts, const QSet<QString> &outOfPlay, const Progress &progress);
    // The hosts a task starts on: run_once keeps the first.
    static QStringList taskHosts(const QStringList &hosts, bool runOnce);
    // any_errors_fatal: whether the task's results end the play for every
    // host (a failure that is not ignored; unreachable does not count).
    static bool failsEveryHost(bool anyErrorsFatal, const QHash<QString, TaskResult> &results);
    // The active hosts that notified handler index, in the order of active.
    static QStringList notifiedHosts(const QStringList &active, const QHash<QString, QSet<int>> &notified, int index);
    // ansible-playbook ends the run when every host of the play failed or is
    // unreachable (ended hosts still count as left).
    // ansible-playbook's serial batches of hosts: each size a number or
    // "N%" of all the hosts (at least one), the last size repeating; one
    // batch of all the hosts without serial (or with 0).
    static QList<QStringList> serialBatches(const QStringList &hosts, const QVariantList &serial);
    static bool noHostsLeft(const QStringList &playHosts, const QSet<QString> &failedOrUnreachable);
};

} // namespace antler::playbook
