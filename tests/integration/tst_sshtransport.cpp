#include "SshdFixture.h"
#include "transport/KnownHosts.h"
#include "transport/SshTransport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace antler::transport;
using antler::test::SshdFixture;
using Status = CommandResult::Status;

namespace {

// Bounds, not timings: how long a test waits before calling a hang a failure.
constexpr int hangLimitMs = 60000;

CommandResult runAndWait(Transport &transport, const CommandSpec &spec, int limitMs = hangLimitMs)
{
    CommandJob *job = transport.run(spec);
    job->setAutoDelete(false);
    (void)QTest::qWaitFor([job] { return job->isFinished(); }, limitMs);
    CommandResult result = job->result();
    if (!job->isFinished()) {
        result.status = Status::Failed;
        result.error = QStringLiteral("TEST: no result within %1 ms").arg(limitMs);
    }
    delete job;
    return result;
}

CommandResult runArgv(Transport &transport, const QList<QByteArray> &argv)
{
    CommandSpec spec;
    spec.argv = argv;
    return runAndWait(transport, spec);
}

CommandResult runScript(Transport &transport, const QByteArray &script)
{
    CommandSpec spec;
    spec.script = script;
    return runAndWait(transport, spec);
}

FileResult waitFile(FileJob *job, int limitMs = hangLimitMs)
{
    job->setAutoDelete(false);
    (void)QTest::qWaitFor([job] { return job->isFinished(); }, limitMs);
    FileResult result = job->result();
    if (!job->isFinished())
        result.error = QStringLiteral("TEST: no result within %1 ms").arg(limitMs);
    delete job;
    return result;
}

bool openAndWait(Transport &transport, QString *error = nullptr)
{
    transport.open();
    (void)QTest::qWaitFor([&transport] { return transport.state() != Transport::State::Connecting; }, hangLimitMs);
    if (error)
        *error = transport.lastError();
    return transport.state() == Transport::State::Ready;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(4711);
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

class TestSshTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void exitCodes_data();
    void exitCodes();
    void sessionIsHermetic();
    void stdoutAndStderrAreSeparate();
    void linesArriveWhileTheCommandRuns();
    void largeOutputIsByteExact();
    void stdinReachesTheCommand();
    void environmentIsExported();
    void hostileArgumentsRoundTrip_data();
    void hostileArgumentsRoundTrip();
    void timeoutStopsTheCommand();
    void cancelStopsTheCommand();
    void concurrentCommandsShareOneSession();
    void putAndGetBinaryFiles();
    void putFromAndGetToLocalFiles();
    void putIsAtomic();
    void fileErrorsAreSentences();
    void unknownHostIsRefusedWhenStrict();
    void unknownHostIsAddedWithAcceptNew();
    void unknownHostIsAskedAbout();
    void changedHostKeyIsRefusedBeforeAnythingRuns();
    void wrongKeyIsRefusedClearly();
    void encryptedKeyAsksForItsPassphrase();
    void agentKeysAreUsed();
    void passwordLogin();
    void wrongPasswordIsRefusedWithoutShowingIt();
    void becomeWithPassword();
    void becomeWithWrongPassword();
    void lostConnectionEndsCommandsAndReconnects();
    void sharedShellRunsScriptsAlike_data();
    void sharedShellRunsScriptsAlike();
    void sharedShellIsOneShell();
    void sharedShellHandsStdinAsVariable();
    void sharedShellThatDiesFailsOnlyItsCommand();
    void sharedShellCommandCanBeCancelled();
    void sharedShellWithBecome();
    void userCommandsRunAlikeInTheSharedShell_data();
    void userCommandsRunAlikeInTheSharedShell();
    void userCommandRunsInTheSharedShellInASessionOfItsOwn();
    void userCommandLinesArriveLive();
    void userCommandTimeoutAndCancelStopOnlyTheCommand();
    void userCommandWithBecomeInTheSharedShell();
    void preparedUserShellStartsBeforeTheFirstCommand();

private:
    bool requireTestUser(QString *password);
    // The throwaway user logging in with its password, which is also its
    // become password.
    ConnectionSettings passwordSettings(const QString &password) const;

    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<SshTransport> m_transport;
    QTemporaryDir m_local;
};

void TestSshTransport::initTestCase()
{
    const QString reason = SshdFixture::unavailableReason();
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_sshd = std::make_unique<SshdFixture>();
    QString error;
    QVERIFY2(m_sshd->start(&error), qPrintable(error));
    m_transport = std::make_unique<SshTransport>(m_sshd->settings());
    QVERIFY2(openAndWait(*m_transport, &error), qPrintable(error));
    QVERIFY(m_local.isValid());
}

void TestSshTransport::cleanupTestCase()
{
    m_transport.reset();
    m_sshd.reset();
}

ConnectionSettings TestSshTransport::passwordSettings(const QString &password) const
{
    ConnectionSettings settings = m_sshd->settings(SshdFixture::testUser());
    settings.privateKeyFile.clear();
    settings.password = password;
    settings.becomePassword = password;
    return settings;
}

bool TestSshTransport::requireTestUser(QString *password)
{
    QString reason;
    if (!SshdFixture::ensureTestUser(password, &reason)) {
        qWarning("SKIP REASON: %s", qPrintable(reason));
        return false;
    }
    return true;
}

void TestSshTransport::exitCodes_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("true") << QByteArray("true") << 0;
    QTest::newRow("false") << QByteArray("false") << 1;
    QTest::newRow("42") << QByteArray("exit 42") << 42;
    QTest::newRow("255") << QByteArray("exit 255") << 255;
    QTest::newRow("missing program") << QByteArray("/no/such/program") << 127;
}

void TestSshTransport::exitCodes()
{
    QFETCH(QByteArray, script);
    QFETCH(int, exitCode);
    const CommandResult result = runScript(*m_transport, script);
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.succeeded(), exitCode == 0);
}

void TestSshTransport::sessionIsHermetic()
{
    // The fixture keeps the machine's shell start-up files out of the way.
    const CommandResult result = runScript(*m_transport, "printf %s \"$HOME\"");
    QCOMPARE(result.stdoutData, QFile::encodeName(m_sshd->dir() + QStringLiteral("/home")));
}

void TestSshTransport::stdoutAndStderrAreSeparate()
{
    const CommandResult result = runScript(*m_transport, "echo out1; echo err1 >&2; echo out2; printf err2 >&2");
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.stdoutData, QByteArray("out1\nout2\n"));
    QCOMPARE(result.stderrData, QByteArray("err1\nerr2"));
}

