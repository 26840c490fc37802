#include "pipeline/History.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

using antler::pipeline::History;
using antler::pipeline::HistoryEntry;
using antler::pipeline::Release;

namespace {

Release release(char fill, int buildNumber = 0)
{
    Release r;
    r.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char(fill));
    r.artifacts.insert(QStringLiteral("artifact"), QStringLiteral("/artifacts/") + QLatin1Char(fill));
    r.sourceCommit = QStringLiteral("abc123");
    r.buildNumber = buildNumber;
    return r;
}

// The pid of a process that has exited.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 999999;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usesWalMode();
    void operationRunsThenFinishes();
    void logLinesSurviveWithoutFinish();
    void writesStayVisibleWhileOthersOpenAndClose();
    void historiesOnSeveralThreadsShareTheFile();
    void deadProcessesOperationsBecomeInterrupted();
    void liveProcessesOperationsStayRunning();
    void deployedAndPreviousDigestFollowSuccessfulRollouts();
    void buildsAreFoundByDigest();
    void pinsAreSetAndCleared();
    void unwritableFolderIsOneSentence();
    void readOnlyOpenReadsAndChangesNothing();
    void readOnlyOpenOfGarbageIsOneSentenceAndKeepsTheFile();
    void readOnlyOpenOfMissingFileCreatesNothing();
    void newHistoryIsPrivate();
    void garbageIsDamagedAndKeptByteForByte();
    void damagedPagesAreFound();
    void setAsideKeepsTheFileAndItsCompanions();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("antler/history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistory::usesWalMode()
{
    History history;
    QString error;
    QVERIFY2(history.open(path(), &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestHistory::operationRunsThenFinishes()
{
    History history;
    QString error;
    QVERIFY2(history.open(path(), &error), qPrintable(error));
    const qint64 id = history.begin(QStringLiteral("deploy"), QStringLiteral("test"), release('a', 1));
    QVERIFY(id > 0);
    auto running = history.entry(id);
    QVERIFY(running);
    QCOMPARE(running->result, History::Running);
    QVERIFY(!running->finishedAt.isValid());
    QCOMPARE(running->user, History::currentUser());
    QCOMPARE(running->release.sourceCommit, QStringLiteral("abc123"));

    QVERIFY(history.finish(id, History::Succeeded, {}, release('b').digest));
    const auto done = history.entry(id);
    QCOMPARE(done->result, History::Succeeded);
    QVERIFY(done->finishedAt.isValid());
    QVERIFY(done->durationMs >= 0);
    QCOMPARE(done->previousDigest, release('b').digest);
    QCOMPARE(done->digest(), release('a').digest);
    QCOMPARE(done->toJson().value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    QVERIFY(!history.finish(id + 100, History::Succeeded));
}

void TestHistory::logLinesSurviveWithoutFinish()
{
    History history;
    QString error;
    QVERIFY(history.open(path(), &error));
    const qint64 id = history.begin(QStringLiteral("build"), {}, Release());
    QVERIFY(history.appendLog(id, QStringLiteral("first")));
    QVERIFY(history.appendLog(id, QStringLiteral("second")));
    History other;
    QVERIFY(other.open(path(), &error));
    QCOMPARE(other.entry(id)->log, (QStringList {QStringLiteral("first"), QStringLiteral("second")}));
}

namespace {

// The number of operations another process (python3's sqlite3, as the CLI
// would be) reads from the file, opening and closing its own connection.
int rowsSeenByAnotherProcess(const QString &path)
{
    QProcess reader;
    reader.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys\n"
                                 "c = sqlite3.connect(sys.argv[1], timeout=5)\n"
                                 "print(c.execute('SELECT count(*) FROM operations').fetchone()[0])\n"
                                 "c.close()\n"),
                  path});
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0)
        return -1;
    return reader.readAllStandardOutput().trimmed().toInt();
}

} // namespace

// The window keeps one History open for its operations and opens others
// beside it now and then, while the CLI opens and closes the file from
// another process. Reading the file's header for another open used to drop
// the first connection's locks (POSIX locks go with any closed descriptor),
// so the CLI, closing, took itself for the last reader and deleted the -wal
// file the window was writing to: what the window wrote after that was lost.
void TestHistory::writesStayVisibleWhileOthersOpenAndClose()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 (with its sqlite3 module) reads the file from another process here");
    History window;
    QString error;
    QVERIFY2(window.open(path(), &error), qPrintable(error));
    QVERIFY(window.record(QStringLiteral("build"), {}, release('a', 1), History::Succeeded) > 0);
    for (int round = 0; round < 3; ++round) {
        {
            History beside;
            QVERIFY2(beside.open(path(), &error), qPrintable(error));
            History reader;
            QVERIFY2(reader.openReadOnly(path(), &error), qPrintable(error));
        }
        QCOMPARE(rowsSeenByAnotherProcess(path()), round + 1);
        QVERIFY(window.record(QStringLiteral("deploy"), QStringLiteral("test"), release('a', 1), History::Succeeded)
                > 0);
        QCOMPARE(rowsSeenByAnotherProcess(path()), round + 2);
    }
}

