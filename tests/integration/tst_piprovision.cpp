// The provisioning playbooks (resources/playbooks/) against the Pi stand-in
// VM, for real: antler sets up one VM while ansible-playbook sets up a second
// one booted from the same image at the same time (in the background: its
// runs are one shell script, so the antler cases go on meanwhile), and both
// must end with the same recaps and the same system (installed packages,
// enabled units, the files the playbooks write).
// On the antler VM: the facts, the memory cgroup fix through a reboot,
// podman and the registry as running systemd services with a push and a pull
// that work, a second run that changes nothing, the service, systemd and
// reboot modules compared with ansible-playbook, and the cgroups step
// stopping with its explanation when the firmware turns the controller off
// itself.

#include "PiVm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using antler::test::PiVm;

namespace {

const QString playbooks = QStringLiteral(ANTLER_SOURCE_DIR "/resources/playbooks/");

struct Run
{
    int exitCode = -1;
    QString output;
    qint64 seconds = 0;
};

// What ansible-playbook runs on its VM, in this order, one after the other.
const QStringList ansibleSteps = {QStringLiteral("pi-setup.yml"), QStringLiteral("pi-setup.yml"),
                                  QStringLiteral(ANTLER_SOURCE_DIR "/tests/integration/data/pivm/system-modules.yml")};

// "ok=… changed=… unreachable=… failed=… skipped=… rescued=… ignored=…" of the host "pi".
QString recap(const QString &output)
{
    static const QRegularExpression line(
        QStringLiteral("^pi\\s+: (ok=\\d+)\\s+(changed=\\d+)\\s+(unreachable=\\d+)\\s+(failed=\\d+)\\s+"
                       "(skipped=\\d+)\\s+(rescued=\\d+)\\s+(ignored=\\d+)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(output.mid(output.lastIndexOf(QLatin1String("PLAY RECAP"))));
    if (!match.hasMatch())
        return QStringLiteral("(no recap)");
    QStringList counts;
    for (int i = 1; i <= 7; ++i)
        counts << match.captured(i);
    return counts.join(QLatin1Char(' '));
}

// What the playbooks leave behind, as text both VMs must agree on.
const QString endStateScript = QStringLiteral(
    "dpkg-query -W -f='${Package} ${Status}\\n' podman runc docker-registry git make ca-certificates g++ cmake "
    "qt6-httpserver-dev nginx-light 2>&1\n"
    "for unit in docker-registry podman.socket antler-probe nginx; do echo \"$unit $(systemctl is-enabled $unit 2>&1) "
    "$(systemctl is-active $unit 2>&1)\"; done\n"
    "for file in /boot/firmware/cmdline.txt /etc/containers/registries.conf.d/50-antler-registry.conf "
    "/etc/antler/stages/test.conf /etc/antler/stages/staging.conf /etc/antler/stages/production.conf "
    "/etc/systemd/system/antler-probe.service /etc/docker/registry/config.yml; do echo \"== $file $(stat -c %a $file "
    "2>&1)\"; cat $file 2>&1; done\n"
    "awk '$1 == \"memory\" {print \"memory cgroup enabled:\", $4}' /proc/cgroups\n");

} // namespace

class TestPiProvision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void facts();
    void setupThroughTheReboot();
    void servicesRunAndTheRegistryWorks();
    void secondRunChangesNothing();
    void systemModulesThroughAntler();
    void cgroupsStepStopsWhenTheFirmwareOverrides();
    void sameRecapAndEndStateAsAnsiblePlaybook();
    void systemModulesAsAnsiblePlaybook();
    void cleanupTestCase();

private:
    Run antler(const QString &playbook, const QStringList &extra = {});
    Run runTool(const QString &program, const QStringList &arguments, const PiVm &vm);
    QProcessEnvironment toolEnvironment(const PiVm &vm) const;
    void startAnsibleRuns();
    // Waits for the background script; false with the reason in *error.
    bool waitForAnsibleRuns(QString *error);
    // Step i of ansibleSteps as it ran, and the VM's boot count after it.
    Run ansibleRun(int step) const;
    int ansibleBootsAfter(int step) const;

    std::unique_ptr<PiVm> m_antlerVm;
    std::unique_ptr<PiVm> m_ansibleVm;
    std::unique_ptr<QProcess> m_ansibleRuns;
    QString m_ansiblePlaybook;
    QString m_setupRecap[2];
    QString m_systemModulesRecap;
    QByteArray m_antlerEndState;
};

void TestPiProvision::initTestCase()
{
    if (const QString reason = PiVm::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_ansiblePlaybook = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    QVERIFY2(!m_ansiblePlaybook.isEmpty(), "ansible-playbook is not installed (package ansible-core)");
    // Both VMs boot at once, and ansible-playbook's runs start in the
    // background as soon as its VM is up: each VM takes a core under
    // emulation, and one after the other the test took twice as long.
    m_antlerVm = std::make_unique<PiVm>();
    m_ansibleVm = std::make_unique<PiVm>();
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_antlerVm->launch(&error), qPrintable(error));
    QVERIFY2(m_ansibleVm->launch(&error), qPrintable(error));
    QVERIFY2(m_ansibleVm->waitUntilUp(&error), qPrintable(QStringLiteral("ansible-playbook's VM: ") + error));
    startAnsibleRuns();
    QVERIFY2(m_antlerVm->waitUntilUp(&error), qPrintable(QStringLiteral("antler's VM: ") + error));
    qInfo("both VMs up in %lld s (%s)", timer.elapsed() / 1000, qPrintable(PiVm::accelerator(PiVm::defaultArch())));
}

void TestPiProvision::cleanupTestCase()
{
    if (m_ansibleRuns && m_ansibleRuns->state() != QProcess::NotRunning) {
        // Its process group: the script and the ansible-playbook it runs.
        ::kill(-pid_t(m_ansibleRuns->processId()), SIGTERM);
        m_ansibleRuns->waitForFinished(10000);
    }
    m_ansibleRuns.reset();
    m_antlerVm.reset();
    m_ansibleVm.reset();
}

QProcessEnvironment TestPiProvision::toolEnvironment(const PiVm &vm) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SSH_AUTH_SOCK"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("HOME"), vm.homeDir());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_PIPELINING"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
    environment.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), vm.homeDir() + QStringLiteral("/.ansible/tmp"));
    environment.insert(QStringLiteral("ANSIBLE_TIMEOUT"), QStringLiteral("60"));
    return environment;
}