void TestSshTransport::linesArriveWhileTheCommandRuns()
{
    // The second line is only written after the first has been seen: the
    // command waits for a file the test creates on receiving line one.
    const QString flag = m_local.filePath(QStringLiteral("go"));
    CommandSpec spec;
    spec.script = "echo one; echo warn >&2; while [ ! -e " + QFile::encodeName(flag)
        + " ]; do sleep 0.05; done; echo two; printf three";
    spec.timeoutMs = hangLimitMs;
    CommandJob *job = m_transport->run(spec);
    QList<QByteArray> out;
    QList<QByteArray> err;
    bool finishedBeforeFirstLine = false;
    connect(job, &CommandJob::stdoutLine, this, [&](const QByteArray &line) {
        out << line;
        if (line == "one") {
            finishedBeforeFirstLine = job->isFinished();
            QFile(flag).open(QIODevice::WriteOnly);
        }
    });
    connect(job, &CommandJob::stderrLine, this, [&](const QByteArray &line) { err << line; });
    CommandResult result;
    connect(job, &CommandJob::finished, this, [&](const CommandResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.status == Status::Finished || !result.error.isEmpty(), hangLimitMs);
    QVERIFY(!finishedBeforeFirstLine);
    QCOMPARE(out, (QList<QByteArray> {"one", "two", "three"}));
    QCOMPARE(err, (QList<QByteArray> {"warn"}));
    QCOMPARE(result.exitCode, 0);
}

void TestSshTransport::largeOutputIsByteExact()
{
    const QByteArray data = randomBytes(10 * 1024 * 1024);
    const QString path = m_local.filePath(QStringLiteral("ten-mib"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const CommandResult result = runArgv(*m_transport, {"cat", QFile::encodeName(path)});
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData.size(), data.size());
    QVERIFY(result.stdoutData == data);
}

void TestSshTransport::stdinReachesTheCommand()
{
    CommandSpec spec;
    spec.argv = {"cat"};
    spec.stdinData = randomBytes(3 * 1024 * 1024 + 17);
    const CommandResult result = runAndWait(*m_transport, spec);
    QCOMPARE(result.status, Status::Finished);
    QVERIFY(result.stdoutData == spec.stdinData);

    // No stdin: the command sees end of input at once instead of waiting.
    const CommandResult empty = runArgv(*m_transport, {"cat"});
    QCOMPARE(empty.status, Status::Finished);
    QCOMPARE(empty.stdoutData, QByteArray());
}

void TestSshTransport::environmentIsExported()
{
    CommandSpec spec;
    spec.script = "printf '%s|%s' \"$ANTLER_ONE\" \"$ANTLER_TWO\"";
    spec.environment = {{"ANTLER_ONE", "a b'c$(x)"}, {"ANTLER_TWO", "\n"}};
    const CommandResult result = runAndWait(*m_transport, spec);
    QCOMPARE(result.stdoutData, QByteArray("a b'c$(x)|\n"));

    spec.environment = {{"NOT-VALID", "x"}};
    const CommandResult bad = runAndWait(*m_transport, spec);
    QCOMPARE(bad.status, Status::Failed);
    QVERIFY2(bad.error.contains(QStringLiteral("NOT-VALID")), qPrintable(bad.error));
}

void TestSshTransport::hostileArgumentsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("arg");
    for (const auto &[name, value] : SshdFixture::hostileArguments())
        QTest::newRow(name.constData()) << value;
}

void TestSshTransport::hostileArgumentsRoundTrip()
{
    QFETCH(QByteArray, arg);
    QFile::remove(QStringLiteral("/tmp/antler-pwned"));
    // printf is run by the remote shell from the quoted command line.
    const CommandResult result = runArgv(*m_transport, {"printf", "%s", arg});
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, arg);
    // And through a real program, not just a shell builtin.
    const CommandResult external = runArgv(*m_transport, {"/usr/bin/printf", "%s", arg});
    QCOMPARE(external.stdoutData, arg);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/antler-pwned")));
}

void TestSshTransport::timeoutStopsTheCommand()
{
    // A sleep whose command line no other process has; the shell does not
    // exec it, so stopping only the shell would leave it behind.
    const QByteArray sleep = "sleep 59." + QByteArray::number(QRandomGenerator::global()->generate());
    CommandSpec spec;
    spec.script = "echo started; " + sleep + "; echo never";
    spec.timeoutMs = 500;
    const CommandResult result = runAndWait(*m_transport, spec);
    QCOMPARE(result.status, Status::TimedOut);
    QCOMPARE(result.stdoutData, QByteArray("started\n"));
    QVERIFY2(result.error.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error));
    // The remote command is stopped, not left running.
    QTRY_VERIFY2_WITH_TIMEOUT(!processExists(sleep), m_sshd->log().right(3000).constData(), 10000);
    // The session is still good.
    QCOMPARE(runArgv(*m_transport, {"true"}).status, Status::Finished);
}

void TestSshTransport::cancelStopsTheCommand()
{
    const QByteArray sleep = "sleep 58." + QByteArray::number(QRandomGenerator::global()->generate());
    CommandSpec spec;
    spec.script = "echo started; " + sleep;
    CommandJob *job = m_transport->run(spec);
    job->setAutoDelete(false);
    connect(job, &CommandJob::stdoutLine, job, &CommandJob::cancel);
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(job->result().status, Status::Cancelled);
    delete job;
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleep), 10000);

    // Deleting an unfinished job cancels it too, and nothing is delivered to it afterwards.
    delete m_transport->run(spec);
    QCOMPARE(runArgv(*m_transport, {"true"}).status, Status::Finished);
}

void TestSshTransport::concurrentCommandsShareOneSession()
{
    const int logins = int(m_sshd->log().count("Accepted publickey"));
    QList<CommandJob *> jobs;
    for (int i = 0; i < 10; ++i) {
        CommandSpec spec;
        // Each waits until all ten are running, so they really overlap.
        spec.script = "touch " + QFile::encodeName(m_local.filePath(QStringLiteral("running-%1").arg(i)))
            + "; while [ $(ls " + QFile::encodeName(m_local.path())
            + " | grep -c '^running-') -lt 10 ]; do sleep 0.05; done; echo " + QByteArray::number(i);
        spec.timeoutMs = hangLimitMs;
        jobs << m_transport->run(spec);
        jobs.last()->setAutoDelete(false);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(jobs.cbegin(), jobs.cend(), [](CommandJob *j) { return j->isFinished(); }),
                             hangLimitMs);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(jobs.at(i)->result().status, Status::Finished);
        QCOMPARE(jobs.at(i)->result().stdoutData, QByteArray::number(i) + '\n');
    }
    qDeleteAll(jobs);
    // More than OpenSSH's default MaxSessions (10) at once: the rest wait their turn.
    QList<CommandJob *> many;
    for (int i = 0; i < 25; ++i) {
        many << m_transport->run(CommandSpec {.argv = {"echo", QByteArray::number(i)}});
        many.last()->setAutoDelete(false);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(many.cbegin(), many.cend(), [](CommandJob *j) { return j->isFinished(); }),
                             hangLimitMs);
    for (int i = 0; i < many.size(); ++i)
        QCOMPARE(many.at(i)->result().stdoutData, QByteArray::number(i) + '\n');
    qDeleteAll(many);
    QCOMPARE(int(m_sshd->log().count("Accepted publickey")), logins);
}

void TestSshTransport::putAndGetBinaryFiles()
{
    QByteArray content;
    for (int round = 0; content.size() < 5 * 1024 * 1024; ++round) {
        for (int b = 0; b < 256; ++b)
            content.append(char((b + round) & 0xff));
    }
    const QString remote = m_local.filePath(QStringLiteral("remote dir/it's binary.bin"));
    QDir().mkpath(QFileInfo(remote).path());

    FileSpec put;
    put.remotePath = remote;
    put.content = content;
    put.mode = 0640;
    FileResult result = waitFile(m_transport->putFile(put));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(QFileInfo(remote).size(), content.size());
    QCOMPARE(QFile::permissions(remote) & 0x7777,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
                 | QFileDevice::ReadGroup);

    FileSpec stat;
    stat.remotePath = remote;
    result = waitFile(m_transport->stat(stat));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.exists);
    QVERIFY(!result.isDir);
    QCOMPARE(result.size, content.size());
    QCOMPARE(result.mode, 0640);
    QCOMPARE(result.owner, QStringLiteral("root"));

    FileSpec get;
    get.remotePath = remote;
    result = waitFile(m_transport->getFile(get));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.data == content);

    // Without a mode an existing file keeps its bits.
    put.content = "small";
    put.mode = -1;
    result = waitFile(m_transport->putFile(put));
    QVERIFY2(result.ok, qPrintable(result.error));
    result = waitFile(m_transport->stat(stat));
    QCOMPARE(result.mode, 0640);
    QCOMPARE(result.size, 5);

    stat.remotePath = QFileInfo(remote).path();
    result = waitFile(m_transport->stat(stat));
    QVERIFY(result.ok && result.exists && result.isDir);
    stat.remotePath = remote + QStringLiteral(".missing");
    result = waitFile(m_transport->stat(stat));
    QVERIFY(result.ok);
    QVERIFY(!result.exists);
}