// The window reads History on worker threads (the History view, the chart
// loader) while the GUI thread writes it: each thread opens a History of its
// own, and the count of this process's open files is shared between them.
// Here writers and readers on several threads open, write, read and close
// the same file at once; every write must land (and make tsan shows a race).
void TestHistory::historiesOnSeveralThreadsShareTheFile()
{
    constexpr int writers = 3;
    constexpr int readers = 2;
    constexpr int rounds = 5;
    History window;
    QString error;
    QVERIFY2(window.open(path(), &error), qPrintable(error));
    std::vector<QString> failures(writers + readers);
    std::vector<std::thread> threads;
    const QString file = path();
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&failures, file, w] {
            for (int round = 0; round < rounds; ++round) {
                History history;
                QString why;
                if (!history.open(file, &why)) {
                    failures[w] = why;
                    return;
                }
                if (history.record(QStringLiteral("build"), QStringLiteral("w%1").arg(w),
                                   release(char('a' + w), round + 1), History::Succeeded)
                    <= 0) {
                    failures[w] = QStringLiteral("writer %1 could not record round %2").arg(w).arg(round);
                    return;
                }
            }
        });
    }
    for (int r = 0; r < readers; ++r) {
        threads.emplace_back([&failures, file, r] {
            for (int round = 0; round < rounds; ++round) {
                History history;
                QString why;
                if (!history.openReadOnly(file, &why)) {
                    failures[writers + r] = why;
                    return;
                }
                (void)history.entries();
            }
        });
    }
    for (int round = 0; round < rounds; ++round)
        QVERIFY(window.record(QStringLiteral("pin"), QStringLiteral("window"), release('z'), History::Succeeded) > 0);
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &failure : failures)
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(window.entries().size(), (writers + 1) * rounds);
    for (int w = 0; w < writers; ++w)
        QCOMPARE(window.entries(QStringLiteral("w%1").arg(w)).size(), rounds);
}

