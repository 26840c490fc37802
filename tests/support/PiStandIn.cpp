#include "PiStandIn.h"

#include "FreePort.h"
#include "transport/KnownHosts.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpSocket>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace antler::test {

namespace {

// Raise when the recipe below changes: an image made by an older recipe is
// rebuilt.
const QString recipeVersion = QStringLiteral("1");
const QString stateDir = QStringLiteral("/var/lib/antler-tests");
const QString cacheDir = QStringLiteral("/var/cache/antler-tests");
const QString packages = QStringLiteral("openssh-server,sudo,python3,python3-apt,cron,procps");

QString podman()
{
    return QStringLiteral("/usr/bin/podman");
}

QString containersConfPath()
{
    return stateDir + QStringLiteral("/pi-standin-containers.conf");
}

bool writeIfDifferent(const QString &path, const QByteArray &content, QString *error)
{
    QFile current(path);
    if (current.open(QIODevice::ReadOnly) && current.readAll() == content)
        return true;
    current.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ensureContainersConf(QString *error)
{
    QDir().mkpath(stateDir);
    // crun fails on this machine's hybrid cgroups and raising the file and
    // process limits is refused: runc and limits that fit (DESIGN.md).
    return writeIfDifferent(containersConfPath(),
                            "# Written by Antler's tests (tests/support/PiStandIn.cpp).\n"
                            "[containers]\n"
                            "default_ulimits = [\"nofile=4096:4096\", \"nproc=4096:4096\"]\n"
                            "\n"
                            "[engine]\n"
                            "runtime = \"runc\"\n",
                            error);
}

struct ToolResult
{
    bool started = false;
    int exitCode = -1;
    QByteArray output; // stdout
    QByteArray errors; // stderr
};

ToolResult runTool(const QString &program, const QStringList &arguments, int timeoutMs = 120000,
                   const QByteArray &input = {}, const QString &stdoutFile = {})
{
    ToolResult result;
    QProcess process;
    process.setProcessEnvironment(PiStandIn::podmanEnvironment());
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.errors = process.errorString().toLocal8Bit();
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.errors
            = "timed out after " + QByteArray::number(timeoutMs / 1000) + " s; " + process.readAllStandardError();
        return result;
    }
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString describe(const QString &program, const QStringList &arguments, const ToolResult &result)
{
    return QStringLiteral("%1 %2 failed (exit code %3): %4")
        .arg(program, arguments.join(QLatin1Char(' ')))
        .arg(result.exitCode)
        .arg(QString::fromLocal8Bit(result.errors.right(2000)).trimmed());
}

bool runOrFail(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 120000,
               const QByteArray &input = {}, QByteArray *output = nullptr)
{
    const ToolResult result = runTool(program, arguments, timeoutMs, input);
    if (!result.started || result.exitCode != 0) {
        *error = describe(program, arguments, result);
        return false;
    }
    if (output)
        *output = result.output;
    return true;
}

// The Debian mirror this machine's apt uses, for debootstrap.
QString hostMirror()
{
    QStringList files {QStringLiteral("/etc/apt/sources.list")};
    const QDir dir(QStringLiteral("/etc/apt/sources.list.d"));
    for (const QString &name :
         dir.entryList({QStringLiteral("*.list"), QStringLiteral("*.sources")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    static const QRegularExpression oneLine(QStringLiteral(R"(^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression deb822(QStringLiteral(R"(^URIs:\s*(\S+)\s*$)"),
                                           QRegularExpression::MultilineOption);
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpression *pattern : {&oneLine, &deb822}) {
            auto it = pattern->globalMatch(text);
            while (it.hasNext()) {
                const QString uri = it.next().captured(1);
                if (!uri.contains(QLatin1String("security")) && uri.contains(QLatin1String("debian")))
                    return uri;
            }
        }
    }
    return QStringLiteral("http://deb.debian.org/debian");
}

// The apt sources and mirror settings of this machine, into the new root.
bool copyAptConfiguration(const QString &root, QString *error)
{
    const QString target = root + QStringLiteral("/etc/apt");
    bool hostHasSources = false;
    QStringList sources;
    if (QFileInfo(QStringLiteral("/etc/apt/sources.list")).size() > 0)
        sources << QStringLiteral("/etc/apt/sources.list");
    const QDir dir(QStringLiteral("/etc/apt/sources.list.d"));
    for (const QString &name : dir.entryList({QStringLiteral("*.list"), QStringLiteral("*.sources")}, QDir::Files))
        sources << dir.filePath(name);
    for (const QString &path : sources) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        // Only Debian's own archives: another vendor's key is not inside.
        if (!text.contains("debian"))
            continue;
        hostHasSources = true;
        if (!writeIfDifferent(target + path.mid(QStringLiteral("/etc/apt").size()), text, error))
            return false;
    }
    if (hostHasSources && !QFile::exists(QStringLiteral("/etc/apt/sources.list")))
        QFile::remove(target + QStringLiteral("/sources.list")); // debootstrap's own, now doubled
    // Proxy and snapshot settings (a snapshot mirror needs Check-Valid-Until false).
    static const QRegularExpression mirrorSetting(
        QStringLiteral(R"(Acquire::(https?::Proxy|ftp::Proxy|Check-Valid-Until|Check-Date|https?::Verify))"),
        QRegularExpression::CaseInsensitiveOption);
    const QDir confDir(QStringLiteral("/etc/apt/apt.conf.d"));
    for (const QString &name : confDir.entryList(QDir::Files)) {
        QFile file(confDir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        if (mirrorSetting.match(QString::fromUtf8(text)).hasMatch()
            && !writeIfDifferent(target + QStringLiteral("/apt.conf.d/") + name, text, error))
            return false;
    }
    return true;
}

class FileLock
{
public:
    explicit FileLock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        m_locked = m_fd >= 0 && ::flock(m_fd, LOCK_EX) == 0;
    }
    ~FileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool locked() const { return m_locked; }

private:
    int m_fd = -1;
    bool m_locked = false;
};

QString imageRecipe()
{
    const ToolResult result
        = runTool(podman(),
                  {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{index .Config.Labels \"antler.recipe\"}}"), PiStandIn::imageName()},
                  60000);
    return result.exitCode == 0 ? QString::fromUtf8(result.output).trimmed() : QString();
}

// Containers left by a test process that died without its destructor
// running (a crash, SIGKILL at a ctest timeout): their name carries the pid.
void removeOrphanedContainers()
{
    const ToolResult list = runTool(podman(),
                                    {QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--filter"),
                                     QStringLiteral("label=antler.test=pi-standin"), QStringLiteral("--format"),
                                     QStringLiteral("{{.Names}}")},
                                    60000);
    static const QRegularExpression name(QStringLiteral(R"(^antler-pi-(\d+)-\d+$)"));
    for (const QByteArray &line : list.output.split('\n')) {
        const QRegularExpressionMatch match = name.match(QString::fromUtf8(line.trimmed()));
        if (match.hasMatch() && !QFileInfo::exists(QStringLiteral("/proc/") + match.captured(1)))
            runTool(podman(),
                    {QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("--time"), QStringLiteral("0"),
                     match.captured(0)},
                    60000);
    }
}

bool buildRootTarball(const QString &tarball, QString *error)
{
    QTemporaryDir work(QStringLiteral("/var/tmp/antler-pi-standin-XXXXXX"));
    if (!work.isValid()) {
        *error = QStringLiteral("Cannot create a folder for debootstrap: %1").arg(work.errorString());
        return false;
    }
    const QString root = work.filePath(QStringLiteral("root"));
    const QString mirror = hostMirror();
    const QStringList debootstrapArgs {QStringLiteral("--variant=minbase"), QStringLiteral("--include=") + packages,
                                       QStringLiteral("bookworm"), root, mirror};
    const ToolResult bootstrap = runTool(QStringLiteral("/usr/sbin/debootstrap"), debootstrapArgs, 900000);
    if (!bootstrap.started || bootstrap.exitCode != 0) {
        QFile log(root + QStringLiteral("/debootstrap/debootstrap.log"));
        QByteArray tail;
        if (log.open(QIODevice::ReadOnly))
            tail = log.readAll().right(1500);
        *error = describe(QStringLiteral("debootstrap"), debootstrapArgs, bootstrap) + QStringLiteral(" — log: ")
            + QString::fromLocal8Bit(tail);
        return false;
    }
    if (!copyAptConfiguration(root, error))
        return false;
    const QString setup
        = QStringLiteral("set -e\n"
                         "useradd --create-home --shell /bin/bash --groups sudo pi\n"
                         // A '!' password is a locked account, which sshd refuses even for keys without PAM.
                         "usermod -p '*' pi\n"
                         "usermod -p '*' root\n"
                         "printf 'pi ALL=(ALL:ALL) NOPASSWD: ALL\\n' > /etc/sudoers.d/010_pi-nopasswd\n"
                         "chmod 0440 /etc/sudoers.d/010_pi-nopasswd\n"
                         "rm -f /etc/ssh/ssh_host_*\n"
                         "echo pi-standin > /etc/hostname\n"
                         "apt-get clean\n"
                         "rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin\n");
    if (!runOrFail(QStringLiteral("/usr/sbin/chroot"), {root, QStringLiteral("/bin/sh"), QStringLiteral("-c"), setup},
                   error))
        return false;
    QDir().mkpath(cacheDir);
    const QString partial = tarball + QStringLiteral(".partial");
    const QStringList tarArgs {QStringLiteral("--numeric-owner"),
                               QStringLiteral("--xattrs"),
                               QStringLiteral("-C"),
                               root,
                               QStringLiteral("-cf"),
                               partial,
                               QStringLiteral(".")};
    if (!runOrFail(QStringLiteral("/usr/bin/tar"), tarArgs, error, 300000))
        return false;
    QFile::remove(tarball);
    if (!QFile::rename(partial, tarball)) {
        *error = QStringLiteral("Cannot rename %1 to %2").arg(partial, tarball);
        return false;
    }
    return true;
}

} // namespace

PiStandIn::PiStandIn() = default;

PiStandIn::PiStandIn(const Options &options)
    : m_options(options)
{
}

PiStandIn::~PiStandIn()
{
    stop();
}

QString PiStandIn::imageName()
{
    return QStringLiteral("localhost/antler-pi-standin:bookworm");
}

QProcessEnvironment PiStandIn::podmanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONTAINERS_CONF"), containersConfPath());
    return environment;
}

QString PiStandIn::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("the Pi stand-in runs in rootful podman and needs root; run the tests as root");
    const QList<QPair<QString, QString>> tools {
        {podman(), QStringLiteral("podman")},
        {QStringLiteral("/usr/sbin/runc"), QStringLiteral("runc")},
        {QStringLiteral("/usr/bin/catatonit"), QStringLiteral("catatonit")},
        {QStringLiteral("/usr/sbin/debootstrap"), QStringLiteral("debootstrap")},
        {QStringLiteral("/usr/bin/ssh-keygen"), QStringLiteral("openssh-client")},
    };
    for (const auto &[path, package] : tools) {
        if (!QFileInfo(path).isExecutable())
            return QStringLiteral("%1 is not installed (package %2); run scripts/install-deps.sh").arg(path, package);
    }
    return {};
}