void TestSshTransport::putFromAndGetToLocalFiles()
{
    const QByteArray content = randomBytes(2 * 1024 * 1024 + 3);
    const QString source = m_local.filePath(QStringLiteral("source.bin"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    FileSpec put;
    put.remotePath = m_local.filePath(QStringLiteral("uploaded.bin"));
    put.localPath = source;
    put.mode = 0600;
    FileResult result = waitFile(m_transport->putFile(put));
    QVERIFY2(result.ok, qPrintable(result.error));

    FileSpec get;
    get.remotePath = put.remotePath;
    get.localPath = m_local.filePath(QStringLiteral("downloaded.bin"));
    result = waitFile(m_transport->getFile(get));
    QVERIFY2(result.ok, qPrintable(result.error));
    QFile downloaded(get.localPath);
    QVERIFY(downloaded.open(QIODevice::ReadOnly));
    QVERIFY(downloaded.readAll() == content);
}

void TestSshTransport::putIsAtomic()
{
    // A watcher on the host samples the target's size as fast as it can
    // while a large upload replaces it: it may only ever see the old or the
    // new file, never a part.
    const QString dir = m_local.filePath(QStringLiteral("atomic"));
    QDir().mkpath(dir);
    const QString target = dir + QStringLiteral("/target");
    const QByteArray oldContent = "old content\n";
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(oldContent);
    old.close();
    const QByteArray newContent = randomBytes(16 * 1024 * 1024);
    const QString stop = dir + QStringLiteral(".stop");

    CommandSpec watch;
    watch.script
        = "while [ ! -e " + QFile::encodeName(stop) + " ]; do stat -c %s " + QFile::encodeName(target) + "; done";
    watch.timeoutMs = hangLimitMs;
    CommandJob *watcher = m_transport->run(watch);
    watcher->setAutoDelete(false);

    FileSpec put;
    put.remotePath = target;
    put.content = newContent;
    const FileResult result = waitFile(m_transport->putFile(put));
    QFile(stop).open(QIODevice::WriteOnly);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->isFinished(), hangLimitMs);
    QVERIFY2(result.ok, qPrintable(result.error));
    const CommandResult watched = watcher->result();
    delete watcher;
    const QList<QByteArray> sizes = watched.stdoutData.split('\n');
    QVERIFY2(sizes.size() > 2, qPrintable(QString::fromUtf8(watched.stdoutData + watched.stderrData) + watched.error));
    for (const QByteArray &size : sizes) {
        if (!size.isEmpty())
            QVERIFY2(size == QByteArray::number(oldContent.size()) || size == QByteArray::number(newContent.size()),
                     size.constData());
    }
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll() == newContent);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("target")});
}

void TestSshTransport::fileErrorsAreSentences()
{
    FileSpec put;
    put.remotePath = QStringLiteral("/no/such/folder/file");
    put.content = "x";
    FileResult result = waitFile(m_transport->putFile(put));
    QVERIFY(!result.ok);
    QCOMPARE(result.status, Status::Finished);
    QVERIFY2(result.error.contains(put.remotePath), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error));

    FileSpec get;
    get.remotePath = QStringLiteral("/no/such/file");
    result = waitFile(m_transport->getFile(get));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("No such file")), qPrintable(result.error));
}

void TestSshTransport::unknownHostIsRefusedWhenStrict()
{
    SshdFixture sshd({.knownHostsPreFilled = false});
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    SshTransport transport(sshd.settings());
    QSignalSpy failed(&transport, &Transport::failed);
    QVERIFY(!openAndWait(transport, &error));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(error.contains(sshd.hostKeyFingerprint()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("ssh-ed25519")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("--accept-new-host-keys")), qPrintable(error));
    QCOMPARE(QFileInfo(sshd.knownHostsPath()).size(), 0);
    // A command on it fails as unreachable with the same sentence.
    const CommandResult result = runArgv(transport, {"true"});
    QCOMPARE(result.status, Status::Unreachable);
    QVERIFY(result.error.contains(sshd.hostKeyFingerprint()));
    QVERIFY(!sshd.log().contains("Accepted publickey"));
}

void TestSshTransport::unknownHostIsAddedWithAcceptNew()
{
    SshdFixture sshd({.knownHostsPreFilled = false});
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    ConnectionSettings settings = sshd.settings();
    settings.hostKeyPolicy = ConnectionSettings::HostKeyPolicy::AcceptNew;
    {
        SshTransport transport(settings);
        QVERIFY2(openAndWait(transport, &error), qPrintable(error));
    }
    KnownHosts knownHosts;
    QVERIFY(knownHosts.load(sshd.knownHostsPath()));
    QCOMPARE(knownHosts.entries().size(), 1);
    QCOMPARE(knownHosts.check(QStringLiteral("127.0.0.1"), sshd.port(), sshd.hostKeyBlob()).status,
             KnownHosts::Status::Known);
    // Now strict checking knows it.
    SshTransport strict(sshd.settings());
    QVERIFY2(openAndWait(strict, &error), qPrintable(error));
}