void TestHistory::deadProcessesOperationsBecomeInterrupted()
{
    qint64 id = 0;
    {
        History history;
        QString error;
        QVERIFY(history.open(path(), &error));
        id = history.begin(QStringLiteral("deploy"), QStringLiteral("test"), release('a'));
    }
    {
        // As if the antler that began it had been killed.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE operations SET pid = ? WHERE id = ?"));
        query.addBindValue(deadPid());
        query.addBindValue(id);
        QVERIFY(query.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill"));

    History reopened;
    QString error;
    QVERIFY(reopened.open(path(), &error));
    QCOMPARE(reopened.interruptedOnOpen(), 1);
    const auto entry = reopened.entry(id);
    QCOMPARE(entry->result, History::Interrupted);
    QVERIFY(entry->error.contains(QLatin1String("antler status")));
    // An interrupted rollout does not count as deployed.
    QCOMPARE(reopened.deployedDigest(QStringLiteral("test")), QString());
}

void TestHistory::liveProcessesOperationsStayRunning()
{
    History history;
    QString error;
    QVERIFY(history.open(path(), &error));
    const qint64 id = history.begin(QStringLiteral("deploy"), QStringLiteral("test"), release('a'));
    History second;
    QVERIFY(second.open(path(), &error));
    QCOMPARE(second.interruptedOnOpen(), 0);
    QCOMPARE(second.entry(id)->result, History::Running);
}

void TestHistory::deployedAndPreviousDigestFollowSuccessfulRollouts()
{
    History history;
    QString error;
    QVERIFY(history.open(path(), &error));
    const QString test = QStringLiteral("test");
    QCOMPARE(history.deployedDigest(test), QString());
    QVERIFY(!history.deployedSince(test).isValid());

    history.record(QStringLiteral("deploy"), test, release('a'), History::Succeeded);
    history.record(QStringLiteral("deploy"), test, release('b'), History::Succeeded);
    history.record(QStringLiteral("deploy"), test, release('c'), History::RolledBack);
    history.record(QStringLiteral("deploy"), test, release('d'), History::Failed);
    history.record(QStringLiteral("deploy"), QStringLiteral("staging"), release('e'), History::Succeeded);
    QCOMPARE(history.deployedDigest(test), release('b').digest);
    QCOMPARE(history.previousDigest(test), release('a').digest);
    QVERIFY(history.deployedSince(test).isValid());

    history.record(QStringLiteral("rollback"), test, release('a'), History::Succeeded, QStringLiteral("bad b"));
    QCOMPARE(history.deployedDigest(test), release('a').digest);
    QCOMPARE(history.previousDigest(test), release('b').digest);
    history.record(QStringLiteral("promote"), test, release('e'), History::Succeeded, {}, {},
                   QStringLiteral("staging"));
    QCOMPARE(history.deployedDigest(test), release('e').digest);

    const QList<HistoryEntry> entries = history.entries(test);
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries.constFirst().kind, QStringLiteral("promote"));
    QCOMPARE(entries.constFirst().fromStage, QStringLiteral("staging"));
    QCOMPARE(history.entries({}, 2).size(), 2);
}

void TestHistory::buildsAreFoundByDigest()
{
    History history;
    QString error;
    QVERIFY(history.open(path(), &error));
    QCOMPARE(history.nextBuildNumber(), 1);
    QVERIFY(!history.lastBuild());
    const qint64 id = history.begin(QStringLiteral("build"), {}, Release());
    QVERIFY(history.setRelease(id, release('a', 1)));
    history.finish(id, History::Succeeded);
    history.record(QStringLiteral("build"), {}, release('f', 2), History::Failed);
    QCOMPARE(history.nextBuildNumber(), 3);
    QCOMPARE(history.lastBuild()->digest, release('a').digest);
    QCOMPARE(history.release(release('a').digest)->artifacts.value(QStringLiteral("artifact")),
             QStringLiteral("/artifacts/a"));
    QVERIFY(!history.release(release('f').digest));
}

void TestHistory::pinsAreSetAndCleared()
{
    History history;
    QString error;
    QVERIFY(history.open(path(), &error));
    QVERIFY(!history.pin(QStringLiteral("staging")));
    QVERIFY(history.setPin(QStringLiteral("staging"), release('a').digest, QStringLiteral("bad release")));
    const auto pin = history.pin(QStringLiteral("staging"));
    QVERIFY(pin);
    QCOMPARE(pin->digest, release('a').digest);
    QCOMPARE(pin->reason, QStringLiteral("bad release"));
    QCOMPARE(pin->user, History::currentUser());
    QVERIFY(history.clearPin(QStringLiteral("staging")));
    QVERIFY(!history.pin(QStringLiteral("staging")));
}

void TestHistory::unwritableFolderIsOneSentence()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    History history;
    QString error;
    QVERIFY(!history.open(m_dir->filePath(QStringLiteral("file/antler/history.sqlite")), &error));
    QVERIFY2(error.contains(QLatin1String("history")) && error.endsWith(QLatin1Char('.')), qPrintable(error));
}

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestHistory::readOnlyOpenReadsAndChangesNothing()
{
    qint64 id = 0;
    {
        History writer;
        QString error;
        QVERIFY2(writer.open(path(), &error), qPrintable(error));
        writer.record(QStringLiteral("deploy"), QStringLiteral("test"), release('a'), History::Succeeded);
        // A running operation of a dead process: open() would mark it interrupted.
        id = writer.begin(QStringLiteral("deploy"), QStringLiteral("staging"), release('b'));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("UPDATE operations SET pid = %1 WHERE id = %2").arg(deadPid()).arg(id));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = contents(path());

    History reader;
    QString error;
    QVERIFY2(reader.openReadOnly(path(), &error), qPrintable(error));
    QCOMPARE(reader.interruptedOnOpen(), 0);
    const QList<HistoryEntry> entries = reader.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(reader.entry(id)->result, History::Running);
    QCOMPARE(reader.begin(QStringLiteral("build"), {}, release('c'), {}, {}, &error), 0);
    QVERIFY(!reader.appendLog(id, QStringLiteral("nope")));
    QVERIFY(!reader.setPin(QStringLiteral("test"), release('a').digest, QStringLiteral("no")));
    QCOMPARE(contents(path()), before);
}

