// AptQuery: reading dpkg-query, apt-cache policy and apt-get's summary line.

#include "playbook/modules/AptQuery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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
        QVERIFY(!AptQuery::parse("@@pkg x\tunknown ok not-installed\t\n@@policy\n")
                     .packages.value(QStringLiteral("x"))
                     .knownToApt);
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
        QTest::newRow("install") << QByteArray(
            "Reading package lists...\n0 upgraded, 1 newly installed, 0 to remove and 3 not upgraded.\n")
                                 << 1;
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

    // ansible-core 2.14's rule for cache_valid_time (modules/apt.py,
    // get_cache_mtime): the cache is as old as
    // /var/lib/apt/periodic/update-success-stamp, else as the folder
    // /var/lib/apt/lists, else infinitely old; what the lists hold does not
    // count. The script runs here with /var/lib/apt moved to a scratch
    // folder and an apt-get that only records that it ran and adds a list.
    void cacheFreshnessFollowsAnsible_data()
    {
        QTest::addColumn<bool>("hasStamp");
        QTest::addColumn<int>("stampAge"); // seconds
        QTest::addColumn<bool>("hasLists");
        QTest::addColumn<int>("listsAge");
        QTest::addColumn<bool>("listsHaveIndexes");
        QTest::addColumn<int>("validTime");
        QTest::addColumn<bool>("updates");
        QTest::addColumn<bool>("cacheUpdated");
        // A freshly built image: the lists were emptied a minute ago.
        QTest::newRow("empty lists, folder fresh") << false << 0 << true << 60 << false << 3600 << false << false;
        QTest::newRow("empty lists, folder old") << false << 0 << true << 7200 << false << 3600 << true << true;
        QTest::newRow("lists fresh") << false << 0 << true << 60 << true << 3600 << false << false;
        QTest::newRow("lists old") << false << 0 << true << 7200 << true << 3600 << true << true;
        QTest::newRow("no lists folder") << false << 0 << false << 0 << false << 3600 << true << true;
        QTest::newRow("valid time 0 updates") << false << 0 << true << 60 << true << 0 << true << true;
        // The stamp wins over the folder, both ways; apt-get update does not
        // touch the stamp, so the cache time does not move: not "updated".
        QTest::newRow("stamp fresh, lists old") << true << 60 << true << 7200 << true << 3600 << false << false;
        QTest::newRow("stamp old, lists fresh") << true << 7200 << true << 60 << true << 3600 << true << false;
    }

    void cacheFreshnessFollowsAnsible()
    {
        QFETCH(bool, hasStamp);
        QFETCH(int, stampAge);
        QFETCH(bool, hasLists);
        QFETCH(int, listsAge);
        QFETCH(bool, listsHaveIndexes);
        QFETCH(int, validTime);
        QFETCH(bool, updates);
        QFETCH(bool, cacheUpdated);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString apt = dir.filePath(QStringLiteral("var-lib-apt"));
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(apt) && QDir().mkpath(bin));
        const auto age = [](const QString &path, int seconds) {
            QFile file(path);
            return file.open(QIODevice::ReadWrite)
                && file.setFileTime(QDateTime::currentDateTime().addSecs(-seconds), QFileDevice::FileModificationTime);
        };
        if (hasLists) {
            QVERIFY(QDir().mkpath(apt + QStringLiteral("/lists/partial")));
            if (listsHaveIndexes) {
                QFile index(apt
                            + QStringLiteral("/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages"));
                QVERIFY(index.open(QIODevice::WriteOnly));
            }
            QVERIFY(QProcess::execute(QStringLiteral("touch"),
                                      {QStringLiteral("-d"),
                                       QStringLiteral("@%1").arg(QDateTime::currentSecsSinceEpoch() - listsAge),
                                       apt + QStringLiteral("/lists")})
                    == 0);
        }
        if (hasStamp) {
            QVERIFY(QDir().mkpath(apt + QStringLiteral("/periodic")));
            QFile stamp(apt + QStringLiteral("/periodic/update-success-stamp"));
            QVERIFY(stamp.open(QIODevice::WriteOnly));
            stamp.close();
            QVERIFY(age(stamp.fileName(), stampAge));
        }
        // apt-get update: writes a new list (the folder's time moves), records the call.
        QFile fake(bin + QStringLiteral("/apt-get"));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\necho \"$*\" >> '" + dir.filePath(QStringLiteral("calls")).toUtf8() + "'\nmkdir -p '"
                   + apt.toUtf8() + "/lists' && : > '" + apt.toUtf8() + "/lists/new_Packages'\n");
        fake.close();
        QVERIFY(fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        QByteArray script = AptQuery::script({}, validTime, false);
        QVERIFY(script.contains("/var/lib/apt/"));
        script.replace("/var/lib/apt", apt.toUtf8());
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.exitCode(), 0);
        const AptQuery::Snapshot snapshot = AptQuery::parse(shell.readAllStandardOutput());
        QCOMPARE(QFile::exists(dir.filePath(QStringLiteral("calls"))), updates);
        QCOMPARE(snapshot.cacheUpdated, cacheUpdated);
    }
};

QTEST_GUILESS_MAIN(TestAptQuery)
#include "tst_systemmodules_aptquery.moc"
