// The Runner's scheduling decisions (HostSchedule): which hosts run next given
// failures, unreachable and ended hosts, blocks with rescue and always,
// run_once, any_errors_fatal and notified handlers. tst_runner and tst_parity
// run whole playbooks; this pins each decision on its own.
#include "playbook/HostSchedule.h"

#include <QtTest>

using namespace antler::playbook;
using Phase = HostSchedule::Phase;

Q_DECLARE_METATYPE(antler::playbook::HostSchedule::Phase)

namespace {

QSet<QString> set(const QStringList &hosts)
{
    return QSet<QString>(hosts.begin(), hosts.end());
}

QStringList sorted(const QSet<QString> &hosts)
{
    QStringList list(hosts.begin(), hosts.end());
    list.sort();
    return list;
}

} // namespace

class TestHostSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialBatches_data();
    void serialBatches();
    void activeHosts_data();
    void activeHosts();
    void recordFailure_data();
    void recordFailure();
    void nextPhase_data();
    void nextPhase();
    void failedHostsAfterBlock_data();
    void failedHostsAfterBlock();
    void taskHosts_data();
    void taskHosts();
    void anyErrorsFatal_data();
    void anyErrorsFatal();
    void notifiedHosts_data();
    void notifiedHosts();
    void noHostsLeft_data();
    void noHostsLeft();
};

void TestHostSchedule::activeHosts_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("outOfPlay");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QStringList>("failedInBlock");
    QTest::addColumn<QStringList>("failedInRescue");
    QTest::addColumn<QStringList>("failedInAlways");
    QTest::addColumn<QStringList>("expected");

    const QStringList abc {"a", "b", "c"};
    QTest::newRow("all run, in order") << abc << QStringList {} << Phase::Block << QStringList {} << QStringList {}
                                       << QStringList {} << abc;
    QTest::newRow("failed or unreachable sit out") << abc << QStringList {"b"} << Phase::Block << QStringList {}
                                                   << QStringList {} << QStringList {} << QStringList {"a", "c"};
    QTest::newRow("block: a host that failed in it stops")
        << abc << QStringList {} << Phase::Block << QStringList {"a"} << QStringList {} << QStringList {}
        << QStringList {"b", "c"};
    QTest::newRow("rescue: only the hosts that failed in the block")
        << abc << QStringList {} << Phase::Rescue << QStringList {"a", "c"} << QStringList {} << QStringList {}
        << QStringList {"a", "c"};
    QTest::newRow("rescue: a host that failed in the rescue stops")
        << abc << QStringList {} << Phase::Rescue << QStringList {"a", "c"} << QStringList {"c"} << QStringList {}
        << QStringList {"a"};
    QTest::newRow("rescue: out of the play even if it failed in the block")
        << abc << QStringList {"a"} << Phase::Rescue << QStringList {"a", "c"} << QStringList {} << QStringList {}
        << QStringList {"c"};
    QTest::newRow("always: every host, failed in block or rescue too")
        << abc << QStringList {} << Phase::Always << QStringList {"a"} << QStringList {"a"} << QStringList {} << abc;
    QTest::newRow("always: a host that failed in always stops")
        << abc << QStringList {} << Phase::Always << QStringList {} << QStringList {} << QStringList {"b"}
        << QStringList {"a", "c"};
    QTest::newRow("nobody left") << abc << abc << Phase::Block << QStringList {} << QStringList {} << QStringList {}
                                 << QStringList {};
}

void TestHostSchedule::activeHosts()
{
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, outOfPlay);
    QFETCH(Phase, phase);
    QFETCH(QStringList, failedInBlock);
    QFETCH(QStringList, failedInRescue);
    QFETCH(QStringList, failedInAlways);
    QFETCH(QStringList, expected);

    HostSchedule::Progress progress;
    progress.phase = phase;
    progress.hasRescue = true;
    progress.hasAlways = true;
    progress.failedInBlock = set(failedInBlock);
    progress.failedInRescue = set(failedInRescue);
    progress.failedInAlways = set(failedInAlways);
    QCOMPARE(HostSchedule::activeHosts(hosts, set(outOfPlay), progress), expected);
}

void TestHostSchedule::recordFailure_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("recordedIn");

    QTest::newRow("block") << Phase::Block << QStringLiteral("block");
    QTest::newRow("rescue") << Phase::Rescue << QStringLiteral("rescue");
    QTest::newRow("always") << Phase::Always << QStringLiteral("always");
}

void TestHostSchedule::recordFailure()
{
    QFETCH(Phase, phase);
    QFETCH(QString, recordedIn);

    HostSchedule::Progress progress;
    progress.phase = phase;
    progress.recordFailure(QStringLiteral("web1"));
    QCOMPARE(progress.failedInBlock.contains(QStringLiteral("web1")), recordedIn == QLatin1String("block"));
    QCOMPARE(progress.failedInRescue.contains(QStringLiteral("web1")), recordedIn == QLatin1String("rescue"));
    QCOMPARE(progress.failedInAlways.contains(QStringLiteral("web1")), recordedIn == QLatin1String("always"));
}

