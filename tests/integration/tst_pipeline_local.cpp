// The local runtime end to end: the real antler CLI drives real moosefacts
// processes on loopback ports, in isolated XDG folders.
#include "FreePort.h"
#include "HttpClient.h"
#include "pipeline/ArtifactDigest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using antler::test::HttpClient;
using antler::test::HttpReply;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString versionDigest(quint16 port)
{
    const HttpReply reply = HttpClient::get(port, "/version");
    if (reply.status != 200)
        return {};
    return QJsonDocument::fromJson(reply.body).object().value(QLatin1String("image_digest")).toString();
}

// The process has exited (a zombie waiting for its parent counts as gone).
bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    return !stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z");
}

// Asks a stage's port for /version without pause on a thread of its own and
// counts every answer that is not one of the expected releases (a refused
// connection, a reset, an error status).
class StagePoller
{
public:
    StagePoller(quint16 port, const QStringList &digests)
        : m_thread([this, port, digests] {
            while (!m_stop) {
                HttpClient client(port);
                QString how;
                HttpReply reply;
                if (!client.connectToServer()) {
                    how = QStringLiteral("not connected: ") + client.socket()->errorString();
                } else {
                    reply = client.request("GET /version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                    if (reply.status == 0)
                        how = QStringLiteral("no answer: ") + client.socket()->errorString();
                }
                const QString digest
                    = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("image_digest")).toString();
                const qsizetype which = digests.indexOf(digest);
                if (reply.status == 200 && which >= 0) {
                    ++m_answered;
                    m_seen[which] = true;
                } else if (m_failed++ == 0) {
                    m_firstFailure = how.isEmpty()
                        ? QStringLiteral("status %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.statusLine))
                        : how;
                }
            }
        })
    {
    }
    ~StagePoller() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int answered() const { return m_answered; }
    int failed() const { return m_failed; }
    bool saw(int index) const { return m_seen[index]; }
    QString report() const
    {
        return QStringLiteral("%1 of %2 requests failed; first: %3")
            .arg(m_failed.load())
            .arg(m_failed + m_answered)
            .arg(m_firstFailure);
    }

private:
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_answered {0};
    std::atomic<int> m_failed {0};
    std::atomic<bool> m_seen[2] {false, false};
    QString m_firstFailure;
    std::thread m_thread;
};

// What a peer of the given user gets from a moosefacts control socket: a
// forked child changes into the socket's folder (while still root), becomes
// uid/gid, connects by the socket's name and sends the request: "take" (the
// stage's listening socket, please) or "adopt" (with a listening socket of
// its own attached: serve the stage from this one). Answers "no connection",
// "refused" (an error answer, nothing handed over, nothing adopted),
// "handed a socket", "adopted" or "other".
QByteArray askAs(uid_t uid, gid_t gid, const QString &controlPath, const QByteArray &request)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(controlPath).absolutePath());
    const QByteArray name = QFile::encodeName(QFileInfo(controlPath).fileName());
    const pid_t child = ::fork();
    if (child < 0)
        return "fork failed";
    if (child == 0) {
        if (::chdir(folder.constData()) != 0 || ::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0
            || ::setuid(uid) != 0)
            ::_exit(20);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
            ::_exit(10);
        timeval timeout {5, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        // For adopt: a listening socket on a port of this user's choosing.
        int offered = -1;
        sockaddr_in bound {};
        if (request == "adopt") {
            offered = ::socket(AF_INET, SOCK_STREAM, 0);
            bound.sin_family = AF_INET;
            bound.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t length = sizeof bound;
            if (offered < 0 || ::bind(offered, reinterpret_cast<const sockaddr *>(&bound), sizeof bound) != 0
                || ::listen(offered, 8) != 0
                || ::getsockname(offered, reinterpret_cast<sockaddr *>(&bound), &length) != 0)
                ::_exit(21);
        }
        char text[16];
        const size_t textLength = size_t(request.size()) + 1;
        std::memcpy(text, request.constData(), textLength - 1);
        text[textLength - 1] = '\n';
        iovec out {text, textLength};
        msghdr sent {};
        sent.msg_iov = &out;
        sent.msg_iovlen = 1;
        alignas(cmsghdr) char attached[CMSG_SPACE(sizeof(int))] = {};
        if (offered >= 0) {
            sent.msg_control = attached;
            sent.msg_controllen = sizeof attached;
            cmsghdr *header = CMSG_FIRSTHDR(&sent);
            header->cmsg_level = SOL_SOCKET;
            header->cmsg_type = SCM_RIGHTS;
            header->cmsg_len = CMSG_LEN(sizeof(int));
            std::memcpy(CMSG_DATA(header), &offered, sizeof(int));
        }
        if (::sendmsg(fd, &sent, MSG_NOSIGNAL) != ssize_t(textLength))
            ::_exit(13);
        char line[512];
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
        iovec io {line, sizeof line};
        msghdr message {};
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(fd, &message, 0);
        if (n <= 0)
            ::_exit(13);
        if (message.msg_controllen > 0 && CMSG_FIRSTHDR(&message))
            ::_exit(12);
        if (offered >= 0) {
            // Once this end is closed, the port answers only if moosefacts
            // kept the socket it was offered.
            ::close(offered);
            const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
            if (::connect(probe, reinterpret_cast<const sockaddr *>(&bound), sizeof bound) == 0)
                ::_exit(14);
        }
        ::_exit(n >= 7 && std::memcmp(line, "error: ", 7) == 0 ? 11 : 13);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    switch (WIFEXITED(status) ? WEXITSTATUS(status) : -1) {
    case 10:
        return "no connection";
    case 11:
        return "refused";
    case 12:
        return "handed a socket";
    case 14:
        return "adopted";
    default:
        return "other";
    }
}

// The permission bits of a path (not following a symbolic link), or -1.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class TestPipelineLocal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullCycleMovesOneDigestThroughEveryStage();
    void brokenBuildIsRolledBackAutomatically();
    void promotionsAreRefusedWithOneReason();
    void rollbackPinsTheStage();
    void killingAntlerMidRolloutLeavesHistoryConsistent();
    void theStagePortAnswersThroughoutARollout();
    void killingAntlerAtEachStepOfAPromotion_data();
    void killingAntlerAtEachStepOfAPromotion();
    void killingAntlerWhileBuildingLosesNothing();
    void controlSocketsAnswerOnlyTheirOwner();
    void aControlSocketOutsideADeepStageFolderStaysPrivate();

private:
    Run antler(const QStringList &arguments, int timeoutMs = 90000);
    QProcess *startAntler(const QStringList &arguments);
    QProcessEnvironment environment() const;
    void writeConfig(const QByteArray &productionExtra = "    gate: {confirm: true}\n",
                     const QByteArray &stagingExtra = {});
    QString build(const QStringList &extra = {});
    QJsonArray historyJson();
    QList<qint64> stagePids() const;
    QString dataDir() const { return m_dataDir.isEmpty() ? m_home->filePath(QStringLiteral("data")) : m_dataDir; }

    std::unique_ptr<QTemporaryDir> m_home;
    quint16 m_ports[3] = {0, 0, 0};
    QString m_dataDir; // empty: data in m_home
    QString m_tempDir; // empty: the system's
};