void TestSshTransport::unknownHostIsAskedAbout()
{
    SshdFixture sshd({.knownHostsPreFilled = false});
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    ConnectionSettings settings = sshd.settings();
    settings.hostKeyPolicy = ConnectionSettings::HostKeyPolicy::Ask;

    for (const bool accept : {false, true}) {
        SshTransport transport(settings);
        HostKeyInfo asked;
        connect(&transport, &Transport::unknownHostKey, &transport, [&](const HostKeyInfo &info) {
            asked = info;
            transport.answerHostKey(accept);
        });
        QCOMPARE(openAndWait(transport, &error), accept);
        QCOMPARE(asked.fingerprint, sshd.hostKeyFingerprint());
        QCOMPARE(asked.keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(asked.port, int(sshd.port()));
        QCOMPARE(QFileInfo(sshd.knownHostsPath()).size() > 0, accept);
        if (!accept)
            QVERIFY2(error.contains(QStringLiteral("not accepted")), qPrintable(error));
    }
}

void TestSshTransport::changedHostKeyIsRefusedBeforeAnythingRuns()
{
    SshdFixture sshd;
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    const QString oldFingerprint = sshd.hostKeyFingerprint();
    QVERIFY2(sshd.restartWithNewHostKey(&error), qPrintable(error));
    const QString newFingerprint = sshd.hostKeyFingerprint();
    QVERIFY(oldFingerprint != newFingerprint);

    const QString marker = m_local.filePath(QStringLiteral("changed-key-marker"));
    // Even accept-new must not replace a changed key.
    for (const auto policy : {ConnectionSettings::HostKeyPolicy::Strict, ConnectionSettings::HostKeyPolicy::AcceptNew,
                              ConnectionSettings::HostKeyPolicy::Ask}) {
        ConnectionSettings settings = sshd.settings();
        settings.hostKeyPolicy = policy;
        SshTransport transport(settings);
        QSignalSpy asked(&transport, &Transport::unknownHostKey);
        // The first thing asked of the transport is a command, as the playbook runner does.
        const CommandResult result = runArgv(transport, {"touch", QFile::encodeName(marker)});
        QCOMPARE(result.status, Status::Unreachable);
        QVERIFY2(result.error.contains(QStringLiteral("CHANGED")), qPrintable(result.error));
        QVERIFY2(result.error.contains(oldFingerprint), qPrintable(result.error));
        QVERIFY2(result.error.contains(newFingerprint), qPrintable(result.error));
        QVERIFY2(result.error.contains(sshd.knownHostsPath() + QStringLiteral(":1")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error));
        QCOMPARE(transport.lastError(), result.error);
        QCOMPARE(asked.size(), 0);
        QVERIFY(!QFile::exists(marker));
    }
    // Nothing logged in, and known_hosts still holds only the old key.
    QVERIFY(!sshd.log().contains("Accepted"));
    KnownHosts knownHosts;
    QVERIFY(knownHosts.load(sshd.knownHostsPath()));
    QCOMPARE(knownHosts.entries().size(), 1);
}

void TestSshTransport::wrongKeyIsRefusedClearly()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("stranger"));
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                QStringLiteral("-N"), QString(), QStringLiteral("-f"), key}),
             0);
    ConnectionSettings settings = m_sshd->settings();
    settings.privateKeyFile = key;
    SshTransport transport(settings);
    QString error;
    QVERIFY(!openAndWait(transport, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot log in to root@127.0.0.1:%1").arg(m_sshd->port())),
             qPrintable(error));
    QVERIFY2(error.contains(key), qPrintable(error));

    settings.privateKeyFile = dir.filePath(QStringLiteral("missing"));
    SshTransport missing(settings);
    QVERIFY(!openAndWait(missing, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestSshTransport::encryptedKeyAsksForItsPassphrase()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("encrypted"));
    const QString passphrase = QStringLiteral("correct horse 'battery' $staple");
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                QStringLiteral("-N"), passphrase, QStringLiteral("-f"), key}),
             0);
    QFile authorized(m_sshd->dir() + QStringLiteral("/authorized_keys"));
    QVERIFY(authorized.open(QIODevice::Append));
    QFile pub(key + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    authorized.write(pub.readAll());
    authorized.close();

    for (const bool give : {true, false}) {
        ConnectionSettings settings = m_sshd->settings();
        settings.privateKeyFile = key;
        QList<QString> prompts;
        QThread *askedOn = nullptr;
        settings.passphraseProvider = [&, give](const QString &prompt, QString *answer) {
            prompts << prompt;
            askedOn = QThread::currentThread();
            *answer = passphrase;
            return give;
        };
        SshTransport transport(settings);
        QString error;
        QCOMPARE(openAndWait(transport, &error), give);
        QVERIFY(!prompts.isEmpty());
        // Asked on the transport's worker thread, never on the caller's.
        QVERIFY(askedOn != QThread::currentThread());
        if (!give) {
            QVERIFY2(error.contains(key), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("passphrase")), qPrintable(error));
        }
    }
}

void TestSshTransport::agentKeysAreUsed()
{
    const QString agent = QStandardPaths::findExecutable(QStringLiteral("ssh-agent"));
    const QString add = QStandardPaths::findExecutable(QStringLiteral("ssh-add"));
    if (agent.isEmpty() || add.isEmpty())
        QSKIP("ssh-agent or ssh-add is not installed (package openssh-client)");
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("agent.sock"));
    QProcess agentProcess;
    agentProcess.start(agent, {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(agentProcess.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 10000);
    QProcess adding;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    adding.setProcessEnvironment(env);
    adding.start(add, {m_sshd->clientKeyPath()});
    QVERIFY(adding.waitForFinished(10000));
    QCOMPARE(adding.exitCode(), 0);

    const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
    ConnectionSettings settings = m_sshd->settings();
    settings.privateKeyFile = dir.filePath(QStringLiteral("not-needed"));
    settings.useAgent = true;
    SshTransport transport(settings);
    QString error;
    const bool opened = openAndWait(transport, &error);
    if (previous.isNull())
        qunsetenv("SSH_AUTH_SOCK");
    else
        qputenv("SSH_AUTH_SOCK", previous);
    agentProcess.kill();
    agentProcess.waitForFinished(5000);
    QVERIFY2(opened, qPrintable(error));
}

void TestSshTransport::passwordLogin()
{
    QString password;
    if (!requireTestUser(&password))
        QSKIP("the throwaway user antlertest cannot be created here (see the warning above)");
    ConnectionSettings settings = m_sshd->settings(SshdFixture::testUser());
    settings.privateKeyFile = QStringLiteral("/nonexistent-key");
    settings.password = password;
    SshTransport transport(settings);
    const CommandResult result = runArgv(transport, {"id", "-un"});
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.stdoutData, QByteArray("antlertest\n"));
}

void TestSshTransport::wrongPasswordIsRefusedWithoutShowingIt()
{
    QString password;
    if (!requireTestUser(&password))
        QSKIP("the throwaway user antlertest cannot be created here (see the warning above)");
    ConnectionSettings settings = m_sshd->settings(SshdFixture::testUser());
    settings.privateKeyFile = QStringLiteral("/nonexistent-key");
    settings.password = QStringLiteral("wrong-%1").arg(QRandomGenerator::global()->generate());
    SshTransport transport(settings);
    QString error;
    QVERIFY(!openAndWait(transport, &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot log in to antlertest@127.0.0.1")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("the password")), qPrintable(error));
    QVERIFY(!error.contains(settings.password));
}

void TestSshTransport::becomeWithPassword()
{
    QString password;
    if (!requireTestUser(&password))
        QSKIP("the throwaway user antlertest cannot be created here (see the warning above)");
    ConnectionSettings settings = passwordSettings(password);
    SshTransport transport(settings);
    QList<CommandResult> results;

    CommandSpec spec;
    spec.argv = {"id", "-un"};
    spec.become = true;
    results << runAndWait(transport, spec);
    QCOMPARE(results.last().status, Status::Finished);
    QCOMPARE(results.last().stdoutData, QByteArray("root\n"));
    QCOMPARE(results.last().stderrData, QByteArray());

    // stdin reaches the command, not sudo; stderr is the command's own.
    spec.argv.clear();
    spec.script = "cat; echo done >&2";
    spec.stdinData = "line one\nline two";
    results << runAndWait(transport, spec);
    QCOMPARE(results.last().stdoutData, QByteArray("line one\nline two"));
    QCOMPARE(results.last().stderrData, QByteArray("done\n"));

    // Another user.
    spec.script = "id -un";
    spec.stdinData.clear();
    spec.becomeUser = QStringLiteral("nobody");
    results << runAndWait(transport, spec);
    QCOMPARE(results.last().stdoutData, QByteArray("nobody\n"));

    // While a become command runs, the password is in no process's command line.
    spec.becomeUser.clear();
    spec.script = "echo started; exec sleep 600";
    CommandJob *job = transport.run(spec);
    job->setAutoDelete(false);
    bool started = false;
    connect(job, &CommandJob::stdoutLine, this, [&started] { started = true; });
    QTRY_VERIFY_WITH_TIMEOUT(started, hangLimitMs);
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("pid,args")});
    QVERIFY(ps.waitForFinished(10000));
    const QByteArray processes = ps.readAllStandardOutput();
    QVERIFY(processes.contains("sleep 600"));
    QVERIFY(processes.contains("sudo -H -S"));
    QVERIFY(!processes.contains(password.toUtf8()));
    job->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    results << job->result();
    delete job;

    for (const CommandResult &result : std::as_const(results)) {
        QVERIFY(!result.stdoutData.contains(password.toUtf8()));
        QVERIFY(!result.stderrData.contains(password.toUtf8()));
        QVERIFY(!result.error.contains(password));
    }
    QVERIFY(!m_sshd->log().contains(password.toUtf8()));
}

