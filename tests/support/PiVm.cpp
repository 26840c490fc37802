#include "PiVm.h"

#include "FreePort.h"
#include "transport/KnownHosts.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpSocket>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace antler::test {

namespace {

const QString stateDir = QStringLiteral("/var/lib/antler-tests");

QString supportScript(const QString &name)
{
    return QStringLiteral(ANTLER_SOURCE_DIR "/tests/support/") + name;
}

QString qemuProgram(const QString &arch)
{
    return arch == QLatin1String("arm64") ? QStringLiteral("/usr/bin/qemu-system-aarch64")
                                          : QStringLiteral("/usr/bin/qemu-system-x86_64");
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

ToolResult runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ToolResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.errors = process.errorString().toLocal8Bit();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.errors = "timed out after " + QByteArray::number(timeoutMs / 1000) + " s; "
            + process.readAllStandardError().right(3000);
        return result;
    }
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Boots the cached kernel under KVM for a few seconds: KVM counts as working
// only when the kernel prints its banner (on some machines a KVM guest hangs
// before it prints anything).
bool kvmBoots(const QString &images)
{
    if (::access("/dev/kvm", R_OK | W_OK) != 0)
        return false;
    QTemporaryDir dir;
    const QString kernel = dir.filePath(QStringLiteral("vmlinuz"));
    const QString initrd = dir.filePath(QStringLiteral("initrd.img"));
    const QString bootImage = images + QStringLiteral("/boot.img");
    runTool(QStringLiteral("/usr/sbin/debugfs"),
            {QStringLiteral("-R"), QStringLiteral("dump /vmlinuz ") + kernel, bootImage}, 30000);
    runTool(QStringLiteral("/usr/sbin/debugfs"),
            {QStringLiteral("-R"), QStringLiteral("dump /initrd.img ") + initrd, bootImage}, 30000);
    QProcess qemu;
    qemu.setProcessChannelMode(QProcess::MergedChannels);
    qemu.start(qemuProgram(QStringLiteral("amd64")),
               {QStringLiteral("-accel"), QStringLiteral("kvm"), QStringLiteral("-cpu"), QStringLiteral("host"),
                QStringLiteral("-m"), QStringLiteral("512"), QStringLiteral("-nodefaults"), QStringLiteral("-display"),
                QStringLiteral("none"), QStringLiteral("-no-reboot"), QStringLiteral("-serial"),
                QStringLiteral("stdio"), QStringLiteral("-kernel"), kernel, QStringLiteral("-initrd"), initrd,
                QStringLiteral("-append"), QStringLiteral("console=ttyS0 panic=-1 root=/dev/nonexistent rootdelay=0")});
    QDeadlineTimer deadline(20000);
    QByteArray output;
    while (!deadline.hasExpired() && qemu.state() != QProcess::NotRunning && !output.contains("Linux version")) {
        qemu.waitForReadyRead(500);
        output += qemu.readAll();
    }
    qemu.kill();
    qemu.waitForFinished(5000);
    return output.contains("Linux version");
}

} // namespace

QString PiVm::defaultArch()
{
    const QString arch = qEnvironmentVariable("ANTLER_PI_VM_ARCH");
    return arch.isEmpty() ? QStringLiteral("amd64") : arch;
}

PiVm::PiVm() = default;

PiVm::PiVm(const Options &options)
    : m_options(options)
{
}

PiVm::~PiVm()
{
    stop();
}

QString PiVm::unavailableReason(const QString &arch)
{
    if (::geteuid() != 0)
        return QStringLiteral("the Pi stand-in VM builds its disk image with debootstrap and needs root; "
                              "run the tests as root");
    const QList<QPair<QString, QString>> tools {
        {qemuProgram(arch),
         arch == QLatin1String("arm64") ? QStringLiteral("qemu-system-arm") : QStringLiteral("qemu-system-x86")},
        {QStringLiteral("/usr/bin/qemu-img"), QStringLiteral("qemu-utils")},
        {QStringLiteral("/usr/sbin/debugfs"), QStringLiteral("e2fsprogs")},
        {QStringLiteral("/usr/sbin/mkfs.ext4"), QStringLiteral("e2fsprogs")},
        {QStringLiteral("/usr/sbin/debootstrap"), QStringLiteral("debootstrap")},
        {QStringLiteral("/usr/bin/ssh"), QStringLiteral("openssh-client")},
    };
    for (const auto &[path, package] : tools) {
        if (!QFileInfo(path).isExecutable())
            return QStringLiteral("%1 is not installed (package %2); run scripts/install-deps.sh").arg(path, package);
    }
    if (arch == QLatin1String("arm64") && !QFileInfo::exists(QStringLiteral("/usr/bin/qemu-aarch64-static")))
        return QStringLiteral("/usr/bin/qemu-aarch64-static is not installed (package qemu-user-static); the arm64 "
                              "image's second debootstrap stage runs through it");
    return {};
}