QProcessEnvironment TestPipelineLocal::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
    if (!m_tempDir.isEmpty())
        env.insert(QStringLiteral("TMPDIR"), m_tempDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("ANTLER_MOOSEFACTS"), QStringLiteral(ANTLER_BINARY_DIR "/server/moosefacts"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("HTTP_PROXY"));
    return env;
}

void TestPipelineLocal::writeConfig(const QByteArray &productionExtra, const QByteArray &stagingExtra)
{
    QDir().mkpath(m_home->filePath(QStringLiteral("config/antler")));
    QFile file(m_home->filePath(QStringLiteral("config/antler/antler.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const char *names[3] = {"test", "staging", "production"};
    QByteArray yaml = "version: 1\nprofile: local\nruntime: local\nstages:\n";
    for (int i = 0; i < 3; ++i) {
        yaml += QByteArray("  - name: ") + names[i]
            + "\n    host: 127.0.0.1\n    port: " + QByteArray::number(m_ports[i]) + "\n    rollout_timeout: 20s\n";
        if (i == 1)
            yaml += stagingExtra;
        if (i == 2)
            yaml += productionExtra;
    }
    file.write(yaml);
}

void TestPipelineLocal::init()
{
    m_dataDir.clear();
    m_tempDir.clear();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (int i = 0; i < 3; ++i) {
        // The kernel may offer a port twice when nothing holds it between calls.
        do {
            m_ports[i] = antler::test::freeLoopbackPort();
            QVERIFY(m_ports[i] != 0);
        } while (std::find(m_ports, m_ports + i, m_ports[i]) != m_ports + i);
    }
    writeConfig();
}

QList<qint64> TestPipelineLocal::stagePids() const
{
    QList<qint64> pids;
    QDirIterator it(dataDir() + QLatin1String("/antler/stages"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const qint64 pid = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pid")).toInteger();
            if (pid > 0 && !pids.contains(pid))
                pids.append(pid);
        }
    }
    return pids;
}

void TestPipelineLocal::cleanup()
{
    if (!m_home)
        return;
    for (const char *stage : {"test", "staging", "production"})
        antler({QStringLiteral("pipeline"), QStringLiteral("stop"), QLatin1String(stage)});
    // Whatever a failed test left behind.
    for (qint64 pid : stagePids())
        ::kill(pid_t(pid), SIGKILL);
    m_home.reset();
}

Run TestPipelineLocal::antler(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ANTLER_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcess *TestPipelineLocal::startAntler(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(ANTLER_EXECUTABLE), arguments);
    return process;
}

QString TestPipelineLocal::build(const QStringList &extra)
{
    const Run run
        = antler(QStringList {QStringLiteral("pipeline"), QStringLiteral("build"), QStringLiteral("--json")} + extra);
    if (run.exitCode != 0) {
        qWarning("build failed: %s", qPrintable(run.err));
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("digest")).toString();
}

QJsonArray TestPipelineLocal::historyJson()
{
    const Run run = antler({QStringLiteral("pipeline"), QStringLiteral("history"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("operations")).toArray();
}

void TestPipelineLocal::fullCycleMovesOneDigestThroughEveryStage()
{
    const QString digest = build();
    QVERIFY(digest.startsWith(QLatin1String("sha256:")));
    // Content-addressed: the folder's content hashes to its name, and a
    // second build of the same sources is the same release.
    QString folder = digest;
    folder.replace(QLatin1Char(':'), QLatin1Char('-'));
    const QString artifact = dataDir() + QLatin1String("/antler/artifacts/") + folder;
    QString error;
    QCOMPARE(antler::pipeline::ArtifactDigest::compute(artifact, &error), digest);
    QCOMPARE(build(), digest);

    Run run = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(digest), qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("[deploy test]")), qPrintable(run.err));

    run = antler(
        {QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("test"), QStringLiteral("staging")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Production asks for confirmation.
    run = antler({QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("staging"),
                  QStringLiteral("production")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QLatin1String("--yes")), qPrintable(run.err));
    QCOMPARE(versionDigest(m_ports[2]), QString());
    run = antler({QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("staging"),
                  QStringLiteral("production"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The CLI has exited; every stage keeps serving the same release.
    for (quint16 port : m_ports) {
        const HttpReply page = HttpClient::get(port, "/");
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").contains("html"));
        const HttpReply fact = HttpClient::get(port, "/api/facts/random");
        QCOMPARE(fact.status, 200);
        QVERIFY(QJsonDocument::fromJson(fact.body).isObject());
        QCOMPARE(versionDigest(port), digest);
    }

    run = antler({QStringLiteral("pipeline"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray stages
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 3);
    for (const QJsonValue value : stages) {
        const QJsonObject stage = value.toObject();
        QCOMPARE(stage.value(QLatin1String("digest")).toString(), digest);
        QCOMPARE(stage.value(QLatin1String("deployed_digest")).toString(), digest);
        QCOMPARE(stage.value(QLatin1String("drift")).toBool(), false);
        QCOMPARE(stage.value(QLatin1String("pinned")).toBool(), false);
        QCOMPARE(stage.value(QLatin1String("state")).toString(), QStringLiteral("up"));
    }

    const QJsonArray history = historyJson();
    QStringList kinds;
    for (const QJsonValue value : history) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("result")).toString() == QLatin1String("succeeded"))
            kinds.prepend(entry.value(QLatin1String("kind")).toString() + QLatin1Char(' ')
                          + entry.value(QLatin1String("stage")).toString());
    }
    QCOMPARE(kinds,
             (QStringList {QStringLiteral("build "), QStringLiteral("build "), QStringLiteral("deploy test"),
                           QStringLiteral("promote staging"), QStringLiteral("promote production")}));
}

void TestPipelineLocal::brokenBuildIsRolledBackAutomatically()
{
    const QString good = build();
    QVERIFY(!good.isEmpty());
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);

    // A backend that cannot become healthy: its facts are not JSON.
    const QString badFacts = m_home->filePath(QStringLiteral("bad-facts.json"));
    QFile file(badFacts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"facts\": [");
    file.close();
    const QString bad = build({QStringLiteral("--facts"), badFacts});
    QVERIFY(!bad.isEmpty());
    QVERIFY(bad != good);

    const Run run = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                            QStringLiteral("--digest"), bad});
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(run.out.startsWith(QLatin1String("rolled-back: ")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("invalid JSON")), qPrintable(run.err));
    QCOMPARE(versionDigest(m_ports[0]), good);

    const QJsonArray history = historyJson();
    const QJsonObject rollback = history.at(0).toObject();
    const QJsonObject deploy = history.at(1).toObject();
    QCOMPARE(rollback.value(QLatin1String("kind")).toString(), QStringLiteral("rollback"));
    QCOMPARE(rollback.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(rollback.value(QLatin1String("digest")).toString(), good);
    QVERIFY(rollback.value(QLatin1String("reason")).toString().contains(QLatin1String("automatic rollback")));
    QCOMPARE(deploy.value(QLatin1String("kind")).toString(), QStringLiteral("deploy"));
    QCOMPARE(deploy.value(QLatin1String("result")).toString(), QStringLiteral("rolled-back"));
    QCOMPARE(deploy.value(QLatin1String("digest")).toString(), bad);
    QVERIFY(deploy.value(QLatin1String("error")).toString().contains(QLatin1String("invalid JSON")));
    QVERIFY(!deploy.value(QLatin1String("log")).toArray().isEmpty());
}

void TestPipelineLocal::promotionsAreRefusedWithOneReason()
{
    writeConfig("    gate: {confirm: true}\n", "    gate: {soak: 1h}\n");
    const QString digest = build();
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);

    // Not soaked long enough for staging's gate.
    Run run = antler(
        {QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("test"), QStringLiteral("staging")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QLatin1String("soak time")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(versionDigest(m_ports[1]), QString());

    writeConfig();
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("test"),
                     QStringLiteral("staging")})
                 .exitCode,
             0);
    // Already there.
    run = antler(
        {QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("test"), QStringLiteral("staging")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QLatin1String("already runs")), qPrintable(run.err));

    // The source is down.
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("stop"), QStringLiteral("staging")}).exitCode, 0);
    QCOMPARE(versionDigest(m_ports[1]), QString());
    run = antler({QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("staging"),
                  QStringLiteral("production"), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QLatin1String("not healthy")), qPrintable(run.err));
    QCOMPARE(versionDigest(m_ports[2]), QString());

    // Every refusal is recorded.
    int refused = 0;
    for (const QJsonValue value : historyJson())
        refused += value.toObject().value(QLatin1String("result")).toString() == QLatin1String("refused");
    QCOMPARE(refused, 3);
    QVERIFY(!digest.isEmpty());
}