void TestSshTransport::becomeWithWrongPassword()
{
    QString password;
    if (!requireTestUser(&password))
        QSKIP("the throwaway user antlertest cannot be created here (see the warning above)");
    ConnectionSettings settings = m_sshd->settings(SshdFixture::testUser());
    settings.privateKeyFile.clear();
    settings.password = password;
    settings.becomePassword = QStringLiteral("not-%1").arg(password);
    SshTransport transport(settings);
    const QString marker = m_local.filePath(QStringLiteral("become-marker"));
    CommandSpec spec;
    spec.argv = {"touch", QFile::encodeName(marker)};
    spec.become = true;
    CommandResult result = runAndWait(transport, spec);
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("refused the become password")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error));
    QVERIFY(!result.error.contains(settings.becomePassword));
    QVERIFY(!result.stderrData.contains(settings.becomePassword.toUtf8()));
    QVERIFY(!QFile::exists(marker));

    settings.becomePassword.clear();
    SshTransport noPassword(settings);
    result = runAndWait(noPassword, spec);
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("no become password")), qPrintable(result.error));
    QVERIFY(!QFile::exists(marker));
}

void TestSshTransport::lostConnectionEndsCommandsAndReconnects()
{
    SshdFixture sshd;
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    SshTransport transport(sshd.settings());
    QVERIFY2(openAndWait(transport, &error), qPrintable(error));
    QSignalSpy states(&transport, &Transport::stateChanged);

    CommandSpec spec;
    spec.script = "echo started; exec sleep 600";
    QList<CommandJob *> jobs;
    bool started = false;
    for (int i = 0; i < 3; ++i) {
        jobs << transport.run(spec);
        jobs.last()->setAutoDelete(false);
        connect(jobs.last(), &CommandJob::stdoutLine, this, [&started] { started = true; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(started, hangLimitMs);
    sshd.kill();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(jobs.cbegin(), jobs.cend(), [](CommandJob *j) { return j->isFinished(); }),
                             30000);
    for (CommandJob *job : std::as_const(jobs)) {
        QCOMPARE(job->result().status, Status::ConnectionLost);
        QVERIFY2(job->result().error.contains(QStringLiteral("lost")), qPrintable(job->result().error));
    }
    qDeleteAll(jobs);
    QCOMPARE(transport.state(), Transport::State::Lost);
    QVERIFY(states.contains(QVariantList {QVariant::fromValue(Transport::State::Lost)}));

    QVERIFY2(sshd.restart(&error), qPrintable(error));
    const CommandResult result = runArgv(transport, {"echo", "back"});
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.stdoutData, QByteArray("back\n"));
    QCOMPARE(transport.state(), Transport::State::Ready);
}

namespace {

CommandResult runShared(Transport &transport, CommandSpec spec, bool shared)
{
    spec.shareShell = shared;
    return runAndWait(transport, spec);
}

} // namespace

void TestSshTransport::sharedShellRunsScriptsAlike_data()
{
    // Each row runs twice, in the shared shell and on a channel of its own:
    // status, exit code, stdout and stderr must be the same.
    QTest::addColumn<QList<QByteArray>>("argv");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArray>("stdinData");
    const QByteArray file = QFile::encodeName(m_local.filePath(QStringLiteral("shared-bytes")));
    QTest::newRow("true") << QList<QByteArray> {} << QByteArray("true") << QByteArray();
    QTest::newRow("exit 42") << QList<QByteArray> {} << QByteArray("exit 42") << QByteArray();
    QTest::newRow("missing program") << QList<QByteArray> {} << QByteArray("/no/such/program") << QByteArray();
    QTest::newRow("syntax error") << QList<QByteArray> {} << QByteArray("if then fi") << QByteArray();
    QTest::newRow("no final newline") << QList<QByteArray> {} << QByteArray("printf 'no newline'; printf e >&2")
                                      << QByteArray();
    QTest::newRow("empty lines") << QList<QByteArray> {} << QByteArray("printf '\\n\\n'; printf '\\n' >&2")
                                 << QByteArray();
    QTest::newRow("set -e") << QList<QByteArray> {} << QByteArray("set -e\necho a\nfalse\necho never") << QByteArray();
    QTest::newRow("case and here-document")
        << QList<QByteArray> {} << QByteArray("case x in x) echo matched ;; esac\ncat <<'END'\n$HOME `x` 'q'\nEND\n")
        << QByteArray();
    QTest::newRow("trap on exit") << QList<QByteArray> {} << QByteArray("trap 'echo bye >&2' EXIT; exit 3")
                                  << QByteArray();
    QTest::newRow("exec cat of bytes") << QList<QByteArray> {} << QByteArray("exec cat -- " + file) << QByteArray();
    QTest::newRow("stdin closed") << QList<QByteArray> {} << QByteArray("cat; echo after") << QByteArray();
    QTest::newRow("stdin text") << QList<QByteArray> {} << QByteArray("cat; echo after")
                                << QByteArray("one\n'two' $(three)\nEND\n");
    QTest::newRow("argv") << QList<QByteArray> {"printf", "%s|", "a b", "'q'", "$(x)"} << QByteArray() << QByteArray();
    QTest::newRow("looks like the end marker")
        << QList<QByteArray> {} << QByteArray("printf '\\nANTLER-END- 0\\n'") << QByteArray();
}

void TestSshTransport::sharedShellRunsScriptsAlike()
{
    QFETCH(QList<QByteArray>, argv);
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, stdinData);
    QFile bytes(m_local.filePath(QStringLiteral("shared-bytes")));
    QVERIFY(bytes.open(QIODevice::WriteOnly));
    bytes.write(randomBytes(200 * 1024 + 3));
    bytes.close();
    CommandSpec spec;
    spec.argv = argv;
    spec.script = script;
    spec.stdinData = stdinData;
    const CommandResult own = runShared(*m_transport, spec, false);
    const CommandResult shared = runShared(*m_transport, spec, true);
    QCOMPARE(shared.status, own.status);
    QCOMPARE(shared.exitCode, own.exitCode);
    QCOMPARE(shared.stdoutData, own.stdoutData);
    // A shell names itself in its messages ("sh: 1: …"); the rest must match.
    const auto tail = [](const QByteArray &text) { return text.mid(text.lastIndexOf(':') + 1); };
    QCOMPARE(tail(shared.stderrData), tail(own.stderrData));
}

void TestSshTransport::sharedShellIsOneShell()
{
    // Commands in the shared shell are subshells of one `sh` ($$ is that
    // shell's process); commands on channels of their own each have another.
    CommandSpec spec;
    spec.script = "echo $$";
    const QByteArray first = runShared(*m_transport, spec, true).stdoutData;
    QVERIFY(!first.isEmpty());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(runShared(*m_transport, spec, true).stdoutData, first);
    QVERIFY(runShared(*m_transport, spec, false).stdoutData != first);
    QVERIFY(runShared(*m_transport, spec, false).stdoutData != runShared(*m_transport, spec, false).stdoutData);

    // What it cannot carry runs on a channel of its own: a NUL on stdin.
    spec.stdinData = QByteArray("a\0b\n", 4);
    QVERIFY(runShared(*m_transport, spec, true).stdoutData != first);
    spec.stdinData.clear();
    QCOMPARE(runShared(*m_transport, spec, true).stdoutData, first);
}

