#include "SshdFixture.h"
#include "transport/BlockingTransport.h"
#include "transport/LocalTransport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace antler::transport;
using antler::test::SshdFixture;
using Status = CommandResult::Status;

namespace {

constexpr int hangLimitMs = 60000;

CommandResult runAndWait(Transport &transport, const CommandSpec &spec)
{
    CommandJob *job = transport.run(spec);
    job->setAutoDelete(false);
    (void)QTest::qWaitFor([job] { return job->isFinished(); }, hangLimitMs);
    CommandResult result = job->result();
    if (!job->isFinished())
        result.error = QStringLiteral("TEST: no result");
    delete job;
    return result;
}

CommandResult runScript(Transport &transport, const QByteArray &script)
{
    CommandSpec spec;
    spec.script = script;
    return runAndWait(transport, spec);
}

FileResult waitFile(FileJob *job)
{
    job->setAutoDelete(false);
    (void)QTest::qWaitFor([job] { return job->isFinished(); }, hangLimitMs);
    FileResult result = job->result();
    delete job;
    return result;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(1234);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

bool processExists(const QByteArray &needle)
{
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("args")});
    ps.waitForFinished(10000);
    return ps.readAllStandardOutput().contains(needle);
}

} // namespace

class TestLocalTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAtOnce();
    void exitCodesAndStreams();
    void linesArriveWhileTheCommandRuns();
    void largeOutputIsByteExact();
    void stdinReachesTheCommand();
    void hostileArgumentsRoundTrip_data();
    void hostileArgumentsRoundTrip();
    void timeoutStopsTheWholeCommand();
    void cancelAndClose();
    void concurrentCommands();
    void filesPutGetStat();
    void becomeRunsAsAnotherUser();
    void becomeFailureIsASentence();
    void blockingHelper();

private:
    LocalTransport m_transport;
    QTemporaryDir m_dir;
};

void TestLocalTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLocalTransport::opensAtOnce()
{
    LocalTransport transport;
    QSignalSpy opened(&transport, &Transport::opened);
    transport.open();
    QVERIFY(opened.wait(hangLimitMs));
    QCOMPARE(transport.state(), Transport::State::Ready);
    QCOMPARE(transport.hostName(), QStringLiteral("localhost"));
}

void TestLocalTransport::exitCodesAndStreams()
{
    CommandResult result = runScript(m_transport, "echo out; echo err >&2; exit 3");
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.stdoutData, QByteArray("out\n"));
    QCOMPARE(result.stderrData, QByteArray("err\n"));
    result = runAndWait(m_transport, CommandSpec {.argv = {"/no/such/program"}});
    QCOMPARE(result.exitCode, 127);
    result = runAndWait(m_transport, CommandSpec {.rawCommand = "echo raw | tr a-z A-Z"});
    QCOMPARE(result.stdoutData, QByteArray("RAW\n"));
}