void TestPipelineLocal::rollbackPinsTheStage()
{
    const QString first = build();
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);
    const QString otherFacts = m_home->filePath(QStringLiteral("facts.json"));
    QFile file(otherFacts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"id\": 1, \"text\": \"A moose can swim.\"}]");
    file.close();
    const QString second = build({QStringLiteral("--facts"), otherFacts});
    QVERIFY(second != first);
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);
    QCOMPARE(versionDigest(m_ports[0]), second);

    Run run = antler({QStringLiteral("pipeline"), QStringLiteral("rollback"), QStringLiteral("test"),
                      QStringLiteral("--reason"), QStringLiteral("the new facts are wrong")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(versionDigest(m_ports[0]), first);

    run = antler({QStringLiteral("pipeline"), QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonObject test
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("stages")).toArray().at(0).toObject();
    QCOMPARE(test.value(QLatin1String("pinned")).toBool(), true);
    QCOMPARE(test.value(QLatin1String("pin_reason")).toString(), QStringLiteral("the new facts are wrong"));

    // A pinned stage refuses deploys until unpinned.
    run = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                  QStringLiteral("--digest"), second});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QLatin1String("pinned")), qPrintable(run.err));
    QCOMPARE(versionDigest(m_ports[0]), first);
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("unpin"), QStringLiteral("test")}).exitCode, 0);
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                     QStringLiteral("--digest"), second})
                 .exitCode,
             0);
    QCOMPARE(versionDigest(m_ports[0]), second);
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("pin"), QStringLiteral("test")}).exitCode, 0);
    run = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                  QStringLiteral("--digest"), first});
    QCOMPARE(run.exitCode, 6);

    const QJsonObject rollback = [&] {
        for (const QJsonValue value : historyJson()) {
            if (value.toObject().value(QLatin1String("kind")).toString() == QLatin1String("rollback"))
                return value.toObject();
        }
        return QJsonObject();
    }();
    QCOMPARE(rollback.value(QLatin1String("reason")).toString(), QStringLiteral("the new facts are wrong"));
    QCOMPARE(rollback.value(QLatin1String("digest")).toString(), first);
    QCOMPARE(rollback.value(QLatin1String("previous_digest")).toString(), second);
}

