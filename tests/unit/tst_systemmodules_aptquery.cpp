// AptQuery: reading dpkg-query, apt-cache policy and apt-get's summary line.

#include "playbook/modules/AptQuery.h"

#include <QTest>

using antler::playbook::AptQuery;

class TestAptQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPackagesAndPolicy()
    {
        const QByteArray output = "@@cache 1700000100 1700000000 1700000090 1\n"
                                  "@@pkg hello\tinstall ok installed\t2.10-3\n"
                                  "@@pkg less\tdeinstall ok config-files\t590-2\n"
                                  "@@pkg vim\tunknown ok not-installed\t\n"
                                  "@@policy\n"
                                  "hello:\n"
                                  "  Installed: 2.10-3\n"
                                  "  Candidate: 2.10-3+deb12u1\n"
                                  "  Version table:\n"
                                  " *** 2.10-3 500\n"
                                  "less:\n"
                                  "  Installed: (none)\n"
                                  "  Candidate: 590-2.1~deb12u2\n"
                                  "vim:\n"
                                  "  Installed: (none)\n"
                                  "  Candidate: (none)\n"
                                  "newpkg:\n"
                                  "  Installed: (none)\n"
                                  "  Candidate: 1.0-1\n";
        const AptQuery::Snapshot snapshot = AptQuery::parse(output);
        QCOMPARE(snapshot.now, 1700000100);
        QCOMPARE(snapshot.cacheTimeBefore, 1700000000);
        QCOMPARE(snapshot.cacheTimeAfter, 1700000090);
        QVERIFY(snapshot.cacheUpdated);

        const AptQuery::Package hello = snapshot.packages.value(QStringLiteral("hello"));
        QVERIFY(hello.isInstalled());
        QCOMPARE(hello.version, QStringLiteral("2.10-3"));
        QCOMPARE(hello.candidate, QStringLiteral("2.10-3+deb12u1"));

        const AptQuery::Package less = snapshot.packages.value(QStringLiteral("less"));
        QVERIFY(!less.isInstalled());
        QVERIFY(less.hasFiles()); // purge still has something to remove
        QCOMPARE(less.version, QString());
        QCOMPARE(less.candidate, QStringLiteral("590-2.1~deb12u2"));

        const AptQuery::Package vim = snapshot.packages.value(QStringLiteral("vim"));
        QVERIFY(!vim.isInstalled());
        QVERIFY(!vim.hasFiles());
        QCOMPARE(vim.candidate, QString());
        QVERIFY(vim.knownToApt);

        const AptQuery::Package fresh = snapshot.packages.value(QStringLiteral("newpkg"));
        QCOMPARE(fresh.status, QString()); // dpkg never heard of it
        QVERIFY(!fresh.isInstalled());
        QCOMPARE(fresh.candidate, QStringLiteral("1.0-1"));

        QVERIFY(!snapshot.packages.contains(QStringLiteral("absent-everywhere")));
        QVERIFY(!AptQuery::parse("@@pkg x\tunknown ok not-installed\t\n@@policy\n").packages.value(QStringLiteral("x")).knownToApt);
    }

    void halfInstalledCountsAsInstalled()
    {
        const AptQuery::Snapshot snapshot = AptQuery::parse("@@pkg x\tinstall reinstreq half-configured\t1\n");
        QVERIFY(snapshot.packages.value(QStringLiteral("x")).isInstalled());
    }

    void changeCount_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("count");
        QTest::newRow("install") << QByteArray("Reading package lists...\n0 upgraded, 1 newly installed, 0 to remove and 3 not upgraded.\n") << 1;
        QTest::newRow("nothing") << QByteArray("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n") << 0;
        QTest::newRow("mixed") << QByteArray("2 upgraded, 1 newly installed, 4 to remove and 0 not upgraded.") << 7;
        QTest::newRow("missing") << QByteArray("E: Unable to locate package foo\n") << -1;
    }

    void changeCount()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, count);
        QCOMPARE(AptQuery::changeCount(output), count);
    }

    void splitVersion()
    {
        QCOMPARE(AptQuery::splitVersion(QStringLiteral("hello")), qMakePair(QStringLiteral("hello"), QString()));
        QCOMPARE(AptQuery::splitVersion(QStringLiteral("hello=2.10-3")),
                 qMakePair(QStringLiteral("hello"), QStringLiteral("2.10-3")));
    }

    void scriptQuotesNamesAndSkipsUpdateInCheckMode()
    {
        const QByteArray check = AptQuery::script({QStringLiteral("a b"), QStringLiteral("c;rm")}, 0, true);
        QVERIFY(check.contains("'a b' 'c;rm'"));
        QVERIFY(!check.contains("apt-get -q update"));
        const QByteArray real = AptQuery::script({QStringLiteral("x")}, 3600, false);
        QVERIFY(real.contains("apt-get -q update"));
        QVERIFY(real.contains("-gt 3600"));
        QVERIFY(!AptQuery::script({QStringLiteral("x")}, -1, false).contains("apt-get -q update"));
    }
};

QTEST_GUILESS_MAIN(TestAptQuery)
#include "tst_systemmodules_aptquery.moc"