void TestSshTransport::sharedShellHandsStdinAsVariable()
{
    // With stdinAsVariable the script finds the data in ANTLER_STDIN (no
    // final newline needed) and standard input is empty.
    CommandSpec spec;
    spec.script = "printf '%s|' \"${ANTLER_STDIN-unset}\"; cat";
    spec.stdinAsVariable = true;
    spec.stdinData = "it's \"$(not run)\"\nno final newline";
    const CommandResult shared = runShared(*m_transport, spec, true);
    QCOMPARE(shared.stdoutData, spec.stdinData + '|');
    // On a channel of its own the variable is unset and stdin has the data.
    const CommandResult own = runShared(*m_transport, spec, false);
    QCOMPARE(own.stdoutData, "unset|" + spec.stdinData);
    // An empty upload is an empty variable, not an unset one.
    spec.stdinData.clear();
    QCOMPARE(runShared(*m_transport, spec, true).stdoutData, QByteArray("|"));
    // Never on a command line: the data is in no process's arguments.
    spec.stdinData = "secret-" + QByteArray::number(QRandomGenerator::global()->generate()) + '\n';
    spec.script = "sleep 0.3";
    CommandJob *job = m_transport->run([&] {
        CommandSpec s = spec;
        s.shareShell = true;
        return s;
    }());
    job->setAutoDelete(false);
    QTest::qWait(150);
    QVERIFY(!processExists(spec.stdinData.trimmed()));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(job->result().exitCode, 0);
    delete job;
}

void TestSshTransport::sharedShellThatDiesFailsOnlyItsCommand()
{
    // A transport of its own: its shared shell is given up on below.
    SshTransport transport(m_sshd->settings());
    CommandSpec spec;
    spec.script = "echo $$";
    const QByteArray before = runShared(transport, spec, true).stdoutData;
    QCOMPARE(runShared(transport, spec, true).stdoutData, before);
    spec.script = "kill -KILL $$; sleep 5";
    const CommandResult killed = runShared(transport, spec, true);
    QCOMPARE(killed.status, Status::Failed);
    QVERIFY2(killed.error.contains(QStringLiteral("stopped with the shell that ran it")), qPrintable(killed.error));
    QVERIFY2(killed.error.contains(QStringLiteral("127.0.0.1")), qPrintable(killed.error));
    // A shell that died is not started again: the commands after it run on
    // channels of their own, each in another shell.
    spec.script = "echo $$";
    const CommandResult after = runShared(transport, spec, true);
    QCOMPARE(after.status, Status::Finished);
    QVERIFY(!after.stdoutData.isEmpty());
    QVERIFY(after.stdoutData != before);
    QVERIFY(runShared(transport, spec, true).stdoutData != after.stdoutData);
    // User commands have a shell of their own, which lives on; when it dies,
    // the same holds for them.
    CommandSpec user;
    user.script = "cat /proc/$PPID/comm";
    user.shareShell = true;
    user.ownSession = true;
    QCOMPARE(runAndWait(transport, user).stdoutData, QByteArray("bash\n"));
    user.script = "kill -KILL $PPID; sleep 1";
    const CommandResult userKilled = runAndWait(transport, user);
    QCOMPARE(userKilled.status, Status::Failed);
    QVERIFY2(userKilled.error.contains(QStringLiteral("stopped with the shell that ran it")),
             qPrintable(userKilled.error));
    user.script = "cat /proc/$PPID/comm";
    QCOMPARE(runAndWait(transport, user).stdoutData, QByteArray("sshd\n"));
}

void TestSshTransport::sharedShellCommandCanBeCancelled()
{
    const QByteArray sleep = "sleep 56." + QByteArray::number(QRandomGenerator::global()->generate());
    CommandSpec spec;
    spec.script = "echo started; " + sleep;
    spec.shareShell = true;
    CommandJob *job = m_transport->run(spec);
    job->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(processExists(sleep), hangLimitMs);
    job->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(job->result().status, Status::Cancelled);
    delete job;
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleep), 10000);
    spec.script = "echo fine";
    QCOMPARE(runShared(*m_transport, spec, true).stdoutData, QByteArray("fine\n"));

    // A timeout stops it the same way, with the usual sentence.
    spec.script = "echo started; " + sleep;
    spec.timeoutMs = 500;
    const CommandResult timedOut = runAndWait(*m_transport, spec);
    QCOMPARE(timedOut.status, Status::TimedOut);
    QVERIFY2(timedOut.error.contains(QStringLiteral("did not finish within 500 ms")), qPrintable(timedOut.error));
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleep), 10000);
    spec.timeoutMs = 0;
    spec.script = "echo fine";
    QCOMPARE(runShared(*m_transport, spec, true).stdoutData, QByteArray("fine\n"));
}

void TestSshTransport::sharedShellWithBecome()
{
    QString password;
    if (!requireTestUser(&password))
        QSKIP("the throwaway user antlertest cannot be created here (see the warning above)");
    ConnectionSettings settings = passwordSettings(password);
    SshTransport transport(settings);
    CommandSpec spec;
    spec.script = "id -un; echo $$";
    spec.become = true;
    spec.shareShell = true;
    const CommandResult first = runAndWait(transport, spec);
    QCOMPARE(first.status, Status::Finished);
    QVERIFY2(first.stdoutData.startsWith("root\n"), first.stdoutData.constData());
    QCOMPARE(first.stderrData, QByteArray());
    // The same root shell again, and the login user's own shell beside it.
    QCOMPARE(runAndWait(transport, spec).stdoutData, first.stdoutData);
    spec.become = false;
    const CommandResult mine = runAndWait(transport, spec);
    QVERIFY2(mine.stdoutData.startsWith(SshdFixture::testUser().toUtf8() + '\n'), mine.stdoutData.constData());

    // A wrong become password: the same refusal as without a shared shell.
    settings.becomePassword = QStringLiteral("not-%1").arg(password);
    SshTransport wrong(settings);
    spec.become = true;
    spec.script = "id -un";
    const CommandResult refused = runAndWait(wrong, spec);
    QCOMPARE(refused.status, Status::Failed);
    QVERIFY2(refused.error.contains(QStringLiteral("refused the become password")), qPrintable(refused.error));
    QVERIFY(!refused.error.contains(settings.becomePassword));
}

namespace {

// A command's result and the lines it delivered while it ran.
struct Lines
{
    CommandResult result;
    QList<QByteArray> out;
    QList<QByteArray> err;
};

Lines runWithLines(Transport &transport, const CommandSpec &spec)
{
    Lines lines;
    CommandJob *job = transport.run(spec);
    job->setAutoDelete(false);
    QObject::connect(job, &CommandJob::stdoutLine, job, [&lines](const QByteArray &line) { lines.out << line; });
    QObject::connect(job, &CommandJob::stderrLine, job, [&lines](const QByteArray &line) { lines.err << line; });
    (void)QTest::qWaitFor([job] { return job->isFinished(); }, hangLimitMs);
    lines.result = job->result();
    if (!job->isFinished()) {
        lines.result.status = Status::Failed;
        lines.result.error = QStringLiteral("TEST: no result within %1 ms").arg(hangLimitMs);
    }
    delete job;
    return lines;
}

CommandSpec userCommand(CommandSpec spec, bool shared)
{
    spec.shareShell = shared;
    spec.ownSession = shared;
    return spec;
}

// The process id of the connection's shell for user commands (bash with job
// control here: a command's parent is that shell).
QByteArray userShellPid(Transport &transport, bool become = false)
{
    CommandSpec spec;
    spec.script = "echo $PPID";
    spec.become = become;
    return runAndWait(transport, userCommand(spec, true)).stdoutData.trimmed();
}

// The shells for user commands (bash --norc --noprofile) now running under
// sshds that give their sessions this HOME: their process ids.
QSet<QByteArray> userShellsWithHome(const QString &home)
{
    QSet<QByteArray> pids;
    const QByteArray wanted = "HOME=" + QFile::encodeName(home);
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        if (pid.toLongLong(&number) <= 0 || !number)
            continue;
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (!cmdline.open(QIODevice::ReadOnly) || cmdline.readAll() != QByteArray("bash\0--norc\0--noprofile\0", 24))
            continue;
        QFile environment(proc.filePath(pid + QStringLiteral("/environ")));
        if (environment.open(QIODevice::ReadOnly) && environment.readAll().split('\0').contains(wanted))
            pids.insert(pid.toUtf8());
    }
    return pids;
}

} // namespace