bool PiStandIn::ensureImage(QString *error)
{
    if (!ensureContainersConf(error))
        return false;
    FileLock lock(stateDir + QStringLiteral("/pi-standin.lock"));
    if (!lock.locked()) {
        *error = QStringLiteral("Cannot lock %1/pi-standin.lock").arg(stateDir);
        return false;
    }
    if (imageRecipe() == recipeVersion)
        return true;
    const QString tarball = cacheDir + QStringLiteral("/pi-standin-bookworm-r%1.tar").arg(recipeVersion);
    if (!QFileInfo::exists(tarball) && !buildRootTarball(tarball, error))
        return false;
    const QStringList importArgs {QStringLiteral("import"),
                                  QStringLiteral("--quiet"),
                                  QStringLiteral("--change"),
                                  QStringLiteral("LABEL antler.recipe=") + recipeVersion,
                                  QStringLiteral("--change"),
                                  QStringLiteral("CMD [\"/bin/bash\"]"),
                                  tarball,
                                  imageName()};
    if (!runOrFail(podman(), importArgs, error, 300000))
        return false;
    if (imageRecipe() != recipeVersion) {
        *error = QStringLiteral("podman imported %1 but the image does not carry the label antler.recipe=%2")
                     .arg(imageName(), recipeVersion);
        return false;
    }
    return true;
}