// One shell script runs ansibleSteps on ansible-playbook's VM; for each step
// i it leaves ansible-i.out, ansible-i.rc, ansible-i.seconds and ansible-i.boots
// (the VM's boot count after it) in the VM's folder.
void TestPiProvision::startAnsibleRuns()
{
    QStringList arguments;
    for (const QString &step : ansibleSteps)
        arguments << (QDir::isAbsolutePath(step) ? step : playbooks + step);
    const QString script = QStringLiteral("set -u; playbook=$1; inventory=$2; dir=$3; shift 3; i=0\n"
                                          "for step in \"$@\"; do\n"
                                          "  start=$(date +%s)\n"
                                          "  \"$playbook\" \"$step\" -i \"$inventory\" >\"$dir/ansible-$i.out\" 2>&1\n"
                                          "  echo $? >\"$dir/ansible-$i.rc\"\n"
                                          "  echo $(( $(date +%s) - start )) >\"$dir/ansible-$i.seconds\"\n"
                                          "  cp \"$dir/run/boots\" \"$dir/ansible-$i.boots\"\n"
                                          "  i=$((i + 1))\n"
                                          "done\n");
    m_ansibleRuns = std::make_unique<QProcess>();
    m_ansibleRuns->setProcessEnvironment(toolEnvironment(*m_ansibleVm));
    m_ansibleRuns->setProcessChannelMode(QProcess::ForwardedChannels);
    m_ansibleRuns->setWorkingDirectory(m_ansibleVm->dir());
    // A process group of its own, so that cleanupTestCase ends what it started.
    m_ansibleRuns->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_ansibleRuns->start(QStringLiteral("/bin/sh"),
                         QStringList {QStringLiteral("-c"), script, QStringLiteral("ansible-runs"), m_ansiblePlaybook,
                                      m_ansibleVm->writeAnsibleInventory(), m_ansibleVm->dir()}
                             + arguments);
}

bool TestPiProvision::waitForAnsibleRuns(QString *error)
{
    if (!m_ansibleRuns) {
        *error = QStringLiteral("ansible-playbook's runs never started");
        return false;
    }
    // Every step has 40 minutes, as antler's runs have.
    if (m_ansibleRuns->state() != QProcess::NotRunning
        && !m_ansibleRuns->waitForFinished(int(ansibleSteps.size()) * 2400000)) {
        *error = QStringLiteral("ansible-playbook's runs did not end within %1 minutes").arg(ansibleSteps.size() * 40);
        return false;
    }
    return true;
}