void TestPipelineLocal::killingAntlerMidRolloutLeavesHistoryConsistent()
{
    const QString good = build();
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);

    // A backend that takes its time to start, so the rollout is surely
    // under way when antler is killed.
    const QString slow = m_home->filePath(QStringLiteral("slow-moosefacts"));
    QFile script(slow);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nsleep 30\nexec " ANTLER_BINARY_DIR "/server/moosefacts \"$@\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString slowDigest = build({QStringLiteral("--moosefacts"), slow});
    QVERIFY(!slowDigest.isEmpty());

    QProcess *deploy = startAntler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                                    QStringLiteral("--digest"), slowDigest});
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += deploy->readAllStandardError()).contains("started moosefacts"), 20000);
    // One rollout per stage at a time.
    const Run concurrent = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                                   QStringLiteral("--digest"), good});
    QCOMPARE(concurrent.exitCode, 2);
    QVERIFY2(concurrent.err.contains(QLatin1String("another rollout to test is running")), qPrintable(concurrent.err));
    ::kill(pid_t(deploy->processId()), SIGKILL);
    QVERIFY(deploy->waitForFinished(10000));
    QCOMPARE(deploy->exitStatus(), QProcess::CrashExit);

    // The stage still serves the release that ran before.
    QCOMPARE(versionDigest(m_ports[0]), good);

    const Run run = antler({QStringLiteral("pipeline"), QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("interrupted")), qPrintable(run.err));
    QJsonObject last;
    for (const QJsonValue value :
         QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("operations")).toArray()) {
        if (value.toObject().value(QLatin1String("digest")).toString() == slowDigest
            && value.toObject().value(QLatin1String("kind")).toString() == QLatin1String("deploy")) {
            last = value.toObject();
            break;
        }
    }
    QCOMPARE(last.value(QLatin1String("kind")).toString(), QStringLiteral("deploy"));
    QCOMPARE(last.value(QLatin1String("digest")).toString(), slowDigest);
    QCOMPARE(last.value(QLatin1String("result")).toString(), QStringLiteral("interrupted"));
    QVERIFY(last.value(QLatin1String("log")).toArray().size() > 0);
    // Shown once: the next start finds nothing new.
    QVERIFY(
        !antler({QStringLiteral("pipeline"), QStringLiteral("history")}).err.contains(QLatin1String("interrupted")));

    // The interrupted rollout's process is cleaned up by the next rollout.
    const QList<qint64> before = stagePids();
    QVERIFY(before.size() >= 2);
    const Run again = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                              QStringLiteral("--digest"), good});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.err.contains(QLatin1String("left over from an interrupted rollout")), qPrintable(again.err));
    const QList<qint64> after = stagePids();
    for (qint64 pid : before) {
        if (!after.contains(pid))
            QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
    }
    QCOMPARE(after.size(), 1);
    QCOMPARE(versionDigest(m_ports[0]), good);
}