QString PiStandIn::clientKeyPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("client_ed25519")) : QString();
}

QString PiStandIn::knownHostsPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("known_hosts")) : QString();
}

bool PiStandIn::generateKeys(QString *error)
{
    const QString keygen = QStringLiteral("/usr/bin/ssh-keygen");
    const QString hostKey = m_dir->filePath(QStringLiteral("ssh/host_ed25519"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("ssh")));
    if (!runOrFail(keygen,
                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                    QString(), QStringLiteral("-C"), QStringLiteral("antler-pi-standin-client"), QStringLiteral("-f"),
                    clientKeyPath()},
                   error)
        || !runOrFail(keygen,
                      {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                       QString(), QStringLiteral("-C"), QString(), QStringLiteral("-f"), hostKey},
                      error))
        return false;
    QFile pub(hostKey + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1.pub").arg(hostKey);
        return false;
    }
    const QList<QByteArray> fields = pub.readAll().split(' ');
    m_hostKeyType = QString::fromLatin1(fields.value(0));
    m_hostKeyBlob = QByteArray::fromBase64(fields.value(1));
    QFile::remove(m_dir->filePath(QStringLiteral("ssh/authorized_keys")));
    if (!QFile::copy(clientKeyPath() + QStringLiteral(".pub"),
                     m_dir->filePath(QStringLiteral("ssh/authorized_keys")))) {
        *error = QStringLiteral("Cannot write authorized_keys for the Pi stand-in");
        return false;
    }
    // sshd reads authorized_keys as the user logging in.
    QFile::setPermissions(m_dir->filePath(QStringLiteral("ssh/authorized_keys")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    return true;
}

bool PiStandIn::start(QString *error)
{
    if (isRunning()) {
        *error = QStringLiteral("The Pi stand-in runs already");
        return false;
    }
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    if (!ensureImage(error))
        return false;
    removeOrphanedContainers();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/antler-pi-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("Cannot create a folder for the Pi stand-in: %1").arg(m_dir->errorString());
        return false;
    }
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(m_dir->path(), readable);
    if (!generateKeys(error))
        return false;
    QFile::setPermissions(m_dir->filePath(QStringLiteral("ssh")), readable);

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        QByteArray config;
        config += "Port " + QByteArray::number(m_port) + "\n";
        config += "ListenAddress 127.0.0.1\n";
        config += "HostKey /run/antler-ssh/host_ed25519\n";
        config += "AuthorizedKeysFile .ssh/authorized_keys /run/antler-ssh/authorized_keys\n";
        config += "PidFile /run/sshd.pid\n";
        config += "UsePAM no\n";
        config += "PermitRootLogin prohibit-password\n";
        config += "PasswordAuthentication no\n";
        config += "KbdInteractiveAuthentication no\n";
        config += "MaxSessions 64\n";
        config += "MaxStartups 64:30:128\n";
        config += "PrintMotd no\n";
        config += "AcceptEnv LANG LC_*\n";
        config += "Subsystem sftp /usr/lib/openssh/sftp-server\n";
        if (!writeIfDifferent(m_dir->filePath(QStringLiteral("ssh/sshd_config")), config, error))
            return false;

        const QString name = QStringLiteral("antler-pi-%1-%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->generate() % 1000000);
        // --uts=private: the container's hostname is its own, so the hostname
        // module can never rename this machine.
        QStringList capabilityArgs;
        for (const QString &capability : std::as_const(m_options.capabilities))
            capabilityArgs << QStringLiteral("--cap-add") << capability;
        if (m_options.rebootable)
            capabilityArgs << QStringLiteral("--restart") << QStringLiteral("always");
        const QStringList runArgs
            = QStringList {QStringLiteral("run"),
                           QStringLiteral("--detach"),
                           QStringLiteral("--name"),
                           name,
                           QStringLiteral("--init"),
                           QStringLiteral("--network"),
                           QStringLiteral("host"),
                           QStringLiteral("--uts"),
                           QStringLiteral("private"),
                           QStringLiteral("--hostname"),
                           QStringLiteral("pi-standin"),
                           QStringLiteral("--volume"),
                           m_dir->filePath(QStringLiteral("ssh")) + QStringLiteral(":/run/antler-ssh:ro"),
                           QStringLiteral("--label"),
                           QStringLiteral("antler.test=pi-standin")}
            + capabilityArgs
            + QStringList {
                imageName(), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                QStringLiteral("cat /proc/sys/kernel/random/uuid > /run/antler-boot-id; mkdir -p /run/sshd && "
                               "exec /usr/sbin/sshd -D -e -f /run/antler-ssh/sshd_config")};
        if (!runOrFail(podman(), runArgs, error, 120000))
            return false;
        m_container = name;
        if (waitForSsh(error))
            break;
        stop();
        if (attempt == 4)
            return false;
    }
    if (!transport::KnownHosts::append(knownHostsPath(), host(), m_port, m_hostKeyBlob, error))
        return false;
    QDir().mkpath(homeDir() + QStringLiteral("/.ssh"));
    QFile::remove(homeDir() + QStringLiteral("/.ssh/known_hosts"));
    if (!QFile::copy(knownHostsPath(), homeDir() + QStringLiteral("/.ssh/known_hosts"))) {
        *error = QStringLiteral("Cannot write %1/.ssh/known_hosts").arg(homeDir());
        return false;
    }
    return true;
}

