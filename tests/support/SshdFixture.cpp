#include "SshdFixture.h"

#include "FreePort.h"
#include "transport/KnownHosts.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace antler::test {

namespace {

const QString sshd = QStringLiteral("/usr/sbin/sshd");
const QString sshKeygen = QStringLiteral("/usr/bin/ssh-keygen");

bool runTool(const QString &program, const QStringList &arguments, QString *error, const QByteArray &input = {},
             QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("Cannot start %1: %2.").arg(program, process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

// Every descendant of pid, read from /proc (sshd puts each connection in a
// session of its own, so a process group would miss them).
QList<pid_t> descendants(pid_t root)
{
    QHash<pid_t, QList<pid_t>> children;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        bool ok = false;
        const pid_t pid = pid_t(it.fileName().toInt(&ok));
        if (!ok)
            continue;
        QFile stat(path + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children[pid_t(fields.at(1).toInt())].append(pid);
    }
    QList<pid_t> found;
    QList<pid_t> queue {root};
    while (!queue.isEmpty()) {
        const pid_t pid = queue.takeFirst();
        for (pid_t child : children.value(pid)) {
            found << child;
            queue << child;
        }
    }
    return found;
}

} // namespace

SshdFixture::SshdFixture()
    : SshdFixture(Options())
{
}

SshdFixture::SshdFixture(const Options &options)
    : m_options(options)
{
}

SshdFixture::~SshdFixture()
{
    kill();
}

QString SshdFixture::unavailableReason()
{
    if (!QFileInfo(sshd).isExecutable())
        return QStringLiteral("%1 is not installed (package openssh-server); run scripts/install-deps.sh").arg(sshd);
    if (!QFileInfo(sshKeygen).isExecutable())
        return QStringLiteral("%1 is not installed (package openssh-client)").arg(sshKeygen);
    if (::geteuid() != 0)
        return QStringLiteral("the SSH tests start sshd, which must run as root to log users in; run them as root");
    return {};
}

QString SshdFixture::clientKeyPath() const
{
    return m_dir->filePath(QStringLiteral("client_ed25519"));
}

QString SshdFixture::knownHostsPath() const
{
    return m_dir->filePath(QStringLiteral("known_hosts"));
}

bool SshdFixture::start(QString *error)
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/antler-sshd-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("Cannot create a folder for sshd: %1").arg(m_dir->errorString());
        return false;
    }
    // The throwaway user's sshd process reads authorized_keys from here.
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder
    QDir().mkpath(m_dir->filePath(QStringLiteral("home")));

    if (!runTool(sshKeygen,
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), QStringLiteral("antler-test-client"), QStringLiteral("-f"),
                  clientKeyPath()},
                 error))
        return false;
    QFile::remove(m_dir->filePath(QStringLiteral("authorized_keys")));
    if (!QFile::copy(clientKeyPath() + QStringLiteral(".pub"), m_dir->filePath(QStringLiteral("authorized_keys")))) {
        *error = QStringLiteral("Cannot write authorized_keys");
        return false;
    }
    QFile::setPermissions(m_dir->filePath(QStringLiteral("authorized_keys")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    if (!generateHostKey(error))
        return false;
    QFile knownHosts(knownHostsPath());
    if (!knownHosts.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1").arg(knownHostsPath());
        return false;
    }
    knownHosts.close();

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        if (!writeConfig(error))
            return false;
        if (launch(error))
            break;
        if (attempt == 4)
            return false;
    }
    if (m_options.knownHostsPreFilled
        && !transport::KnownHosts::append(knownHostsPath(), QStringLiteral("127.0.0.1"), m_port, m_hostKeyBlob, error))
        return false;
    return true;
}