void TestHistory::readOnlyOpenOfGarbageIsOneSentenceAndKeepsTheFile()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(300);
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    History history;
    QString error;
    QVERIFY(!history.openReadOnly(path(), &error));
    QVERIFY2(error.startsWith(path()) && error.endsWith(QLatin1Char('.')) && error.count(QLatin1String(". ")) == 0,
             qPrintable(error));
    QVERIFY(history.entries().isEmpty());
    QCOMPARE(contents(path()), garbage);
}

void TestHistory::readOnlyOpenOfMissingFileCreatesNothing()
{
    History history;
    QString error;
    QVERIFY(!history.openReadOnly(path(), &error));
    QVERIFY2(error.startsWith(path()), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(!QFileInfo::exists(QFileInfo(path()).absolutePath()));
}

void TestHistory::newHistoryIsPrivate()
{
    History history;
    QString error;
    QVERIFY2(history.open(path(), &error), qPrintable(error));
    QVERIFY(history.record(QStringLiteral("pin"), QStringLiteral("test"), release('a'), History::Succeeded, "why"));
    // Logs and who did what: the owner only, in a folder of the owner only.
    QCOMPARE(QFileInfo(path()).permissions()
                 & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(QFileInfo(path()).absolutePath()).permissions() & others, QFile::Permissions());
    QVERIFY(QFileInfo::exists(path() + QStringLiteral("-wal")));
    QCOMPARE(QFileInfo(path() + QStringLiteral("-wal")).permissions() & others, QFile::Permissions());
}

void TestHistory::garbageIsDamagedAndKeptByteForByte()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray garbage = QByteArray("not a database, but a user's precious bytes\n").repeated(200);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    History history;
    QString error;
    QVERIFY(!history.open(path(), &error));
    QVERIFY(history.isDamaged());
    QVERIFY2(error.startsWith(path() + QStringLiteral(": the pipeline history is damaged (")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("left as it is")), qPrintable(error));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
}

void TestHistory::damagedPagesAreFound()
{
    {
        History history;
        QString error;
        QVERIFY2(history.open(path(), &error), qPrintable(error));
        for (int i = 0; i < 200; ++i) {
            const qint64 id = history.begin(QStringLiteral("build"), {}, release('b', i));
            QVERIFY(id > 0);
            QVERIFY(history.appendLog(id, QString(400, QLatin1Char('x'))));
            QVERIFY(history.finish(id, History::Succeeded));
        }
    }
    // The last connection closed: everything is in the main file.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 16 * 4096);
    QVERIFY(file.seek(4 * 4096));
    file.write(QByteArray(3 * 4096, char(0x5a)));
    file.close();
    const QByteArray damaged = [&] {
        QFile f(path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    History history;
    QString error;
    QVERIFY(!history.open(path(), &error));
    QVERIFY2(history.isDamaged(), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QFile again(path());
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), damaged);
}

void TestHistory::setAsideKeepsTheFileAndItsCompanions()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path() + suffix);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage" + suffix.toUtf8());
    }
    History history;
    QString error;
    QVERIFY(!history.open(path(), &error));
    QVERIFY(history.isDamaged());

    const QString keptAs = History::setAside(path(), &error);
    QVERIFY2(!keptAs.isEmpty(), qPrintable(error));
    QVERIFY(keptAs.startsWith(path() + QStringLiteral(".damaged-")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(keptAs + suffix);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(keptAs + suffix));
        QCOMPARE(file.readAll(), "garbage" + suffix.toUtf8());
    }
    QVERIFY(!QFileInfo::exists(path()));
    // A second damaged file the same second gets a name of its own.
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("second");
    }
    const QString second = History::setAside(path(), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    QVERIFY(second != keptAs);

    QVERIFY2(history.open(path(), &error), qPrintable(error));
    QVERIFY(!history.isDamaged());
    QVERIFY(history.record(QStringLiteral("pin"), QStringLiteral("test"), release('c'), History::Succeeded) > 0);
    QCOMPARE(history.entries().size(), 1);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