void TestSshTransport::userCommandsRunAlikeInTheSharedShell_data()
{
    // Each row runs as a user's command (command and shell modules) in the
    // shared shell and on a channel of its own: status, exit code, signal,
    // the bytes and the lines of stdout and stderr must be the same.
    QTest::addColumn<QList<QByteArray>>("argv");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<bool>("sameStderr");
    const QList<QByteArray> none;
    const QByteArray file = QFile::encodeName(m_local.filePath(QStringLiteral("user-bytes")));
    QTest::newRow("true") << QList<QByteArray> {"true"} << QByteArray() << QByteArray() << true;
    QTest::newRow("false") << QList<QByteArray> {"false"} << QByteArray() << QByteArray() << true;
    QTest::newRow("exit 42") << none << QByteArray("exit 42") << QByteArray() << true;
    QTest::newRow("exit 137 is an exit code") << none << QByteArray("exit 137") << QByteArray() << true;
    // The shell that reports it names itself differently (sh, the login shell).
    QTest::newRow("missing program") << QList<QByteArray> {"/no/such/program"} << QByteArray() << QByteArray() << false;
    QTest::newRow("killed by TERM") << none << QByteArray("echo before; kill -TERM $$; echo after") << QByteArray()
                                    << true;
    QTest::newRow("killed by KILL") << none << QByteArray("echo before >&2; kill -KILL $$") << QByteArray() << true;
    QTest::newRow("no final newline") << none << QByteArray("printf 'a\\nno newline'; printf 'e\\nrr' >&2")
                                      << QByteArray() << true;
    QTest::newRow("only newlines") << none << QByteArray("printf '\\n\\n'; printf '\\n' >&2") << QByteArray() << true;
    QTest::newRow("no output") << none << QByteArray("true") << QByteArray() << true;
    QTest::newRow("stdin text") << QList<QByteArray> {"cat"} << QByteArray()
                                << QByteArray("one\n'two' $(three)\n\nEND\n") << true;
    QTest::newRow("reads one line of stdin")
        << none << QByteArray("read a; echo \"got $a\"; cat") << QByteArray("first\nsecond\n") << true;
    QTest::newRow("no stdin: end of input at once")
        << QList<QByteArray> {"cat"} << QByteArray() << QByteArray() << true;
    QTest::newRow("closes stdin") << none << QByteArray("exec 0<&-; cat; echo \"cat: $?\"") << QByteArray("unread\n")
                                  << true;
    QTest::newRow("argv") << QList<QByteArray> {"printf", "%s|", "a b", "'q'", "$(x)", "\\n"} << QByteArray()
                          << QByteArray() << true;
    QTest::newRow("bytes") << QList<QByteArray> {"cat", file} << QByteArray() << QByteArray() << true;
    QTest::newRow("looks like the end marker")
        << none << QByteArray("printf '\\nANTLER-END- 0\\n'; printf '\\nANTLER-END-\\n' >&2; printf '\\nANTLER-EN'")
        << QByteArray() << true;
    QTest::newRow("looks like the pid marker")
        << none << QByteArray("printf 'ANTLER-PID-0 1\\n' >&2; echo out") << QByteArray() << true;
    QTest::newRow("environment") << none << QByteArray("printf '%s|%s|%s' \"$ANTLER_ONE\" \"$ANTLER_TWO\" \"$0\"")
                                 << QByteArray() << true;
    // The whole environment, but for bash's `_` (the last program it ran).
    QTest::newRow("env") << none << QByteArray("env | grep -v '^_=' | sort") << QByteArray() << true;
    QTest::newRow("working directory") << QList<QByteArray> {"pwd"} << QByteArray() << QByteArray() << true;
    QTest::newRow("umask and limits") << none << QByteArray("umask; ulimit -n") << QByteArray() << true;
    QTest::newRow("killed by INT") << none << QByteArray("echo before; kill -INT $$; echo after") << QByteArray()
                                   << true;
    // Stopped, then continued by a child of its own: waited for until it ends.
    QTest::newRow("stopped and continued")
        << none << QByteArray("(sleep 0.3; kill -CONT $$) & kill -STOP $$; echo resumed; wait") << QByteArray() << true;
    QTest::newRow("a process group of its own")
        << none << QByteArray("test \"$(ps -o pgid= -p $$)\" -eq $$ && echo own") << QByteArray() << true;
}

void TestSshTransport::userCommandsRunAlikeInTheSharedShell()
{
    QFETCH(QList<QByteArray>, argv);
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, stdinData);
    QFETCH(bool, sameStderr);
    QFile bytes(m_local.filePath(QStringLiteral("user-bytes")));
    QVERIFY(bytes.open(QIODevice::WriteOnly));
    bytes.write(randomBytes(300 * 1024 + 5));
    bytes.close();
    CommandSpec spec;
    spec.argv = argv;
    spec.script = script;
    spec.stdinData = stdinData;
    spec.environment = {{"ANTLER_ONE", "a b'c$(x)"}, {"ANTLER_TWO", "\n"}};
    const QByteArray shell = userShellPid(*m_transport);
    QVERIFY(!shell.isEmpty());
    const Lines own = runWithLines(*m_transport, userCommand(spec, false));
    const Lines shared = runWithLines(*m_transport, userCommand(spec, true));
    QCOMPARE(shared.result.status, own.result.status);
    QCOMPARE(shared.result.exitCode, own.result.exitCode);
    QCOMPARE(shared.result.exitSignal, own.result.exitSignal);
    QCOMPARE(shared.result.stdoutData, own.result.stdoutData);
    QCOMPARE(shared.out, own.out);
    if (sameStderr) {
        QCOMPARE(shared.result.stderrData, own.result.stderrData);
        QCOMPARE(shared.err, own.err);
    } else {
        QCOMPARE(shared.err.size(), own.err.size());
    }
    // It ran there, and the shell is still the same one.
    QCOMPARE(userShellPid(*m_transport), shell);
}

void TestSshTransport::userCommandRunsInTheSharedShellInASessionOfItsOwn()
{
    // The command's parent is the connection's shell for user commands (bash
    // with job control, not the shell of Antler's own scripts); it leads a
    // process group of its own; $$ is its own.
    const QByteArray shell = userShellPid(*m_transport);
    CommandSpec scripts;
    scripts.script = "echo $$";
    scripts.shareShell = true;
    QVERIFY(runAndWait(*m_transport, scripts).stdoutData.trimmed() != shell);
    CommandSpec spec;
    spec.script = "echo $PPID; ps -o pgid= -p $$; echo $$; cat /proc/$PPID/comm";
    const QList<QByteArray> shared = runAndWait(*m_transport, userCommand(spec, true)).stdoutData.split('\n');
    QCOMPARE(shared.value(0), shell);
    QCOMPARE(shared.value(1).trimmed(), shared.value(2));
    QVERIFY(shared.value(2) != shell);
    QCOMPARE(shared.value(3), QByteArray("bash"));
    // On a channel of its own it has another parent.
    const QList<QByteArray> own = runAndWait(*m_transport, userCommand(spec, false)).stdoutData.split('\n');
    QVERIFY(own.value(0) != shell);
    QCOMPARE(userShellPid(*m_transport), shell);

    // What the shell cannot carry takes a channel: binary stdin, stdin
    // without a final newline, a file to stream.
    spec.script = "echo $PPID; cat >/dev/null";
    spec.stdinData = QByteArray("a\0b\n", 4);
    QVERIFY(runAndWait(*m_transport, userCommand(spec, true)).stdoutData.trimmed() != shell);
    spec.stdinData = "no final newline";
    QVERIFY(runAndWait(*m_transport, userCommand(spec, true)).stdoutData.trimmed() != shell);
    spec.stdinData = "line\n";
    QCOMPARE(runAndWait(*m_transport, userCommand(spec, true)).stdoutData.trimmed(), shell);
}