bool SshdFixture::generateHostKey(QString *error)
{
    const QString key = m_dir->filePath(QStringLiteral("host_ed25519"));
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    if (!runTool(sshKeygen,
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), QString(), QStringLiteral("-f"), key},
                 error))
        return false;
    QFile pub(key + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the host key");
        return false;
    }
    const QList<QByteArray> fields = pub.readAll().split(' ');
    m_hostKeyType = QString::fromLatin1(fields.value(0));
    m_hostKeyBlob = QByteArray::fromBase64(fields.value(1));
    QByteArray printed;
    if (!runTool(sshKeygen, {QStringLiteral("-l"), QStringLiteral("-f"), key + QStringLiteral(".pub")}, error, {},
                 &printed))
        return false;
    m_hostKeyFingerprint = QString::fromLatin1(printed.split(' ').value(1));
    return true;
}

bool SshdFixture::writeConfig(QString *error)
{
    const QString dir = m_dir->path();
    QByteArray config;
    config += "Port " + QByteArray::number(m_port) + "\n";
    config += "ListenAddress 127.0.0.1\n";
    config += "HostKey " + QFile::encodeName(dir) + "/host_ed25519\n";
    config += "PidFile " + QFile::encodeName(dir) + "/sshd.pid\n";
    config += "AuthorizedKeysFile " + QFile::encodeName(dir) + "/authorized_keys\n";
    config += "StrictModes no\n";
    config += "UsePAM no\n";
    config += "PermitRootLogin prohibit-password\n";
    config += QByteArray("PasswordAuthentication ") + (m_options.passwordAuthentication ? "yes" : "no") + "\n";
    config += "KbdInteractiveAuthentication no\n";
    config += "AllowUsers root " + testUser().toUtf8() + "\n";
    config += "MaxSessions 64\n";
    config += "MaxStartups 64:30:128\n";
    config += "LogLevel VERBOSE\n";
    config += "PrintMotd no\n";
    config += "Subsystem sftp internal-sftp\n";
    // Sessions get a HOME of their own: a login shell must not run the test
    // machine's rc files (here root's .bashrc runs pyenv, whose lock file
    // outlives a killed session and then stalls every later login).
    config += "SetEnv HOME=" + QFile::encodeName(dir) + "/home\n";
    QFile file(dir + QStringLiteral("/sshd_config"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        *error = QStringLiteral("Cannot write sshd_config");
        return false;
    }
    return true;
}

bool SshdFixture::launch(QString *error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // sshd -e logs every connection. Into a pipe that nobody reads while a
    // test waits on something else, the pipe fills after a few hundred
    // connections and sshd blocks before its banner; a file never fills.
    m_process.setStandardErrorFile(m_dir->filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.start(sshd,
                    {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                     m_dir->filePath(QStringLiteral("sshd_config"))});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("Cannot start sshd: %1").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (socket.waitForConnected(200) && socket.waitForReadyRead(2000) && socket.readAll().startsWith("SSH-"))
            return true;
        QThread::msleep(20);
    }
    log();
    *error = QStringLiteral("sshd did not start on port %1: %2").arg(m_port).arg(QString::fromLocal8Bit(m_log));
    killTree();
    return false;
}

void SshdFixture::killTree()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const auto pid = pid_t(m_process.processId());
    ::kill(pid, SIGSTOP); // no new connections while the tree is collected
    for (pid_t child : descendants(pid))
        ::kill(child, SIGKILL);
    ::kill(pid, SIGKILL);
    m_process.waitForFinished(5000);
    log();
}

void SshdFixture::kill()
{
    killTree();
}

bool SshdFixture::restart(QString *error)
{
    killTree();
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (launch(error))
            return true;
        QThread::msleep(100); // the port may linger a moment
    }
    return false;
}

bool SshdFixture::restartWithNewHostKey(QString *error)
{
    killTree();
    if (!generateHostKey(error))
        return false;
    return restart(error);
}

QByteArray SshdFixture::log()
{
    QFile file(m_dir ? m_dir->filePath(QStringLiteral("sshd.log")) : QString());
    if (file.open(QIODevice::ReadOnly))
        m_log = file.readAll();
    return m_log;
}

transport::ConnectionSettings SshdFixture::settings(const QString &user) const
{
    transport::ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_port;
    settings.user = user;
    settings.privateKeyFile = clientKeyPath();
    settings.knownHostsFile = knownHostsPath();
    settings.hostKeyPolicy = transport::ConnectionSettings::HostKeyPolicy::Strict;
    settings.useAgent = false;
    settings.connectTimeoutMs = 10000;
    return settings;
}