QString PiVm::ensureImage(const QString &arch, QString *error)
{
    const ToolResult result
        = runTool(QStringLiteral("/bin/bash"), {supportScript(QStringLiteral("pi-vm-image.sh")), arch}, 3600000);
    const QString images = QString::fromLocal8Bit(result.output).trimmed();
    if (result.exitCode != 0 || !QFileInfo::exists(images + QStringLiteral("/complete"))) {
        *error = QStringLiteral("Building the Pi stand-in's disk image failed (tests/support/pi-vm-image.sh %1, exit "
                                "code %2): %3")
                     .arg(arch)
                     .arg(result.exitCode)
                     .arg(QString::fromLocal8Bit(result.errors.right(3000)).trimmed());
        return {};
    }
    if (arch == QLatin1String("amd64")) {
        // Once per boot of this machine: whether KVM really runs a guest here.
        QDir().mkpath(stateDir);
        const QByteArray bootId = readFile(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed();
        const QString probeFile = stateDir + QStringLiteral("/pi-vm-accel");
        const QList<QByteArray> probe = readFile(probeFile).split(' ');
        if (probe.value(0) != bootId)
            writeFile(probeFile, bootId + ' ' + (kvmBoots(images) ? "kvm" : "tcg"));
    }
    return images;
}

QString PiVm::accelerator(const QString &arch)
{
    if (arch != QLatin1String("amd64"))
        return QStringLiteral("tcg");
    const QList<QByteArray> probe = readFile(stateDir + QStringLiteral("/pi-vm-accel")).trimmed().split(' ');
    const QByteArray bootId = readFile(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed();
    return probe.value(0) == bootId && probe.value(1) == "kvm" ? QStringLiteral("kvm") : QStringLiteral("tcg");
}

QString PiVm::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PiVm::clientKeyPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("client_ed25519")) : QString();
}

QString PiVm::knownHostsPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("known_hosts")) : QString();
}

QString PiVm::homeDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("home")) : QString();
}

bool PiVm::isRunning() const
{
    return m_runner && m_runner->state() != QProcess::NotRunning;
}

bool PiVm::start(QString *error)
{
    return launch(error) && waitUntilUp(error);
}

bool PiVm::waitUntilUp(QString *error, int timeoutMs)
{
    return waitForSsh(error, timeoutMs);
}

