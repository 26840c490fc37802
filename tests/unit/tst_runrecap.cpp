// The PLAY RECAP counts, the exit code and the retry file of a run, as
// ansible-playbook 2.14 gives them.
#include "playbook/RunRecap.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace antler::playbook;

class TestRunRecap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodeIsAnsibles_data();
    void exitCodeIsAnsibles();
    void resultsCountAsTheRecapShows_data();
    void resultsCountAsTheRecapShows();
    void retryFileNamesFailedAndUnreachableHosts();
};

void TestRunRecap::exitCodeIsAnsibles_data()
{
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<int>("code");

    QTest::newRow("all ok") << false << false << false << 0;
    QTest::newRow("a task failed") << false << false << true << 2;
    QTest::newRow("a host unreachable") << false << true << false << 4;
    QTest::newRow("unreachable beats failed") << false << true << true << 4;
    QTest::newRow("cancelled") << true << false << false << 99;
    QTest::newRow("cancelled beats all") << true << true << true << 99;
}

void TestRunRecap::exitCodeIsAnsibles()
{
    QFETCH(bool, cancelled);
    QFETCH(bool, unreachable);
    QFETCH(bool, failed);
    QFETCH(int, code);
    QCOMPARE(RunRecap::exitCode(cancelled, unreachable, failed), code);
}

void TestRunRecap::resultsCountAsTheRecapShows_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<bool>("ignored");
    QTest::addColumn<bool>("rescued");
    // ok changed unreachable failed skipped rescued ignored
    QTest::addColumn<QList<int>>("counts");

    using S = TaskResult::Status;
    QTest::newRow("ok") << int(S::Ok) << false << false << false << QList<int> {1, 0, 0, 0, 0, 0, 0};
    QTest::newRow("changed") << int(S::Changed) << true << false << false << QList<int> {1, 1, 0, 0, 0, 0, 0};
    QTest::newRow("skipped") << int(S::Skipped) << false << false << false << QList<int> {0, 0, 0, 0, 1, 0, 0};
    QTest::newRow("failed") << int(S::Failed) << false << false << false << QList<int> {0, 0, 0, 1, 0, 0, 0};
    QTest::newRow("failed, ignored") << int(S::Failed) << false << true << false << QList<int> {1, 0, 0, 0, 0, 0, 1};
    QTest::newRow("failed, ignored, changed")
        << int(S::Failed) << true << true << false << QList<int> {1, 1, 0, 0, 0, 0, 1};
    QTest::newRow("failed, rescued") << int(S::Failed) << false << false << true << QList<int> {0, 0, 0, 0, 0, 1, 0};
    QTest::newRow("unreachable") << int(S::Unreachable) << false << false << false << QList<int> {0, 0, 1, 0, 0, 0, 0};
}

void TestRunRecap::resultsCountAsTheRecapShows()
{
    QFETCH(int, status);
    QFETCH(bool, changed);
    QFETCH(bool, ignored);
    QFETCH(bool, rescued);
    QFETCH(QList<int>, counts);
    TaskResult result;
    result.status = TaskResult::Status(status);
    result.ignored = ignored;
    result.data.insert(QStringLiteral("changed"), changed);
    RunRecap recap;
    recap.count(QStringLiteral("web1"), result, rescued);
    const HostStats stats = recap.stats().value(QStringLiteral("web1"));
    QCOMPARE((QList<int> {stats.ok, stats.changed, stats.unreachable, stats.failed, stats.skipped, stats.rescued,
                          stats.ignored}),
             counts);
}

void TestRunRecap::retryFileNamesFailedAndUnreachableHosts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRecap recap;
    for (const char *host : {"a", "b", "c", "d"})
        recap.addHost(QString::fromLatin1(host));
    recap.countIncluded(QStringLiteral("a"));
    QCOMPARE(recap.stats().value(QStringLiteral("a")).ok, 1);

    const QString path = RunRecap::retryFilePath(dir.path(), QStringLiteral("/x/site.yml"));
    QCOMPARE(path, dir.filePath(QStringLiteral("site.retry")));
    QCOMPARE(recap.writeRetryFile(path, {}, {}), QString());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(recap.writeRetryFile(path, {QStringLiteral("d"), QStringLiteral("b")}, {QStringLiteral("c")}), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("b\nc\nd\n"));
}

QTEST_GUILESS_MAIN(TestRunRecap)
#include "tst_runrecap.moc"