QString PiStandIn::homeDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("home")) : QString();
}

bool PiStandIn::waitForSsh(QString *error)
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(host(), m_port);
        if (socket.waitForConnected(200) && socket.waitForReadyRead(2000) && socket.readAll().startsWith("SSH-"))
            return true;
        const ToolResult state = runTool(
            podman(),
            {QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.State.Running}}"), m_container},
            30000);
        if (state.exitCode != 0 || !state.output.startsWith("true"))
            break;
        QThread::msleep(100);
    }
    *error = QStringLiteral("The Pi stand-in's sshd did not answer on 127.0.0.1:%1: %2")
                 .arg(m_port)
                 .arg(QString::fromLocal8Bit(log().right(2000)));
    return false;
}

void PiStandIn::stop()
{
    if (m_container.isEmpty())
        return;
    runTool(
        podman(),
        {QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("--time"), QStringLiteral("0"), m_container},
        60000);
    m_container.clear();
}

transport::ConnectionSettings PiStandIn::settings(const QString &user) const
{
    transport::ConnectionSettings settings;
    settings.host = host();
    settings.port = m_port;
    settings.user = user;
    settings.privateKeyFile = clientKeyPath();
    settings.knownHostsFile = knownHostsPath();
    settings.hostKeyPolicy = transport::ConnectionSettings::HostKeyPolicy::Strict;
    settings.useAgent = false;
    settings.connectTimeoutMs = 10000;
    return settings;
}