bool PiVm::launch(QString *error)
{
    if (m_runner) {
        *error = QStringLiteral("The Pi stand-in VM runs already");
        return false;
    }
    if (const QString reason = unavailableReason(m_options.arch); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    m_images = ensureImage(m_options.arch, error);
    if (m_images.isEmpty())
        return false;
    // Folders of test processes that were killed (their VM ended with them).
    const QDir temp(QDir::tempPath());
    for (const QString &name : temp.entryList({QStringLiteral("antler-pi-vm-*")}, QDir::Dirs)) {
        const QByteArray settings = readFile(temp.filePath(name + QStringLiteral("/run/settings")));
        const int at = settings.indexOf("parent=");
        const QByteArray pid = at < 0 ? QByteArray() : settings.mid(at + 7).split('\n').value(0);
        if (!pid.isEmpty() && !QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)))
            QDir(temp.filePath(name)).removeRecursively();
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/antler-pi-vm-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("Cannot create a folder for the Pi stand-in VM: %1").arg(m_dir->errorString());
        return false;
    }
    const QString run = m_dir->filePath(QStringLiteral("run"));
    QDir().mkpath(run);
    QDir().mkpath(homeDir() + QStringLiteral("/.ssh"));
    // The key must be the fixture's own file, readable by its owner only (ssh refuses others).
    const QByteArray key = readFile(m_images + QStringLiteral("/client_ed25519"));
    QFile keyFile(clientKeyPath());
    if (key.isEmpty() || !keyFile.open(QIODevice::WriteOnly) || keyFile.write(key) != key.size()) {
        *error = QStringLiteral("Cannot copy the Pi stand-in's client key to %1").arg(clientKeyPath());
        return false;
    }
    keyFile.close();
    keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QList<QByteArray> hostKey = readFile(m_images + QStringLiteral("/host_ed25519.pub")).trimmed().split(' ');
    m_hostKeyType = QString::fromLatin1(hostKey.value(0));
    m_hostKeyBlob = QByteArray::fromBase64(hostKey.value(1));

    const ToolResult overlay
        = runTool(QStringLiteral("/usr/bin/qemu-img"),
                  {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                   QStringLiteral("-F"), QStringLiteral("raw"), QStringLiteral("-b"),
                   m_images + QStringLiteral("/rootfs.img"), run + QStringLiteral("/overlay.qcow2")},
                  60000);
    const ToolResult boot = runTool(
        QStringLiteral("/bin/cp"),
        {QStringLiteral("--sparse=always"), m_images + QStringLiteral("/boot.img"), run + QStringLiteral("/boot.img")},
        60000);
    if (overlay.exitCode != 0 || boot.exitCode != 0) {
        *error = QStringLiteral("Cannot create the Pi stand-in's disks in %1: %2")
                     .arg(run, QString::fromLocal8Bit(overlay.errors + boot.errors).trimmed());
        return false;
    }
    setFirmwareOverride(m_options.firmwareOverride);
    m_port = freeLoopbackPort();
    m_forwardedPorts.clear();
    QByteArray forwards;
    while (m_forwardedPorts.size() < m_options.forwardedPortCount) {
        const quint16 port = freeLoopbackPort();
        if (port == m_port || m_forwardedPorts.contains(port))
            continue;
        m_forwardedPorts.append(port);
        forwards += (forwards.isEmpty() ? "" : " ") + QByteArray::number(port);
    }
    const QByteArray settingsText = "arch=" + m_options.arch.toUtf8() + "\nport=" + QByteArray::number(m_port)
        + "\nforwards=\"" + forwards + "\"" + "\naccel=" + accelerator(m_options.arch).toUtf8() + "\nmemory="
        + QByteArray::number(m_options.memoryMb) + "\nparent=" + QByteArray::number(QCoreApplication::applicationPid())
        + "\ncache=" + (m_options.honourFlushes ? "writeback" : "unsafe") + "\n";
    if (!writeFile(run + QStringLiteral("/settings"), settingsText)) {
        *error = QStringLiteral("Cannot write %1/settings").arg(run);
        return false;
    }
    if (!transport::KnownHosts::append(knownHostsPath(), host(), m_port, m_hostKeyBlob, error))
        return false;
    QFile::copy(knownHostsPath(), homeDir() + QStringLiteral("/.ssh/known_hosts"));
    return startRunner(error);
}

bool PiVm::startRunner(QString *error)
{
    const QString run = m_dir->filePath(QStringLiteral("run"));
    QFile::remove(run + QStringLiteral("/stop"));
    m_runner = std::make_unique<QProcess>();
    m_runner->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_runner->setStandardOutputFile(QProcess::nullDevice());
    m_runner->start(QStringLiteral("/bin/bash"), {supportScript(QStringLiteral("pi-vm-run.sh")), run});
    if (!m_runner->waitForStarted(10000)) {
        *error = QStringLiteral("Cannot start tests/support/pi-vm-run.sh: %1").arg(m_runner->errorString());
        m_runner.reset();
        return false;
    }
    return true;
}

void PiVm::stop()
{
    restoreNetwork();
    if (!m_runner)
        return;
    writeFile(m_dir->filePath(QStringLiteral("run/stop")), "stop\n");
    if (!m_runner->waitForFinished(20000)) {
        const QByteArray pid = readFile(m_dir->filePath(QStringLiteral("run/qemu.pid"))).trimmed();
        if (!pid.isEmpty())
            ::kill(pid.toInt(), SIGKILL);
        m_runner->kill();
        m_runner->waitForFinished(5000);
    }
    m_runner.reset();
}