QByteArray SshdFixture::hostilePassword()
{
    const QByteArray hostile = "'\"`;&|$#\\=%!*{} ";
    const QByteArray plain = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    auto *random = QRandomGenerator::system();
    QByteArray middle = hostile + ' ';
    for (int i = 0; i < 12; ++i)
        middle += plain.at(random->bounded(int(plain.size())));
    // Fisher-Yates: the hostile characters land anywhere, every run.
    for (qsizetype i = middle.size() - 1; i > 0; --i)
        std::swap(middle[i], middle[random->bounded(int(i + 1))]);
    // Letters at both ends: a password is a line, and surrounding spaces
    // would be a test of line trimming, not of quoting.
    return plain.at(random->bounded(int(plain.size()))) + middle + plain.at(random->bounded(int(plain.size())));
}

bool SshdFixture::ensureTestUser(QString *password, QString *reason)
{
    return prepareTestUser(false, password, reason);
}

bool SshdFixture::resetTestUser(QString *password, QString *reason, bool *kept)
{
    return prepareTestUser(true, password, reason, kept);
}

bool SshdFixture::prepareTestUser(bool newPassword, QString *password, QString *reason, bool *kept)
{
    if (::geteuid() != 0) {
        *reason = QStringLiteral("creating the throwaway user %1 needs root").arg(testUser());
        return false;
    }
    for (const char *tool : {"/usr/sbin/useradd", "/usr/sbin/chpasswd", "/usr/bin/sudo", "/usr/sbin/visudo"}) {
        if (!QFileInfo(QString::fromLatin1(tool)).isExecutable()) {
            *reason = QStringLiteral("%1 is not installed (packages passwd, sudo)").arg(QLatin1String(tool));
            return false;
        }
    }
    const QString stateDir = QStringLiteral("/var/lib/antler-tests");
    QDir().mkpath(stateDir);
    QFile::setPermissions(stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // One test process at a time creates the user and its password.
    const int lock = ::open(QFile::encodeName(stateDir + QStringLiteral("/lock")).constData(), O_CREAT | O_RDWR, 0600);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0) {
        *reason = QStringLiteral("cannot lock %1/lock").arg(stateDir);
        if (lock >= 0)
            ::close(lock);
        return false;
    }
    struct Unlock
    {
        int fd;
        ~Unlock() { ::close(fd); }
    } unlock {lock};

    // Tests that log in as the user hold a shared lock on in-use while they
    // run (to their exit). A reset that finds it held, by the tests of a
    // suite running beside this one, keeps the password those tests read.
    const QByteArray inUsePath = QFile::encodeName(stateDir + QStringLiteral("/in-use"));
    if (newPassword) {
        const int inUse = ::open(inUsePath.constData(), O_CREAT | O_RDWR, 0600);
        if (inUse < 0 || ::flock(inUse, LOCK_EX | LOCK_NB) != 0) {
            newPassword = false;
            if (kept)
                *kept = true;
        }
        if (inUse >= 0)
            ::close(inUse);
    } else {
        static const int inUse = [&inUsePath] {
            const int fd = ::open(inUsePath.constData(), O_CREAT | O_RDWR, 0600);
            if (fd >= 0)
                ::flock(fd, LOCK_SH);
            return fd;
        }();
        (void)inUse;
    }

    QString error;
    if (!runTool(QStringLiteral("/usr/bin/id"), {testUser()}, &error)) {
        if (!runTool(QStringLiteral("/usr/sbin/useradd"),
                     {QStringLiteral("--create-home"), QStringLiteral("--shell"), QStringLiteral("/bin/sh"),
                      QStringLiteral("--comment"), QStringLiteral("Antler test user"), testUser()},
                     &error)) {
            *reason = QStringLiteral("cannot create the user %1: %2").arg(testUser(), error);
            return false;
        }
    }
    QFile passwordFile(stateDir + QStringLiteral("/") + testUser() + QStringLiteral(".password"));
    QByteArray secret;
    if (!newPassword && passwordFile.open(QIODevice::ReadOnly)) {
        secret = passwordFile.readAll();
        passwordFile.close();
        if (secret.endsWith('\n'))
            secret.chop(1);
    }
    if (secret.size() < 16) {
        secret = hostilePassword();
        if (!passwordFile.open(QIODevice::WriteOnly) || passwordFile.write(secret + '\n') != secret.size() + 1) {
            *reason = QStringLiteral("cannot write %1").arg(passwordFile.fileName());
            return false;
        }
        passwordFile.close();
        passwordFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!runTool(QStringLiteral("/usr/sbin/chpasswd"), {}, &error, testUser().toUtf8() + ':' + secret + '\n')) {
        *reason = QStringLiteral("cannot set the password of %1: %2").arg(testUser(), error);
        return false;
    }
    const QString sudoers = QStringLiteral("/etc/sudoers.d/") + testUser();
    const QByteArray rule = "# Written by Antler's SSH tests: the throwaway user needs its password for sudo.\n"
                            "Defaults:"
        + testUser().toUtf8() + " timestamp_timeout=0, !lecture\n" + testUser().toUtf8() + " ALL=(ALL:ALL) ALL\n";
    QFile current(sudoers);
    if (!current.open(QIODevice::ReadOnly) || current.readAll() != rule) {
        current.close();
        const QString staged = sudoers + QStringLiteral(".new");
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly) || file.write(rule) != rule.size()) {
            *reason = QStringLiteral("cannot write %1").arg(staged);
            return false;
        }
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        if (!runTool(QStringLiteral("/usr/sbin/visudo"), {QStringLiteral("-cf"), staged}, &error)) {
            QFile::remove(staged);
            *reason = QStringLiteral("the sudo rule for %1 is not valid: %2").arg(testUser(), error);
            return false;
        }
        QFile::remove(sudoers);
        QFile::rename(staged, sudoers);
    }
    *password = QString::fromUtf8(secret);
    return true;
}