Run TestPiProvision::ansibleRun(int step) const
{
    const auto read = [&](const char *suffix) {
        QFile file(m_ansibleVm->dir() + QStringLiteral("/ansible-%1.").arg(step) + QLatin1String(suffix));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    Run run;
    const QString code = read("rc").trimmed();
    run.exitCode = code.isEmpty() ? -1 : code.toInt();
    run.output = read("out");
    run.seconds = read("seconds").trimmed().toLongLong();
    return run;
}

int TestPiProvision::ansibleBootsAfter(int step) const
{
    QFile file(m_ansibleVm->dir() + QStringLiteral("/ansible-%1.boots").arg(step));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : -1;
}

Run TestPiProvision::runTool(const QString &program, const QStringList &arguments, const PiVm &vm)
{
    QProcess process;
    process.setProcessEnvironment(toolEnvironment(vm));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(vm.dir());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(2400000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    run.seconds = timer.elapsed() / 1000;
    return run;
}

Run TestPiProvision::antler(const QString &playbook, const QStringList &extra)
{
    return runTool(QStringLiteral(ANTLER_EXECUTABLE),
                   QStringList {QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"),
                                m_antlerVm->writeAnsibleInventory()}
                       + extra,
                   *m_antlerVm);
}

void TestPiProvision::facts()
{
    const Run run = antler(playbooks + QStringLiteral("pi-facts.yml"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(recap(run.output), QStringLiteral("ok=3 changed=0 unreachable=0 failed=0 skipped=0 rescued=0 ignored=0"));
    const bool arm64 = PiVm::defaultArch() == QLatin1String("arm64");
    QVERIFY(run.output.contains(arm64 ? QLatin1String("\"architecture\": \"aarch64\"")
                                      : QLatin1String("\"architecture\": \"x86_64\"")));
    for (const char *expected : {"\"memory_cgroup_enabled\": false", "\"cmdline_file\": \"/boot/firmware/cmdline.txt\"",
                                 "\"podman_installed\": false", "\"os_id\": \"debian\"", "\"systemd\": true"})
        QVERIFY2(run.output.contains(QLatin1String(expected)),
                 qPrintable(expected + QStringLiteral(" in ") + run.output));
}

void TestPiProvision::setupThroughTheReboot()
{
    const int bootsBefore = m_antlerVm->bootCount();
    const Run run = antler(playbooks + QStringLiteral("pi-setup.yml"));
    qInfo("antler: pi-setup.yml, first run: %lld s", run.seconds);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output + m_antlerVm->consoleTail()));
    m_setupRecap[0] = recap(run.output);
    QCOMPARE(m_antlerVm->bootCount(), bootsBefore + 1);
    QByteArray output;
    QCOMPARE(m_antlerVm->shell(QStringLiteral("awk '$1 == \"memory\" {print $4}' /proc/cgroups; cat /proc/cmdline"),
                               &output),
             0);
    QVERIFY2(output.startsWith("1\n"), output.constData());
    QVERIFY2(output.contains(" cgroup_memory=1 cgroup_enable=memory") && !output.contains("cgroup_disable"),
             output.constData());
    // The file's single line: no word twice, nothing else lost.
    QCOMPARE(m_antlerVm->firmwareCommandLine().section(QLatin1Char(' '), 1),
             QStringLiteral("root=/dev/vda rw rootfstype=ext4 fsck.repair=yes rootwait net.ifnames=0 "
                            "cgroup_memory=1 cgroup_enable=memory"));
}

void TestPiProvision::servicesRunAndTheRegistryWorks()
{
    QByteArray output;
    QCOMPARE(
        m_antlerVm->shell(QStringLiteral("systemctl is-enabled docker-registry; systemctl is-active docker-registry; "
                                         "podman --version >/dev/null && echo podman; runc --version >/dev/null "
                                         "&& echo runc"),
                          &output),
        0);
    QCOMPARE(output, QByteArray("enabled\nactive\npodman\nrunc\n"));
    // Push and pull again, here, beside the playbook's own probe.
    const QString script = QStringLiteral(
        "set -e; d=$(mktemp -d); echo test > $d/f; tar -C $d -cf $d/t.tar f; "
        "podman import -q $d/t.tar localhost:5000/antler/test:1 >/dev/null; "
        "podman push -q --tls-verify=false localhost:5000/antler/test:1; podman rmi -f localhost:5000/antler/test:1 "
        ">/dev/null; podman pull -q localhost:5000/antler/test:1 >/dev/null; "
        "python3 -c 'import urllib.request; print(urllib.request.urlopen(\"http://127.0.0.1:5000/v2/_catalog\").read()"
        ".decode())'");
    const int code = m_antlerVm->shell(script, &output);
    QVERIFY2(code == 0, output.constData());
    QVERIFY2(output.contains("antler/test") && output.contains("antler/probe"), output.constData());
}

void TestPiProvision::secondRunChangesNothing()
{
    const int bootsBefore = m_antlerVm->bootCount();
    const Run run = antler(playbooks + QStringLiteral("pi-setup.yml"));
    qInfo("antler: pi-setup.yml, second run: %lld s", run.seconds);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    m_setupRecap[1] = recap(run.output);
    QVERIFY2(m_setupRecap[1].contains(QLatin1String(" changed=0 ")), qPrintable(run.output));
    QCOMPARE(m_antlerVm->bootCount(), bootsBefore);
}

void TestPiProvision::systemModulesThroughAntler()
{
    const QString playbook = QStringLiteral(ANTLER_SOURCE_DIR "/tests/integration/data/pivm/system-modules.yml");
    const int bootsBefore = m_antlerVm->bootCount();
    const Run run = antler(playbook);
    qInfo("antler: system-modules.yml: %lld s", run.seconds);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output + m_antlerVm->consoleTail()));
    m_systemModulesRecap = recap(run.output);
    // The reboot module really rebooted the machine, and the enabled unit came back.
    QCOMPARE(m_antlerVm->bootCount(), bootsBefore + 1);
    QByteArray state;
    QCOMPARE(m_antlerVm->shell(QStringLiteral("systemctl is-enabled antler-probe; systemctl is-active antler-probe"),
                               &state),
             0);
    QCOMPARE(state, QByteArray("enabled\nactive\n"));
    // What ansible-playbook's VM is compared with, before the firmware case changes the boot.
    m_antlerVm->shell(endStateScript, &m_antlerEndState);
}

