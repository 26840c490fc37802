// Secrets through whole headless sessions of the real antler binary: an SSH
// password and a become password (the throwaway user's, over a real sshd),
// a key passphrase typed at antler's terminal prompt (a pseudo-terminal
// here), a no_log task handling a secret of its own, and a health webhook
// whose URL carries a token. While antler runs, every process's command
// line is read again and again; afterwards every file antler could have
// written (settings, History and health databases, the retry file,
// temporary files) and everything it printed (console output, the --json
// event stream, every debug line of every category) is searched for each
// secret. None may appear. The inputs that hold them by design (the
// inventory, the vars file, notifications.yaml) are the only exceptions.
// Last, the files that hold secrets (known_hosts, History, the window's
// settings), each made by antler in a fresh home, must be 0600 in 0700
// folders.
#include "SshdFixture.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using antler::test::SshdFixture;

namespace {

QByteArray randomToken(const char *prefix)
{
    QByteArray token(prefix);
    for (int i = 0; i < 24; ++i)
        token += "abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::global()->bounded(36)];
    return token;
}

// Reads every process's command line until stopped; remembers the first
// one that holds any of the secrets.
class CommandLineWatch
{
public:
    explicit CommandLineWatch(const QList<QByteArray> &secrets)
        : m_thread([this, secrets] {
            while (!m_stop) {
                for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
                    if (!file.open(QIODevice::ReadOnly))
                        continue;
                    const QByteArray line = file.readAll();
                    for (const QByteArray &secret : secrets) {
                        if (line.contains(secret) && m_found.isEmpty()) {
                            QByteArray shown = line;
                            shown.replace('\0', ' ');
                            m_found = "process " + pid.toUtf8() + ": " + shown;
                        }
                    }
                }
                ++m_rounds;
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        })
    {
    }
    ~CommandLineWatch() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QByteArray found() const { return m_found; }
    int rounds() const { return m_rounds; }

private:
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_rounds {0};
    QByteArray m_found;
    std::thread m_thread;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray terminal;
    int prompts = 0;
};

// Runs antler with a pseudo-terminal as its controlling terminal (where it
// asks for passphrases) and standard output and error in files; answers
// every passphrase prompt with answer.
Run runOnTerminal(const QStringList &arguments, const QProcessEnvironment &environment, const QString &workDir,
                  const QByteArray &answer, int timeoutMs)
{
    Run run;
    const QByteArray outPath = QFile::encodeName(workDir + QStringLiteral("/antler.out"));
    const QByteArray errPath = QFile::encodeName(workDir + QStringLiteral("/antler.err"));
    QList<QByteArray> argv {QByteArrayLiteral(ANTLER_EXECUTABLE)};
    for (const QString &argument : arguments)
        argv.append(argument.toLocal8Bit());
    QList<QByteArray> envp;
    for (const QString &entry : environment.toStringList())
        envp.append(entry.toLocal8Bit());
    std::vector<char *> rawArgv;
    for (QByteArray &a : argv)
        rawArgv.push_back(a.data());
    rawArgv.push_back(nullptr);
    std::vector<char *> rawEnvp;
    for (QByteArray &e : envp)
        rawEnvp.push_back(e.data());
    rawEnvp.push_back(nullptr);
    const QByteArray dir = QFile::encodeName(workDir);

    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return run;
    if (pid == 0) {
        const int out = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (::chdir(dir.constData()) != 0)
            ::_exit(126);
        ::execve(rawArgv[0], rawArgv.data(), rawEnvp.data());
        ::_exit(127);
    }
    QDeadlineTimer deadline(timeoutMs);
    int status = 0;
    bool exited = false;
    while (!exited && !deadline.hasExpired()) {
        pollfd fd {master, POLLIN, 0};
        if (::poll(&fd, 1, 50) > 0) {
            char buffer[512];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n > 0) {
                run.terminal.append(buffer, n);
                if (run.terminal.count("assphrase") > run.prompts) {
                    ++run.prompts;
                    const QByteArray line = answer + '\n';
                    if (::write(master, line.constData(), size_t(line.size())) != line.size())
                        break;
                }
            }
        }
        exited = ::waitpid(pid, &status, WNOHANG) == pid;
    }
    if (!exited) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ::close(master);
    if (exited && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    QFile out(QFile::decodeName(outPath));
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    QFile err(QFile::decodeName(errPath));
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll();
    QFile::remove(QFile::decodeName(outPath));
    QFile::remove(QFile::decodeName(errPath));
    return run;
}

// Every readable file under root (except those named in skip) that holds
// one of the secrets, as "path: secret".
QStringList filesHolding(const QString &root, const QList<QByteArray> &secrets, const QStringList &skip, int *searched)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (skip.contains(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++*searched;
        const QByteArray content = file.read(64 * 1024 * 1024);
        for (const QByteArray &secret : secrets) {
            if (content.contains(secret))
                found.append(path + QStringLiteral(": ") + QString::fromUtf8(secret));
        }
    }
    return found;
}

} // namespace

class TestSecretsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aPlaybookSessionLeaksNoSecret();
    void aWebhookTokenLeaksNowhere();
    void filesWithSecretsAreTheOwnersAlone();

private:
    QProcessEnvironment environment() const;
    QString write(const QString &name, const QByteArray &content);
    void searchEverywhere(const QList<QByteArray> &secrets, const QStringList &inputs);

    QString m_skipReason;
    QString m_password;
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<QTemporaryDir> m_home;
    QDateTime m_started;
};

void TestSecretsCli::initTestCase()
{
    m_started = QDateTime::currentDateTime().addSecs(-1);
    m_skipReason = SshdFixture::unavailableReason();
    if (!m_skipReason.isEmpty())
        return;
    QString reason;
    if (!SshdFixture::ensureTestUser(&m_password, &reason)) {
        m_skipReason = reason;
        return;
    }
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *folder : {"home/.ssh", "config", "data", "cache", "tmp", "work", "scratch"})
        QVERIFY(QDir().mkpath(m_home->filePath(QLatin1String(folder))));
    m_sshd = std::make_unique<SshdFixture>();
    QVERIFY2(m_sshd->start(&reason), qPrintable(reason));
    QVERIFY(QFile::copy(m_sshd->knownHostsPath(), m_home->filePath(QStringLiteral("home/.ssh/known_hosts"))));
}

QProcessEnvironment TestSecretsCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SSH_AUTH_SOCK"})
        env.remove(QLatin1String(variable));
    env.insert(QStringLiteral("HOME"), m_home->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), m_home->filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Every debug line of every category, to be searched too.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    return env;
}