void TestLocalTransport::linesArriveWhileTheCommandRuns()
{
    const QString flag = m_dir.filePath(QStringLiteral("go"));
    CommandSpec spec;
    spec.script = "echo one; while [ ! -e " + QFile::encodeName(flag) + " ]; do sleep 0.05; done; echo two";
    CommandJob *job = m_transport.run(spec);
    job->setAutoDelete(false);
    QList<QByteArray> lines;
    connect(job, &CommandJob::stdoutLine, this, [&](const QByteArray &line) {
        lines << line;
        if (line == "one") {
            QVERIFY(!job->isFinished());
            QFile(flag).open(QIODevice::WriteOnly);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(lines, (QList<QByteArray> {"one", "two"}));
    delete job;
}

void TestLocalTransport::largeOutputIsByteExact()
{
    const QByteArray data = randomBytes(10 * 1024 * 1024);
    const QString path = m_dir.filePath(QStringLiteral("big"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const CommandResult result = runAndWait(m_transport, CommandSpec {.argv = {"cat", QFile::encodeName(path)}});
    QCOMPARE(result.stdoutData.size(), data.size());
    QVERIFY(result.stdoutData == data);
}

void TestLocalTransport::stdinReachesTheCommand()
{
    CommandSpec spec;
    spec.argv = {"cat"};
    spec.stdinData = randomBytes(5 * 1024 * 1024 + 1);
    CommandResult result = runAndWait(m_transport, spec);
    QVERIFY(result.stdoutData == spec.stdinData);
    result = runAndWait(m_transport, CommandSpec {.argv = {"cat"}});
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.stdoutData, QByteArray());
}

void TestLocalTransport::hostileArgumentsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("arg");
    for (const auto &[name, value] : SshdFixture::hostileArguments())
        QTest::newRow(name.constData()) << value;
}

void TestLocalTransport::hostileArgumentsRoundTrip()
{
    QFETCH(QByteArray, arg);
    QFile::remove(QStringLiteral("/tmp/antler-pwned"));
    CommandResult result = runAndWait(m_transport, CommandSpec {.argv = {"printf", "%s", arg}});
    QCOMPARE(result.stdoutData, arg);
    result = runAndWait(m_transport, CommandSpec {.argv = {"/usr/bin/printf", "%s", arg}});
    QCOMPARE(result.stdoutData, arg);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/antler-pwned")));
}

void TestLocalTransport::timeoutStopsTheWholeCommand()
{
    // The shell does not exec the sleep here: the whole group must be stopped.
    const QByteArray token = QByteArray::number(QRandomGenerator::global()->generate());
    CommandSpec spec;
    // A sleep whose command line no other process has.
    const QByteArray sleep = "sleep 59." + token;
    spec.script = "echo started; " + sleep + " ; echo never";
    spec.timeoutMs = 300;
    const CommandResult result = runAndWait(m_transport, spec);
    QCOMPARE(result.status, Status::TimedOut);
    QCOMPARE(result.stdoutData, QByteArray("started\n"));
    QVERIFY2(result.error.contains(QStringLiteral("300 ms")), qPrintable(result.error));
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleep), 10000);
}

void TestLocalTransport::cancelAndClose()
{
    CommandSpec spec;
    spec.script = "echo started; exec sleep 600";
    CommandJob *job = m_transport.run(spec);
    job->setAutoDelete(false);
    connect(job, &CommandJob::stdoutLine, job, &CommandJob::cancel);
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(job->result().status, Status::Cancelled);
    delete job;

    LocalTransport transport;
    CommandJob *running = transport.run(spec);
    running->setAutoDelete(false);
    CommandJob *queued = transport.run(spec);
    queued->setAutoDelete(false);
    QSignalSpy started(running, &CommandJob::stdoutLine);
    QVERIFY(started.wait(hangLimitMs));
    transport.close();
    QTRY_VERIFY_WITH_TIMEOUT(running->isFinished() && queued->isFinished(), hangLimitMs);
    QCOMPARE(running->result().status, Status::Cancelled);
    QCOMPARE(queued->result().status, Status::Cancelled);
    QCOMPARE(transport.state(), Transport::State::Closed);
    delete running;
    delete queued;
}

void TestLocalTransport::concurrentCommands()
{
    QList<CommandJob *> jobs;
    for (int i = 0; i < 10; ++i) {
        jobs << m_transport.run(CommandSpec {.script = "sleep 0.2; echo " + QByteArray::number(i)});
        jobs.last()->setAutoDelete(false);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(jobs.cbegin(), jobs.cend(), [](CommandJob *j) { return j->isFinished(); }),
                             hangLimitMs);
    for (int i = 0; i < jobs.size(); ++i)
        QCOMPARE(jobs.at(i)->result().stdoutData, QByteArray::number(i) + '\n');
    qDeleteAll(jobs);
}

void TestLocalTransport::filesPutGetStat()
{
    QByteArray content;
    while (content.size() < 1024 * 1024) {
        for (int b = 0; b < 256; ++b)
            content.append(char(b));
    }
    FileSpec put;
    put.remotePath = m_dir.filePath(QStringLiteral("a file's name"));
    put.content = content;
    put.mode = 0604;
    FileResult result = waitFile(m_transport.putFile(put));
    QVERIFY2(result.ok, qPrintable(result.error));

    FileSpec stat;
    stat.remotePath = put.remotePath;
    result = waitFile(m_transport.stat(stat));
    QVERIFY(result.ok && result.exists);
    QCOMPARE(result.mode, 0604);
    QCOMPARE(result.size, content.size());

    FileSpec get;
    get.remotePath = put.remotePath;
    result = waitFile(m_transport.getFile(get));
    QVERIFY(result.ok);
    QVERIFY(result.data == content);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("antler")), QStringList());

    put.remotePath = QStringLiteral("/no/such/folder/x");
    result = waitFile(m_transport.putFile(put));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("/no/such/folder/x")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("localhost")), qPrintable(result.error));
}

void TestLocalTransport::becomeRunsAsAnotherUser()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/sudo")))
        QSKIP("sudo is not installed (package sudo); become cannot be tested");
    if (::geteuid() != 0)
        QSKIP("become without a password needs the tests to run as root");
    CommandSpec spec;
    spec.script = "id -un; cat; echo to-stderr >&2";
    spec.stdinData = "from stdin\n";
    spec.become = true;
    spec.becomeUser = QStringLiteral("nobody");
    const CommandResult result = runAndWait(m_transport, spec);
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.stdoutData, QByteArray("nobody\nfrom stdin\n"));
    QCOMPARE(result.stderrData, QByteArray("to-stderr\n"));
}

void TestLocalTransport::becomeFailureIsASentence()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/sudo")))
        QSKIP("sudo is not installed (package sudo); become cannot be tested");
    const QString marker = m_dir.filePath(QStringLiteral("marker"));
    CommandSpec spec;
    spec.argv = {"touch", QFile::encodeName(marker)};
    spec.become = true;
    spec.becomeUser = QStringLiteral("no-such-user-antler");
    const CommandResult result = runAndWait(m_transport, spec);
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.startsWith(QStringLiteral("Cannot become no-such-user-antler with sudo on localhost")),
             qPrintable(result.error));
    QVERIFY(!QFile::exists(marker));
}

void TestLocalTransport::blockingHelper()
{
    LocalTransport transport;
    BlockingTransport blocking(&transport);
    QString error;
    QVERIFY2(blocking.open(&error), qPrintable(error));
    const CommandResult result = blocking.run({"echo", "hello world"});
    QCOMPARE(result.stdoutData, QByteArray("hello world\n"));
    FileSpec spec;
    spec.remotePath = m_dir.filePath(QStringLiteral("blocking"));
    spec.content = "x";
    QVERIFY(blocking.putFile(spec).ok);
    QCOMPARE(blocking.getFile(spec).data, QByteArray("x"));
    QVERIFY(blocking.stat(spec).exists);
}

QTEST_GUILESS_MAIN(TestLocalTransport)
#include "tst_localtransport.moc"