QByteArray PiStandIn::ansibleInventory(const QString &inventoryName) const
{
    QByteArray text;
    text += "[pi]\n";
    text += inventoryName.toUtf8() + " ansible_host=" + host().toUtf8() + " ansible_port=" + QByteArray::number(m_port)
        + " ansible_user=" + user().toUtf8() + " ansible_ssh_private_key_file=" + QFile::encodeName(clientKeyPath())
        + " ansible_become=true ansible_python_interpreter=/usr/bin/python3"
        + " ansible_ssh_common_args='-o UserKnownHostsFile=" + QFile::encodeName(knownHostsPath())
        + " -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes'\n";
    return text;
}

QString PiStandIn::writeAnsibleInventory(const QString &inventoryName) const
{
    const QString path = m_dir->filePath(QStringLiteral("inventory"));
    QString error;
    writeIfDifferent(path, ansibleInventory(inventoryName), &error);
    return path;
}

int PiStandIn::exec(const QStringList &argv, QByteArray *output, const QByteArray &input) const
{
    QStringList arguments {QStringLiteral("exec"), QStringLiteral("-i"), m_container};
    arguments += argv;
    const ToolResult result = runTool(podman(), arguments, 600000, input);
    if (output)
        *output = result.started ? result.output + result.errors : result.errors;
    return result.started ? result.exitCode : -1;
}

int PiStandIn::shell(const QString &script, QByteArray *output) const
{
    return exec({QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}, output);
}

QByteArray PiStandIn::log() const
{
    if (m_container.isEmpty())
        return {};
    const ToolResult result = runTool(podman(), {QStringLiteral("logs"), m_container}, 30000);
    return result.output + result.errors;
}

} // namespace antler::test