int PiVm::qemuPid() const
{
    return m_dir ? readFile(m_dir->filePath(QStringLiteral("run/qemu.pid"))).trimmed().toInt() : 0;
}

QString PiVm::cutPowerUnavailableReason()
{
    if (!QFileInfo(QStringLiteral("/usr/sbin/nft")).isExecutable())
        return QStringLiteral("/usr/sbin/nft is not installed (package nftables); a power cut drops the VM's packets "
                              "with it");
    return {};
}

void PiVm::removeStalePowerCuts()
{
    if (!QFileInfo(QStringLiteral("/usr/sbin/nft")).isExecutable())
        return;
    const ToolResult tables
        = runTool(QStringLiteral("/usr/sbin/nft"), {QStringLiteral("list"), QStringLiteral("tables")}, 30000);
    static const QRegularExpression ours(QStringLiteral("^table inet (antler_pi_vm_\\d+(?:_(\\d+))?)$"));
    for (const QString &line : QString::fromLocal8Bit(tables.output).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = ours.match(line.trimmed());
        if (!match.hasMatch())
            continue;
        // Without an owner (an older name) or with one that is gone.
        const pid_t owner = match.captured(2).toInt();
        if (owner > 0 && (::kill(owner, 0) == 0 || errno == EPERM))
            continue;
        runTool(QStringLiteral("/usr/sbin/nft"),
                {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), match.captured(1)}, 30000);
    }
}

bool PiVm::cutPower(QString *error)
{
    if (!isRunning() || m_port == 0) {
        *error = QStringLiteral("The Pi stand-in VM does not run");
        return false;
    }
    removeStalePowerCuts();
    // Named after its owner, so a later run can tell a cut left behind by a
    // killed test (its packets still dropped) from one in progress.
    const QString table = QStringLiteral("antler_pi_vm_%1_%2").arg(m_port).arg(::getpid());
    const QString port = QString::number(m_port);
    const QString script = QStringLiteral("add table inet %1\n"
                                          "add chain inet %1 input { type filter hook input priority -300; }\n"
                                          "add rule inet %1 input tcp dport %2 drop\n"
                                          "add rule inet %1 input tcp sport %2 drop\n")
                               .arg(table, port);
    const QString file = m_dir->filePath(QStringLiteral("run/power-cut.nft"));
    if (!writeFile(file, script.toUtf8())) {
        *error = QStringLiteral("Cannot write %1").arg(file);
        return false;
    }
    const ToolResult result = runTool(QStringLiteral("/usr/sbin/nft"), {QStringLiteral("-f"), file}, 30000);
    if (result.exitCode != 0) {
        *error = QStringLiteral("nft could not drop the VM's packets: %1")
                     .arg(QString::fromLocal8Bit(result.errors).trimmed());
        return false;
    }
    m_dropTable = table;
    if (const int pid = qemuPid(); pid > 0)
        ::kill(pid, SIGSTOP);
    return true;
}

void PiVm::restoreNetwork()
{
    if (m_dropTable.isEmpty())
        return;
    runTool(QStringLiteral("/usr/sbin/nft"),
            {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), m_dropTable}, 30000);
    m_dropTable.clear();
}

void PiVm::powerOff()
{
    if (!m_runner)
        return;
    // The stop file first, so that the loop does not boot it again.
    writeFile(m_dir->filePath(QStringLiteral("run/stop")), "stop\n");
    if (const int pid = qemuPid(); pid > 0)
        ::kill(pid, SIGKILL);
    if (!m_runner->waitForFinished(20000)) {
        m_runner->kill();
        m_runner->waitForFinished(5000);
    }
    m_runner.reset();
    restoreNetwork();
}

bool PiVm::powerOn(QString *error, int timeoutMs)
{
    if (!m_dir || m_runner) {
        *error = m_dir ? QStringLiteral("The Pi stand-in VM runs already")
                       : QStringLiteral("The Pi stand-in VM was never started");
        return false;
    }
    return startRunner(error) && waitForSsh(error, timeoutMs);
}

int PiVm::bootCount() const
{
    return m_dir ? readFile(m_dir->filePath(QStringLiteral("run/boots"))).trimmed().toInt() : 0;
}