void TestHostSchedule::nextPhase_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<bool>("hasRescue");
    QTest::addColumn<bool>("hasAlways");
    QTest::addColumn<bool>("failedInBlock");
    QTest::addColumn<QString>("next"); // "rescue", "always" or "none"

    QTest::newRow("plain block ends") << Phase::Block << false << false << false << QStringLiteral("none");
    QTest::newRow("plain block, a failure, ends") << Phase::Block << false << false << true << QStringLiteral("none");
    QTest::newRow("rescue only after a failure") << Phase::Block << true << false << true << QStringLiteral("rescue");
    QTest::newRow("no failure skips rescue") << Phase::Block << true << false << false << QStringLiteral("none");
    QTest::newRow("no failure goes to always") << Phase::Block << true << true << false << QStringLiteral("always");
    QTest::newRow("failure: rescue before always") << Phase::Block << true << true << true << QStringLiteral("rescue");
    QTest::newRow("always without rescue") << Phase::Block << false << true << true << QStringLiteral("always");
    QTest::newRow("after rescue: always") << Phase::Rescue << true << true << true << QStringLiteral("always");
    QTest::newRow("after rescue, no always") << Phase::Rescue << true << false << true << QStringLiteral("none");
    QTest::newRow("after always: over") << Phase::Always << true << true << true << QStringLiteral("none");
}

void TestHostSchedule::nextPhase()
{
    QFETCH(Phase, phase);
    QFETCH(bool, hasRescue);
    QFETCH(bool, hasAlways);
    QFETCH(bool, failedInBlock);
    QFETCH(QString, next);

    HostSchedule::Progress progress;
    progress.phase = phase;
    progress.hasRescue = hasRescue;
    progress.hasAlways = hasAlways;
    if (failedInBlock)
        progress.failedInBlock.insert(QStringLiteral("web1"));
    const std::optional<Phase> decided = progress.nextPhase();
    const QString name = !decided   ? QStringLiteral("none")
        : *decided == Phase::Rescue ? QStringLiteral("rescue")
        : *decided == Phase::Always ? QStringLiteral("always")
                                    : QStringLiteral("block");
    QCOMPARE(name, next);
}

void TestHostSchedule::failedHostsAfterBlock_data()
{
    QTest::addColumn<bool>("hasRescue");
    QTest::addColumn<QStringList>("failedInBlock");
    QTest::addColumn<QStringList>("failedInRescue");
    QTest::addColumn<QStringList>("failedInAlways");
    QTest::addColumn<QStringList>("failed");

    QTest::newRow("no rescue: a block failure stays")
        << false << QStringList {"a"} << QStringList {} << QStringList {} << QStringList {"a"};
    QTest::newRow("rescue clears a block failure")
        << true << QStringList {"a"} << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("a failure in the rescue stays")
        << true << QStringList {"a", "b"} << QStringList {"b"} << QStringList {} << QStringList {"b"};
    QTest::newRow("a failure in always stays, rescued or not")
        << true << QStringList {"a"} << QStringList {} << QStringList {"a", "c"} << QStringList {"a", "c"};
    QTest::newRow("nobody failed") << true << QStringList {} << QStringList {} << QStringList {} << QStringList {};
}

void TestHostSchedule::failedHostsAfterBlock()
{
    QFETCH(bool, hasRescue);
    QFETCH(QStringList, failedInBlock);
    QFETCH(QStringList, failedInRescue);
    QFETCH(QStringList, failedInAlways);
    QFETCH(QStringList, failed);

    HostSchedule::Progress progress;
    progress.hasRescue = hasRescue;
    progress.failedInBlock = set(failedInBlock);
    progress.failedInRescue = set(failedInRescue);
    progress.failedInAlways = set(failedInAlways);
    QCOMPARE(sorted(progress.failedHosts()), failed);
}

void TestHostSchedule::taskHosts_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("runOnce");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("every host") << QStringList {"b", "a"} << false << QStringList {"b", "a"};
    QTest::newRow("run_once: the first") << QStringList {"b", "a"} << true << QStringList {"b"};
    QTest::newRow("run_once, nobody") << QStringList {} << true << QStringList {};
}

void TestHostSchedule::taskHosts()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, runOnce);
    QFETCH(QStringList, expected);

    QCOMPARE(HostSchedule::taskHosts(hosts, runOnce), expected);
}

void TestHostSchedule::anyErrorsFatal_data()
{
    QTest::addColumn<bool>("anyErrorsFatal");
    QTest::addColumn<QStringList>("results"); // ok, changed, failed, ignored (failed with ignore_errors), unreachable
    QTest::addColumn<bool>("everyHostFails");

    QTest::newRow("off, a failure") << false << QStringList {"ok", "failed"} << false;
    QTest::newRow("on, all ok") << true << QStringList {"ok", "changed"} << false;
    QTest::newRow("on, a failure") << true << QStringList {"ok", "failed"} << true;
    QTest::newRow("on, an ignored failure") << true << QStringList {"ok", "ignored"} << false;
    QTest::newRow("on, unreachable") << true << QStringList {"ok", "unreachable"} << false;
    QTest::newRow("on, no results") << true << QStringList {} << false;
}