void TestPiProvision::cgroupsStepStopsWhenTheFirmwareOverrides()
{
    // Pi 5 firmware: cgroup_disable=memory is appended at boot, whatever the file says.
    m_antlerVm->setFirmwareOverride(true);
    const int bootsBefore = m_antlerVm->bootCount();
    m_antlerVm->shell(QStringLiteral("systemctl reboot"));
    QString error;
    QVERIFY2(m_antlerVm->waitForBoot(bootsBefore, &error), qPrintable(error));
    const Run run = antler(playbooks + QStringLiteral("pi-cgroups.yml"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(QLatin1String("the firmware adds cgroup_disable=memory to the command line itself"))
                 && run.output.contains(QLatin1String("cgroup_enable=memory cgroup_disable=memory")),
             qPrintable(run.output));
    // It rebooted once to try, and stopped: the step after the fail never ran.
    QCOMPARE(m_antlerVm->bootCount(), bootsBefore + 2);
    QVERIFY2(!run.output.contains(QLatin1String("is not the file this Pi's firmware reads")), qPrintable(run.output));
    // Done with antler's VM: its core goes to ansible-playbook's.
    m_antlerVm.reset();
}

void TestPiProvision::sameRecapAndEndStateAsAnsiblePlaybook()
{
    if (m_setupRecap[1].isEmpty())
        QSKIP("the antler runs failed; nothing to compare with");
    m_antlerVm.reset();
    QString error;
    QVERIFY2(waitForAnsibleRuns(&error), qPrintable(error + m_ansibleVm->consoleTail()));
    for (int i = 0; i < 2; ++i) {
        const Run run = ansibleRun(i);
        qInfo("ansible-playbook: pi-setup.yml, run %d: %lld s", i + 1, run.seconds);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output + m_ansibleVm->consoleTail()));
        QCOMPARE(recap(run.output), m_setupRecap[i]);
    }
    // The first run rebooted once for the memory cgroup, the second not at all.
    QCOMPARE(ansibleBootsAfter(0), 2);
    QCOMPARE(ansibleBootsAfter(1), 2);
}

void TestPiProvision::systemModulesAsAnsiblePlaybook()
{
    if (!m_ansibleVm || m_systemModulesRecap.isEmpty())
        QSKIP("the earlier runs failed; nothing to compare with");
    QString error;
    QVERIFY2(waitForAnsibleRuns(&error), qPrintable(error + m_ansibleVm->consoleTail()));
    const Run run = ansibleRun(2);
    qInfo("ansible-playbook: system-modules.yml: %lld s", run.seconds);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output + m_ansibleVm->consoleTail()));
    QCOMPARE(recap(run.output), m_systemModulesRecap);
    QCOMPARE(ansibleBootsAfter(2), 3);
    // The same system after pi-setup.yml twice and system-modules.yml, whoever ran them.
    QByteArray ansibleState;
    m_ansibleVm->shell(endStateScript, &ansibleState);
    QCOMPARE(QString::fromUtf8(m_antlerEndState), QString::fromUtf8(ansibleState));
    QVERIFY2(m_antlerEndState.contains("podman install ok installed")
                 && m_antlerEndState.contains("docker-registry enabled active")
                 && m_antlerEndState.contains("antler-probe enabled active")
                 // nginx is there for the build only: no default site on port 80.
                 && m_antlerEndState.contains("nginx disabled inactive"),
             m_antlerEndState.constData());
}

QTEST_GUILESS_MAIN(TestPiProvision)
#include "tst_piprovision.moc"