void TestSshTransport::userCommandLinesArriveLive()
{
    // Each line is only written after the test has seen the one before
    // (the command waits for a file per line), on stdout and stderr, with
    // and without a final newline held back as a possible end marker.
    const QByteArray shell = userShellPid(*m_transport);
    const QByteArray flag = QFile::encodeName(m_local.filePath(QStringLiteral("live-")));
    auto wait = [&flag](int i) { return "while [ ! -e " + flag + QByteArray::number(i) + " ]; do sleep 0.02; done; "; };
    CommandSpec spec;
    spec.script = "echo one; " + wait(1) + "echo warn >&2; " + wait(2) + "printf 'two\\n'; " + wait(3)
        + "printf '\\n\\nfour\\n'; " + wait(6) + "printf five";
    spec.timeoutMs = hangLimitMs;
    CommandJob *job = m_transport->run(userCommand(spec, true));
    job->setAutoDelete(false);
    QList<QByteArray> seen;
    auto saw = [&](const QByteArray &line) {
        seen << line;
        if (!job->isFinished())
            QFile(QString::fromUtf8(flag) + QString::number(seen.size())).open(QIODevice::WriteOnly);
    };
    connect(job, &CommandJob::stdoutLine, this, saw);
    connect(job, &CommandJob::stderrLine, this, saw);
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(job->result().status, Status::Finished);
    QCOMPARE(seen, (QList<QByteArray> {"one", "warn", "two", "", "", "four", "five"}));
    QCOMPARE(job->result().stdoutData, QByteArray("one\ntwo\n\n\nfour\nfive"));
    QCOMPARE(job->result().stderrData, QByteArray("warn\n"));
    delete job;
    QCOMPARE(userShellPid(*m_transport), shell);
}

void TestSshTransport::userCommandTimeoutAndCancelStopOnlyTheCommand()
{
    const QByteArray shell = userShellPid(*m_transport);
    // A sleep whose command line no other process has, in a child that
    // would outlive a stopped shell: the whole process group must go.
    const QByteArray sleep = "sleep 57." + QByteArray::number(QRandomGenerator::global()->generate());
    CommandSpec spec;
    // And one in the background, which the command would leave behind.
    const QByteArray background = "sleep 58." + QByteArray::number(QRandomGenerator::global()->generate());
    spec.script = "echo started; " + background + " & " + sleep + "; echo never";
    spec.timeoutMs = 700;
    const CommandResult timedOut = runAndWait(*m_transport, userCommand(spec, true));
    QCOMPARE(timedOut.status, Status::TimedOut);
    QCOMPARE(timedOut.stdoutData, QByteArray("started\n"));
    QVERIFY2(timedOut.error.contains(QStringLiteral("did not finish within 700 ms")), qPrintable(timedOut.error));
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleep), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(background), 10000);
    // The shell lives on and runs the next command.
    spec.timeoutMs = 0;
    spec.script = "echo $PPID";
    QTRY_COMPARE_WITH_TIMEOUT(userShellPid(*m_transport), shell, 10000);

    spec.script = "echo started; " + sleep;
    CommandJob *job = m_transport->run(userCommand(spec, true));
    job->setAutoDelete(false);
    connect(job, &CommandJob::stdoutLine, job, &CommandJob::cancel);
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(job->result().status, Status::Cancelled);
    delete job;
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleep), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(userShellPid(*m_transport), shell, 10000);
    spec.script = "echo fine";
    QCOMPARE(runAndWait(*m_transport, userCommand(spec, true)).stdoutData, QByteArray("fine\n"));
}

void TestSshTransport::preparedUserShellStartsBeforeTheFirstCommand()
{
    // prepare() opens the connection and starts the shell a user command
    // would run in, running nothing; the first command then runs in it.
    const QString home = m_sshd->dir() + QStringLiteral("/home");
    const QSet<QByteArray> before = userShellsWithHome(home);
    SshTransport transport(m_sshd->settings());
    CommandSpec spec;
    spec.script = "echo $PPID";
    transport.prepare(userCommand(spec, true));
    QSet<QByteArray> started;
    QTRY_VERIFY_WITH_TIMEOUT((started = userShellsWithHome(home) - before).size() == 1, hangLimitMs);
    QCOMPARE(transport.state(), Transport::State::Ready);
    const CommandResult first = runAndWait(transport, userCommand(spec, true));
    QCOMPARE(first.status, Status::Finished);
    QCOMPARE(first.stdoutData.trimmed(), *started.cbegin());
    // Preparing again while it runs starts no other.
    transport.prepare(userCommand(spec, true));
    QCOMPARE(runAndWait(transport, userCommand(spec, true)).stdoutData.trimmed(), *started.cbegin());
    QCOMPARE(userShellsWithHome(home) - before, started);
}

void TestSshTransport::userCommandWithBecomeInTheSharedShell()
{
    QString password;
    if (!requireTestUser(&password))
        QSKIP("the throwaway user antlertest cannot be created here (see the warning above)");
    ConnectionSettings settings = passwordSettings(password);
    SshTransport transport(settings);
    const QByteArray rootShell = userShellPid(transport, true);
    QVERIFY(!rootShell.isEmpty());
    QVERIFY(rootShell != userShellPid(transport));

    CommandSpec spec;
    spec.become = true;
    spec.script = "id -un; echo $PPID; cat; echo \"$ANTLER_ONE\" >&2";
    spec.stdinData = "in\n";
    spec.environment = {{"ANTLER_ONE", "one"}};
    const Lines shared = runWithLines(transport, userCommand(spec, true));
    QCOMPARE(shared.result.status, Status::Finished);
    QCOMPARE(shared.out, (QList<QByteArray> {"root", rootShell, "in"}));
    QCOMPARE(shared.result.stderrData, QByteArray("one\n"));
    const Lines own = runWithLines(transport, userCommand(spec, false));
    QCOMPARE(own.out.value(0), QByteArray("root"));
    QVERIFY(own.out.value(1) != rootShell);
    QCOMPARE(own.result.stderrData, shared.result.stderrData);

    // A root command is stopped (sudo sends the signal) and the shell lives on.
    const QByteArray sleep = "sleep 55." + QByteArray::number(QRandomGenerator::global()->generate());
    spec.stdinData.clear();
    spec.script = "echo started; " + sleep;
    CommandJob *job = transport.run(userCommand(spec, true));
    job->setAutoDelete(false);
    connect(job, &CommandJob::stdoutLine, job, &CommandJob::cancel);
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), hangLimitMs);
    QCOMPARE(job->result().status, Status::Cancelled);
    delete job;
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleep), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(userShellPid(transport, true), rootShell, 10000);
    QVERIFY(!m_sshd->log().contains(password.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