QString TestSecretsCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home->filePath(QStringLiteral("work/") + name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// The files antler may have written: its folders (settings, History, the
// health history, retry files, temporary files) and whatever appeared in
// the system's temporary folder since the test began.
void TestSecretsCli::searchEverywhere(const QList<QByteArray> &secrets, const QStringList &inputs)
{
    int searched = 0;
    QStringList found;
    for (const char *folder : {"home", "config", "data", "cache", "tmp", "work"})
        found += filesHolding(m_home->filePath(QLatin1String(folder)), secrets, inputs, &searched);
    QDirIterator it(QDir::tempPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(m_home->path()) || QFileInfo(path).lastModified() < m_started)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++searched;
        const QByteArray content = file.read(16 * 1024 * 1024);
        for (const QByteArray &secret : secrets) {
            if (content.contains(secret))
                found.append(path);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(searched > 0);
}

void TestSecretsCli::aPlaybookSessionLeaksNoSecret()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const QByteArray passphrase = randomToken("passphrase-");
    const QByteArray noLogSecret = randomToken("nolog-");
    const QByteArray password = m_password.toUtf8();

    // A key of its own, protected by the passphrase, authorized for root.
    const QString key = m_home->filePath(QStringLiteral("home/.ssh/id_protected"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString::fromUtf8(passphrase), QStringLiteral("-f"), key});
    QVERIFY(keygen.waitForFinished(20000) && keygen.exitCode() == 0);
    QFile publicKey(key + QStringLiteral(".pub"));
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    QFile authorized(m_sshd->dir() + QStringLiteral("/authorized_keys"));
    QVERIFY(authorized.open(QIODevice::Append));
    authorized.write(publicKey.readAll());
    authorized.close();

    // The inventory (YAML, written as JSON so any password quotes right)
    // holds the SSH and become passwords; the vars file the no_log secret.
    const QString scratch = m_home->filePath(QStringLiteral("scratch"));
    const QJsonObject hosts {
        {QStringLiteral("bypassword"),
         QJsonObject {{QStringLiteral("ansible_host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("ansible_port"), m_sshd->port()},
                      {QStringLiteral("ansible_user"), SshdFixture::testUser()},
                      {QStringLiteral("ansible_password"), m_password},
                      {QStringLiteral("ansible_become_password"), m_password}}},
        {QStringLiteral("bykey"),
         QJsonObject {{QStringLiteral("ansible_host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("ansible_port"), m_sshd->port()},
                      {QStringLiteral("ansible_user"), QStringLiteral("root")},
                      {QStringLiteral("ansible_ssh_private_key_file"), key}}},
        // Unreachable, so a retry file is written.
        {QStringLiteral("gone"),
         QJsonObject {{QStringLiteral("ansible_host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("ansible_port"), 1},
                      {QStringLiteral("ansible_user"), QStringLiteral("root")},
                      {QStringLiteral("ansible_password"), m_password}}},
    };
    const QJsonObject inventory {
        {QStringLiteral("all"),
         QJsonObject {{QStringLiteral("hosts"), hosts},
                      {QStringLiteral("vars"), QJsonObject {{QStringLiteral("scratch"), scratch}}}}}};
    const QString inventoryPath = write(QStringLiteral("hosts.yml"), QJsonDocument(inventory).toJson());
    const QString varsPath
        = write(QStringLiteral("secrets.yml"),
                QJsonDocument(QJsonObject {{QStringLiteral("nolog_secret"), QString::fromUtf8(noLogSecret)}}).toJson());
    const QString playbook = write(QStringLiteral("site.yml"),
                                   "- name: With passwords\n"
                                   "  hosts: bypassword:gone\n"
                                   "  gather_facts: false\n"
                                   "  become: true\n"
                                   "  tasks:\n"
                                   "    - name: Who am I\n"
                                   "      command: id -un\n"
                                   "    - name: Keep a secret\n"
                                   "      copy:\n"
                                   "        content: \"{{ nolog_secret }}\"\n"
                                   "        dest: \"{{ scratch }}/kept\"\n"
                                   "      no_log: true\n"
                                   "    - name: Show a secret, censored\n"
                                   "      debug:\n"
                                   "        var: nolog_secret\n"
                                   "      no_log: true\n"
                                   "    - name: Fail with a secret, censored\n"
                                   "      fail:\n"
                                   "        msg: \"{{ nolog_secret }}\"\n"
                                   "      no_log: true\n"
                                   "      ignore_errors: true\n"
                                   "- name: With a protected key\n"
                                   "  hosts: bykey\n"
                                   "  gather_facts: false\n"
                                   "  tasks:\n"
                                   "    - name: Reach it\n"
                                   "      command: echo by key\n");
    QVERIFY(!inventoryPath.isEmpty() && !varsPath.isEmpty() && !playbook.isEmpty());

    const QList<QByteArray> secrets {password, passphrase, noLogSecret};
    CommandLineWatch watch(secrets);
    QByteArray printed;
    int promptsAnswered = 0;
    for (const bool json : {false, true}) {
        QStringList arguments {QStringLiteral("--run-playbook"),
                               playbook,
                               QStringLiteral("-i"),
                               inventoryPath,
                               QStringLiteral("-e"),
                               QLatin1Char('@') + varsPath,
                               QStringLiteral("-vvv")};
        if (json)
            arguments.append(QStringLiteral("--json"));
        const Run run
            = runOnTerminal(arguments, environment(), m_home->filePath(QStringLiteral("work")), passphrase, 120000);
        QVERIFY2(run.exitCode == 4, qPrintable(QString::fromUtf8(run.out + run.err + run.terminal)));
        promptsAnswered += run.prompts;
        printed += run.out + run.err + run.terminal;
        if (json) {
            QVERIFY(run.out.contains("\"bykey\""));
        } else {
            QVERIFY2(run.out.contains("by key"), run.out.constData());
            QVERIFY2(run.out.contains("censored"), run.out.constData());
        }
    }
    watch.stop();
    // Every secret was really used: the key needed its passphrase, the
    // become password made the task run as root, the no_log task wrote.
    QVERIFY(promptsAnswered >= 2);
    QFile kept(scratch + QStringLiteral("/kept"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), noLogSecret);
    QVERIFY2(printed.contains("debug"), "the debug lines were not printed");
    QFile retry(m_home->filePath(QStringLiteral("cache/antler/retry/site.retry")));
    QVERIFY2(retry.exists(), qPrintable(retry.fileName()));

    for (const QByteArray &secret : secrets)
        QVERIFY2(!printed.contains(secret), "a secret is in antler's output, event stream or debug lines");
    QVERIFY2(watch.found().isEmpty(), watch.found().constData());
    QVERIFY(watch.rounds() > 10);
    searchEverywhere(secrets, {inventoryPath, varsPath, key, scratch + QStringLiteral("/kept")});
    qInfo("3 secrets, 2 runs (text and --json), %d passphrase prompts answered, %d rounds over /proc/*/cmdline: "
          "none found",
          promptsAnswered, watch.rounds());
}

void TestSecretsCli::aWebhookTokenLeaksNowhere()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const QByteArray token = randomToken("token-");
    // A receiver that takes each notification and answers 500, so antler
    // also reports the failure, the message most likely to show the URL.
    QTcpServer receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&receiver, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = receiver.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
                received += socket->readAll();
                if (received.contains("\r\n\r\n") && received.contains("\"stage\"")) {
                    socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: "
                                  "close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        }
    });
    // One stage on a port where nothing listens: it goes down at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 downPort = closed.serverPort();
    closed.close();
    const QString config = write(QStringLiteral("antler.yaml"),
                                 "version: 1\nprofile: custom\nstages:\n  - name: test\n    runtime: local\n"
                                 "    host: 127.0.0.1\n    port: "
                                     + QByteArray::number(downPort) + "\n");
    const QString notifications
        = write(QStringLiteral("notifications.yaml"),
                "notifications:\n  webhook: http://127.0.0.1:" + QByteArray::number(receiver.serverPort()) + "/hooks/"
                    + token + "?token=" + token + "\n");
    QVERIFY(!config.isEmpty() && !notifications.isEmpty());

    CommandLineWatch watch({token});
    QProcess antler;
    antler.setProcessEnvironment(environment());
    antler.setWorkingDirectory(m_home->filePath(QStringLiteral("work")));
    antler.start(QStringLiteral(ANTLER_EXECUTABLE),
                 {QStringLiteral("status"), QStringLiteral("--watch"), QStringLiteral("--config"), config});
    QVERIFY(antler.waitForStarted());
    QByteArray printed;
    // Delivered (and refused) once, then given time to report the failure.
    QTRY_VERIFY_WITH_TIMEOUT(
        (printed += antler.readAllStandardOutput() + antler.readAllStandardError(), received.contains("\"stage\"")),
        60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        (printed += antler.readAllStandardOutput() + antler.readAllStandardError(), printed.contains("webhook")),
        30000);
    ::kill(pid_t(antler.processId()), SIGINT);
    if (!antler.waitForFinished(10000)) {
        antler.kill();
        antler.waitForFinished();
    }
    printed += antler.readAllStandardOutput() + antler.readAllStandardError();
    watch.stop();
    // The token really was used: it is in the request the receiver got.
    QVERIFY2(received.contains("/hooks/" + token), received.constData());
    QVERIFY2(printed.contains("webhook"), printed.constData());
    QVERIFY2(!printed.contains(token), printed.constData());
    QVERIFY2(watch.found().isEmpty(), watch.found().constData());
    searchEverywhere({token}, {notifications});
}

namespace {

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

// The files that hold something sensitive, each written by the real antler
// into a home where none of them exists yet, under the usual umask (022):
// known_hosts (a new host key accepted), History (a pipeline command),
// the window's settings (the webhook's token lives there; the window opened
// on a profile it remembers). Each is 0600 in a 0700 folder.
void TestSecretsCli::filesWithSecretsAreTheOwnersAlone()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const mode_t previousUmask = ::umask(022);
    auto restoreUmask = qScopeGuard([previousUmask] { ::umask(previousUmask); });
    QTemporaryDir fresh;
    QVERIFY(fresh.isValid());
    for (const char *folder : {"home", "tmp", "work"})
        QVERIFY(QDir().mkpath(fresh.filePath(QLatin1String(folder))));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOME"), fresh.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), fresh.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), fresh.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), fresh.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), fresh.filePath(QStringLiteral("tmp")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    auto run = [&](const QStringList &arguments, const QProcessEnvironment &environment) {
        QProcess antler;
        antler.setProcessEnvironment(environment);
        antler.setWorkingDirectory(fresh.filePath(QStringLiteral("work")));
        antler.start(QStringLiteral(ANTLER_EXECUTABLE), arguments);
        if (!antler.waitForFinished(120000)) {
            antler.kill();
            antler.waitForFinished();
            return QStringLiteral("did not finish");
        }
        const QString printed = QString::fromUtf8(antler.readAllStandardOutput() + antler.readAllStandardError());
        return antler.exitStatus() == QProcess::NormalExit && antler.exitCode() == 0 ? QString() : printed;
    };
    auto written = [&](const QString &name, const QByteArray &content) {
        QFile file(fresh.filePath(QStringLiteral("work/") + name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? file.fileName() : QString();
    };

    // known_hosts: a host whose key is new, accepted.
    const QString inventory = written(
        QStringLiteral("hosts.yml"),
        QJsonDocument(
            QJsonObject {{QStringLiteral("all"),
                          QJsonObject {{QStringLiteral("hosts"),
                                        QJsonObject {{QStringLiteral("pi"),
                                                      QJsonObject {
                                                          {QStringLiteral("ansible_host"), QStringLiteral("127.0.0.1")},
                                                          {QStringLiteral("ansible_port"), m_sshd->port()},
                                                          {QStringLiteral("ansible_user"), SshdFixture::testUser()},
                                                          {QStringLiteral("ansible_password"), m_password},
                                                      }}}}}}})
            .toJson());
    const QString playbook = written(QStringLiteral("site.yml"),
                                     "- hosts: pi\n"
                                     "  gather_facts: false\n"
                                     "  tasks:\n"
                                     "    - command: \"true\"\n");
    QVERIFY(!inventory.isEmpty() && !playbook.isEmpty());
    QString problem = run({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory,
                           QStringLiteral("--accept-new-host-keys")},
                          env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString knownHosts = fresh.filePath(QStringLiteral("home/.ssh/known_hosts"));
    QFile keys(knownHosts);
    QVERIFY(keys.open(QIODevice::ReadOnly));
    QVERIFY(keys.readAll().contains("[127.0.0.1]:" + QByteArray::number(m_sshd->port()) + ' '));
    QCOMPARE(modeOf(knownHosts), 0600);
    QCOMPARE(modeOf(fresh.filePath(QStringLiteral("home/.ssh"))), 0700);

    // History: any pipeline command opens (and here creates) it.
    problem = run({QStringLiteral("pipeline"), QStringLiteral("history")}, env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(modeOf(fresh.filePath(QStringLiteral("data/antler/history.sqlite"))), 0600);
    QCOMPARE(modeOf(fresh.filePath(QStringLiteral("data/antler"))), 0700);

    // Settings: the window (offscreen), opened on a profile, remembers it;
    // --screenshot closes it once it is up.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 downPort = closed.serverPort();
    closed.close();
    const QString profile = written(QStringLiteral("antler.yaml"),
                                    "version: 1\nprofile: custom\nstages:\n  - name: test\n    runtime: local\n"
                                    "    host: 127.0.0.1\n    port: "
                                        + QByteArray::number(downPort) + "\n");
    QVERIFY(!profile.isEmpty());
    QProcessEnvironment window = env;
    window.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    problem = run({QStringLiteral("--config"), profile, QStringLiteral("--screenshot"),
                   fresh.filePath(QStringLiteral("work/window.png"))},
                  window);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString settings = fresh.filePath(QStringLiteral("config/antler/antler.conf"));
    QFile stored(settings);
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(settings));
    QVERIFY(stored.readAll().contains(QFile::encodeName(profile)));
    QCOMPARE(modeOf(settings), 0600);
    QCOMPARE(modeOf(fresh.filePath(QStringLiteral("config/antler"))), 0700);
    QVERIFY(!QFileInfo::exists(fresh.filePath(QStringLiteral("config/Unknown Organization"))));
    // The window's health history sits beside History, in the same folder.
    QVERIFY(QFileInfo::exists(fresh.filePath(QStringLiteral("data/antler/health.sqlite"))));
    QCOMPARE(modeOf(fresh.filePath(QStringLiteral("data/antler"))), 0700);
}

QTEST_GUILESS_MAIN(TestSecretsCli)
#include "tst_secrets_cli.moc"