void TestPipelineLocal::theStagePortAnswersThroughoutARollout()
{
    const QString first = build();
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);
    const QString otherFacts = m_home->filePath(QStringLiteral("facts.json"));
    QFile file(otherFacts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"id\": 1, \"text\": \"A moose can swim.\"}]");
    file.close();
    const QString second = build({QStringLiteral("--facts"), otherFacts});

    const quint16 port = m_ports[0];
    StagePoller poller(port, {first, second});
    bool deploysOk = true;
    for (const QString &digest : {second, first, second}) {
        const Run run = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test"),
                                QStringLiteral("--digest"), digest});
        deploysOk = deploysOk && run.exitCode == 0;
    }
    poller.stop();
    QVERIFY(deploysOk);
    QVERIFY2(poller.failed() == 0, qPrintable(poller.report()));
    QVERIFY(poller.answered() > 0);
    QVERIFY(poller.saw(0) && poller.saw(1));
    qInfo("%d requests answered during three rollouts, none refused", poller.answered());
    QCOMPARE(versionDigest(port), second);
}

void TestPipelineLocal::killingAntlerAtEachStepOfAPromotion_data()
{
    // The progress line after which antler is killed: while the new release
    // starts, while it is checked on its private port, right after it took
    // the stage's socket, and while the previous release drains (the result
    // is recorded in one SQLite transaction right after), and while it
    // records in History: the test takes History's write lock when the drain
    // starts, so antler's next write waits for it and is killed waiting.
    QTest::addColumn<QByteArray>("killAfter");
    QTest::addColumn<bool>("holdHistory");
    QTest::newRow("starting the new release") << QByteArray("[deploy staging] started moosefacts") << false;
    QTest::newRow("checking it privately") << QByteArray("on its private port") << false;
    QTest::newRow("right after the socket handover") << QByteArray("now serves 127.0.0.1") << false;
    QTest::newRow("while the old release drains") << QByteArray("draining the previous moosefacts") << false;
    QTest::newRow("while recording in History") << QByteArray("draining the previous moosefacts") << true;
}