QList<QPair<QByteArray, QByteArray>> SshdFixture::hostileArguments()
{
    QByteArray allHighBytes;
    for (int b = 0x80; b <= 0xff; ++b)
        allHighBytes.append(char(b));
    QByteArray allControls;
    for (int b = 1; b < 0x20; ++b)
        allControls.append(char(b));
    QByteArray longValue;
    for (int i = 0; i < 5000; ++i) // one argument stays below Linux's 128 KiB limit once quoted
        longValue.append("a'b\"c$ ");
    return {
        {"plain", "hello"},
        {"empty", ""},
        {"space", "two words"},
        {"spaces only", "   "},
        {"single quote", "it's"},
        {"only single quotes", "'''"},
        {"double quotes", "say \"hi\""},
        {"command substitution", "$(touch /tmp/antler-pwned)"},
        {"backticks", "`touch /tmp/antler-pwned`"},
        {"variable", "$HOME ${PATH} $0 $@ $*"},
        {"semicolon", "a; touch /tmp/antler-pwned"},
        {"and", "true && touch /tmp/antler-pwned"},
        {"pipe", "a | cat /etc/passwd"},
        {"redirection", "a > /tmp/antler-pwned < /etc/passwd 2>&1"},
        {"glob star", "*"},
        {"glob mix", "/etc/*.conf ?[a-z]"},
        {"brace", "{a,b}"},
        {"tilde", "~root"},
        {"comment", "# not a comment"},
        {"newline", "line one\nline two\n"},
        {"tab", "a\tb"},
        {"control bytes", allControls},
        {"leading dash", "-rf"},
        {"double dash", "--"},
        {"backslashes", "a\\b\\\\c\\'"},
        {"exclamation", "!! !$"},
        {"utf-8", "\xc3\xa4lg \xe2\x9c\x93"},
        {"non-utf-8 bytes", allHighBytes},
        {"lone continuation byte", "\x80"},
        {"equals", "A=B"},
        {"very long", longValue},
    };
}

} // namespace antler::test