void TestHostSchedule::anyErrorsFatal()
{
    QFETCH(bool, anyErrorsFatal);
    QFETCH(QStringList, results);
    QFETCH(bool, everyHostFails);

    QHash<QString, TaskResult> byHost;
    for (qsizetype i = 0; i < results.size(); ++i) {
        TaskResult result;
        const QString &kind = results.at(i);
        if (kind == QLatin1String("changed")) {
            result.status = TaskResult::Status::Changed;
        } else if (kind == QLatin1String("failed")) {
            result.status = TaskResult::Status::Failed;
        } else if (kind == QLatin1String("ignored")) {
            result.status = TaskResult::Status::Failed;
            result.ignored = true;
        } else if (kind == QLatin1String("unreachable")) {
            result.status = TaskResult::Status::Unreachable;
        }
        byHost.insert(QStringLiteral("host%1").arg(i), result);
    }
    QCOMPARE(HostSchedule::failsEveryHost(anyErrorsFatal, byHost), everyHostFails);
}

void TestHostSchedule::notifiedHosts_data()
{
    QTest::addColumn<QStringList>("active");
    QTest::addColumn<QStringList>("notified"); // "host:index"
    QTest::addColumn<int>("handler");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("only notifying hosts, in play order")
        << QStringList {"c", "a", "b"} << QStringList {"a:0", "c:0", "b:1"} << 0 << QStringList {"c", "a"};
    QTest::newRow("another handler") << QStringList {"a", "b"} << QStringList {"a:0", "b:1"} << 1 << QStringList {"b"};
    QTest::newRow("a host out of the play does not run it")
        << QStringList {"a"} << QStringList {"a:0", "b:0"} << 0 << QStringList {"a"};
    QTest::newRow("nobody notified") << QStringList {"a", "b"} << QStringList {} << 0 << QStringList {};
}

void TestHostSchedule::notifiedHosts()
{
    QFETCH(QStringList, active);
    QFETCH(QStringList, notified);
    QFETCH(int, handler);
    QFETCH(QStringList, expected);

    QHash<QString, QSet<int>> byHost;
    for (const QString &entry : notified) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        byHost[parts.at(0)].insert(parts.at(1).toInt());
    }
    QCOMPARE(HostSchedule::notifiedHosts(active, byHost, handler), expected);
}

void TestHostSchedule::noHostsLeft_data()
{
    QTest::addColumn<QStringList>("playHosts");
    QTest::addColumn<QStringList>("failedOrUnreachable");
    QTest::addColumn<bool>("noneLeft");

    QTest::newRow("one left") << QStringList {"a", "b"} << QStringList {"a"} << false;
    QTest::newRow("all failed") << QStringList {"a", "b"} << QStringList {"b", "a"} << true;
    QTest::newRow("failures elsewhere") << QStringList {"a"} << QStringList {"z"} << false;
    QTest::newRow("an empty play") << QStringList {} << QStringList {} << true;
}

void TestHostSchedule::noHostsLeft()
{
    QFETCH(QStringList, playHosts);
    QFETCH(QStringList, failedOrUnreachable);
    QFETCH(bool, noneLeft);

    QCOMPARE(HostSchedule::noHostsLeft(playHosts, set(failedOrUnreachable)), noneLeft);
}

// ansible-playbook's _get_serialized_batches over five hosts.
void TestHostSchedule::serialBatches_data()
{
    QTest::addColumn<QVariantList>("serial");
    QTest::addColumn<QString>("batches");
    QTest::newRow("no serial") << QVariantList() << "a b c d e";
    QTest::newRow("zero") << QVariantList {0} << "a b c d e";
    QTest::newRow("two") << QVariantList {2} << "a b|c d|e";
    QTest::newRow("more than all") << QVariantList {9} << "a b c d e";
    QTest::newRow("percent rounds down") << QVariantList {QStringLiteral("50%")} << "a b|c d|e";
    QTest::newRow("percent at least one") << QVariantList {QStringLiteral("10%")} << "a|b|c|d|e";
    QTest::newRow("list, the last repeats") << QVariantList {1, QStringLiteral("40%"), 1} << "a|b c|d|e";
    QTest::newRow("list ending with all") << QVariantList {1, QStringLiteral("100%")} << "a|b c d e";
}

void TestHostSchedule::serialBatches()
{
    QFETCH(QVariantList, serial);
    QFETCH(QString, batches);
    const QStringList hosts = {"a", "b", "c", "d", "e"};
    QStringList written;
    for (const QStringList &batch : HostSchedule::serialBatches(hosts, serial))
        written.append(batch.join(QLatin1Char(' ')));
    QCOMPARE(written.join(QLatin1Char('|')), batches);
}

QTEST_GUILESS_MAIN(TestHostSchedule)
#include "tst_hostschedule.moc"