void TestPipelineLocal::killingAntlerAtEachStepOfAPromotion()
{
    QFETCH(QByteArray, killAfter);
    QFETCH(bool, holdHistory);
    // staging runs the old release, test the new one.
    const QString old = build();
    QVERIFY(!old.isEmpty());
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("staging")}).exitCode, 0);
    const QString otherFacts = m_home->filePath(QStringLiteral("facts.json"));
    QFile file(otherFacts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"id\": 1, \"text\": \"A moose can run at 55 km/h.\"}]");
    file.close();
    const QString next = build({QStringLiteral("--facts"), otherFacts});
    QVERIFY(!next.isEmpty() && next != old);
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);
    QCOMPARE(versionDigest(m_ports[1]), old);

    StagePoller poller(m_ports[1], {old, next});
    QProcess *promote = startAntler(
        {QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("test"), QStringLiteral("staging")});
    QByteArray progress;
    QTRY_VERIFY2_WITH_TIMEOUT((progress += promote->readAllStandardError()).contains(killAfter), progress.constData(),
                              30000);
    const QString lockConnection = QStringLiteral("history-writer");
    const auto releaseHistory = [&lockConnection] {
        if (!QSqlDatabase::contains(lockConnection))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(lockConnection, false);
            if (db.isOpen())
                db.rollback();
            db.close();
        }
        QSqlDatabase::removeDatabase(lockConnection);
    };
    auto releaseOnFailure = qScopeGuard(releaseHistory);
    if (holdHistory) {
        // Another writer holds History: antler's next write waits for it
        // (SQLite's busy timeout, 5 s) and is killed while it waits.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockConnection);
        db.setDatabaseName(dataDir() + QStringLiteral("/antler/history.sqlite"));
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QTest::qWait(1000);
        QVERIFY2(promote->state() == QProcess::Running,
                 qPrintable(QString::number(promote->exitCode()) + QLatin1Char(' ')
                            + QString::fromUtf8(progress + promote->readAllStandardError()
                                                + promote->readAllStandardOutput())));
    }
    ::kill(pid_t(promote->processId()), SIGKILL);
    QVERIFY(promote->waitForFinished(10000));
    QCOMPARE(promote->exitStatus(), QProcess::CrashExit);
    releaseHistory();

    // The stage serves the old or the new release, and keeps doing so.
    const QString serving = versionDigest(m_ports[1]);
    QVERIFY2(serving == old || serving == next, qPrintable(serving));
    QTest::qWait(300);

    const QJsonArray operations = historyJson();
    QVERIFY(!operations.isEmpty());
    const QJsonObject last = operations.at(0).toObject();
    QCOMPARE(last.value(QLatin1String("kind")).toString(), QStringLiteral("promote"));
    QCOMPARE(last.value(QLatin1String("result")).toString(), QStringLiteral("interrupted"));

    // Running the promotion again succeeds and leaves one process on the stage.
    const Run again = antler(
        {QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("test"), QStringLiteral("staging")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    poller.stop();
    QCOMPARE(versionDigest(m_ports[1]), next);
    QVERIFY(poller.answered() > 0);
    // Not one request refused, reset or answered with an error from before
    // the kill to the end of the second promotion. (A draining release left
    // over by the kill is stopped again by the second promotion; that second
    // SIGTERM once made it exit at once, dropping what it was answering.)
    QVERIFY2(poller.failed() == 0, qPrintable(poller.report()));
    qInfo("killed after “%s” (then serving %s): %d requests answered, none refused", killAfter.constData(),
          serving == old ? "the old release" : "the new release", poller.answered());
}

void TestPipelineLocal::killingAntlerWhileBuildingLosesNothing()
{
    // The first step of a release: a build. Its moosefacts program here is a
    // named pipe nobody writes to, so the copy into the artifact blocks
    // until antler is killed, whenever that is.
    const QString good = build();
    QVERIFY(!good.isEmpty());
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);
    const QString pipe = m_home->filePath(QStringLiteral("moosefacts-pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0755), 0);
    QProcess *building
        = startAntler({QStringLiteral("pipeline"), QStringLiteral("build"), QStringLiteral("--moosefacts"), pipe});
    QByteArray progress;
    QTRY_VERIFY2_WITH_TIMEOUT((progress += building->readAllStandardError()).contains("building a local artifact"),
                              progress.constData(), 30000);
    ::kill(pid_t(building->processId()), SIGKILL);
    QVERIFY(building->waitForFinished(10000));
    QCOMPARE(building->exitStatus(), QProcess::CrashExit);

    // The stage is untouched; History names the build interrupted.
    QCOMPARE(versionDigest(m_ports[0]), good);
    const QJsonArray operations = historyJson();
    QVERIFY(!operations.isEmpty());
    QCOMPARE(operations.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("build"));
    QCOMPARE(operations.at(0).toObject().value(QLatin1String("result")).toString(), QStringLiteral("interrupted"));
    // No half-made artifact: every one there is whole (its content hashes
    // to its name); what the killed build had copied stays in a hidden
    // .build- folder that no command takes for a release.
    int artifacts = 0;
    const QDir store(dataDir() + QStringLiteral("/antler/artifacts"));
    const auto unfinished = [&store] {
        return store.entryList({QStringLiteral(".build-*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    QCOMPARE(unfinished().size(), 1);
    for (const QString &name : store.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QString digest = name;
        digest.replace(QLatin1String("sha256-"), QLatin1String("sha256:"));
        QString error;
        QCOMPARE(antler::pipeline::ArtifactDigest::compute(store.filePath(name), &error), digest);
        ++artifacts;
    }
    QCOMPARE(artifacts, 1);

    // Building again succeeds: the same sources are the same release. The
    // killed build's folder is gone, and the log says so.
    const QString leftOver = store.filePath(unfinished().constFirst());
    const Run again = antler({QStringLiteral("pipeline"), QStringLiteral("build")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.err.contains(leftOver), qPrintable(again.err));
    QVERIFY(unfinished().isEmpty());
    QCOMPARE(build(), good);
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);
    QCOMPARE(versionDigest(m_ports[0]), good);
}

void TestPipelineLocal::controlSocketsAnswerOnlyTheirOwner()
{
    // The usual umask, as a user's shell has it: the modes below are
    // antler's and moosefacts' doing, not a strict umask's.
    const mode_t previousUmask = ::umask(022);
    auto restoreUmask = qScopeGuard([previousUmask] { ::umask(previousUmask); });
    const QString digest = build();
    QVERIFY(!digest.isEmpty());
    QCOMPARE(antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")}).exitCode, 0);
    const QString stageDir = dataDir() + QStringLiteral("/antler/stages/test");
    QFile current(stageDir + QStringLiteral("/current.json"));
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QString control
        = QJsonDocument::fromJson(current.readAll()).object().value(QLatin1String("control")).toString();
    QVERIFY(!control.isEmpty());

    // History is 0600 in a 0700 folder; the stage's folder, where its
    // control socket is, is 0700 and the socket 0600.
    QCOMPARE(modeOf(dataDir() + QStringLiteral("/antler/history.sqlite")), 0600);
    QCOMPARE(modeOf(dataDir() + QStringLiteral("/antler")), 0700);
    QCOMPARE(QFileInfo(control).absolutePath(), stageDir);
    QCOMPARE(modeOf(stageDir), 0700);
    struct stat info
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(control).constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    QCOMPARE(modeOf(control), 0600);
    QCOMPARE(info.st_uid, ::getuid());

    // Another local user: with the modes as they are it cannot even connect.
    if (::getuid() != 0)
        QSKIP("the modes are checked; trying as another user needs root to switch to one");
    // Only the test's thread reads the user database, so getpwnam's static
    // result cannot be overwritten under it.
    // NOLINTNEXTLINE(concurrency-mt-unsafe)
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        QSKIP("the modes are checked; there is no user nobody to try as");
    const uid_t otherUid = nobody->pw_uid;
    const gid_t otherGid = nobody->pw_gid;
    QVERIFY(otherUid != ::getuid());
    QCOMPARE(askAs(otherUid, otherGid, control, "take"), QByteArray("no connection"));
    QCOMPARE(askAs(otherUid, otherGid, control, "adopt"), QByteArray("no connection"));

    // With the modes loosened (a mistake, a copied folder) it connects, and
    // moosefacts refuses it by its peer credentials: it neither hands the
    // stage's socket over nor takes one from it.
    QCOMPARE(::chmod(QFile::encodeName(stageDir).constData(), 0711), 0);
    QCOMPARE(::chmod(QFile::encodeName(control).constData(), 0666), 0);
    const QByteArray taken = askAs(otherUid, otherGid, control, "take");
    const QByteArray adopted = askAs(otherUid, otherGid, control, "adopt");
    QCOMPARE(::chmod(QFile::encodeName(control).constData(), 0600), 0);
    QCOMPARE(::chmod(QFile::encodeName(stageDir).constData(), 0700), 0);
    QCOMPARE(taken, QByteArray("refused"));
    QCOMPARE(adopted, QByteArray("refused"));

    // The owner is still answered, and the stage still serves its release.
    QCOMPARE(askAs(::getuid(), ::getgid(), control, "take"), QByteArray("handed a socket"));
    QCOMPARE(versionDigest(m_ports[0]), digest);
}

void TestPipelineLocal::aControlSocketOutsideADeepStageFolderStaysPrivate()
{
    // A data folder so deep that a socket in the stage's folder would not
    // fit a sockaddr_un: the socket goes to a folder of the user's own in
    // the temporary folder; one that another user made first is not used.
    const mode_t previousUmask = ::umask(022);
    auto restoreUmask = qScopeGuard([previousUmask] { ::umask(previousUmask); });
    m_dataDir = m_home->filePath(QStringLiteral("data/") + QString(60, QLatin1Char('d')) + QLatin1Char('/')
                                 + QString(60, QLatin1Char('e')));
    m_tempDir = m_home->filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_tempDir));
    QCOMPARE(::chmod(QFile::encodeName(m_tempDir).constData(), 01777), 0);
    const QString squatted = m_tempDir + QStringLiteral("/antler-%1").arg(::getuid());
    // NOLINTNEXTLINE(concurrency-mt-unsafe): only the test's thread reads the user database
    const passwd *nobody = ::getuid() == 0 ? ::getpwnam("nobody") : nullptr;
    if (nobody) {
        QCOMPARE(::mkdir(QFile::encodeName(squatted).constData(), 0777), 0);
        QCOMPARE(::chmod(QFile::encodeName(squatted).constData(), 0777), 0);
        QCOMPARE(::chown(QFile::encodeName(squatted).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    }

    const QString digest = build();
    QVERIFY(!digest.isEmpty());
    const Run deployed = antler({QStringLiteral("pipeline"), QStringLiteral("deploy"), QStringLiteral("test")});
    QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.err));
    QCOMPARE(versionDigest(m_ports[0]), digest);
    QFile current(dataDir() + QStringLiteral("/antler/stages/test/current.json"));
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QString control
        = QJsonDocument::fromJson(current.readAll()).object().value(QLatin1String("control")).toString();
    QVERIFY2(control.startsWith(m_tempDir + QStringLiteral("/antler-")), qPrintable(control));
    const QString folder = QFileInfo(control).absolutePath();
    struct stat info
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &info), 0);
    QVERIFY(S_ISDIR(info.st_mode));
    QCOMPARE(info.st_uid, ::getuid());
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(control), 0600);
    if (nobody) {
        QVERIFY2(folder != squatted, qPrintable(folder));
        QVERIFY(QDir(squatted).isEmpty());
        // And the socket there answers its owner alone.
        QCOMPARE(askAs(nobody->pw_uid, nobody->pw_gid, control, "take"), QByteArray("no connection"));
    }
    QCOMPARE(askAs(::getuid(), ::getgid(), control, "take"), QByteArray("handed a socket"));
}

QTEST_GUILESS_MAIN(TestPipelineLocal)
#include "tst_pipeline_local.moc"