void PiVm::setFirmwareOverride(bool on)
{
    const QString flag = m_dir->filePath(QStringLiteral("run/firmware-override"));
    if (on)
        writeFile(flag, "cgroup_disable=memory\n");
    else
        QFile::remove(flag);
}

QString PiVm::firmwareCommandLine() const
{
    const ToolResult result = runTool(
        QStringLiteral("/usr/sbin/debugfs"),
        {QStringLiteral("-R"), QStringLiteral("cat /cmdline.txt"), m_dir->filePath(QStringLiteral("run/boot.img"))},
        30000);
    return QString::fromUtf8(result.output).trimmed();
}

bool PiVm::waitForSsh(QString *error, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            *error = QStringLiteral("The Pi stand-in VM stopped while booting; its console: %1").arg(consoleTail());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(host(), m_port);
        if (socket.waitForConnected(500) && socket.waitForReadyRead(3000) && socket.readAll().startsWith("SSH-")) {
            socket.close();
            QByteArray state;
            const int remaining = int(qMax<qint64>(deadline.remainingTime(), 1000));
            shell(QStringLiteral("systemctl is-system-running --wait"), &state, remaining);
            state = state.trimmed();
            if (state == "running" || state == "degraded")
                return true;
            if (!state.isEmpty() && state != "starting" && state != "initializing") {
                *error = QStringLiteral("The Pi stand-in VM booted but systemd says '%1'; its console: %2")
                             .arg(QString::fromUtf8(state), consoleTail());
                return false;
            }
        }
        QThread::msleep(1000);
    }
    *error = QStringLiteral("The Pi stand-in VM did not answer SSH on 127.0.0.1:%1 within %2 s; its console: %3")
                 .arg(m_port)
                 .arg(timer.elapsed() / 1000)
                 .arg(consoleTail());
    return false;
}

bool PiVm::waitForBoot(int bootsBefore, QString *error, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (bootCount() <= bootsBefore && !deadline.hasExpired() && isRunning())
        QThread::msleep(500);
    if (bootCount() <= bootsBefore) {
        *error = QStringLiteral("The Pi stand-in VM did not reboot (still boot %1); its console: %2")
                     .arg(bootCount())
                     .arg(consoleTail());
        return false;
    }
    return waitForSsh(error, int(qMax<qint64>(deadline.remainingTime(), 1000)));
}

transport::ConnectionSettings PiVm::settings(const QString &user) const
{
    transport::ConnectionSettings settings;
    settings.host = host();
    settings.port = m_port;
    settings.user = user;
    settings.privateKeyFile = clientKeyPath();
    settings.knownHostsFile = knownHostsPath();
    settings.hostKeyPolicy = transport::ConnectionSettings::HostKeyPolicy::Strict;
    settings.useAgent = false;
    settings.connectTimeoutMs = 30000;
    return settings;
}

QByteArray PiVm::ansibleInventory(const QString &inventoryName) const
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

QString PiVm::writeAnsibleInventory(const QString &inventoryName) const
{
    const QString path = m_dir->filePath(QStringLiteral("inventory"));
    writeFile(path, ansibleInventory(inventoryName));
    return path;
}

int PiVm::shell(const QString &script, QByteArray *output, int timeoutMs) const
{
    const ToolResult result = runTool(QStringLiteral("/usr/bin/ssh"),
                                      {QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-i"),
                                       clientKeyPath(), QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                                       QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                                       QStringLiteral("UserKnownHostsFile=") + knownHostsPath(), QStringLiteral("-o"),
                                       QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                                       QStringLiteral("ConnectTimeout=30"), QStringLiteral("root@127.0.0.1"), script},
                                      timeoutMs);
    if (output)
        *output = result.output + result.errors;
    return result.exitCode == 255 ? -1 : result.exitCode;
}

QByteArray PiVm::consoleLog() const
{
    return m_dir ? readFile(m_dir->filePath(QStringLiteral("run/console.log"))) : QByteArray();
}

QString PiVm::consoleTail(int lines) const
{
    const QList<QByteArray> all = consoleLog().split('\n');
    return QStringLiteral("\n--- console (last %1 lines) ---\n").arg(lines)
        + QString::fromUtf8(all.mid(qMax(0, all.size() - lines)).join('\n'));
}

} // namespace antler::test
