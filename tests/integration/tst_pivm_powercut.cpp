// The Pi loses power in the middle of provisioning: the real antler binary
// provisions two hosts — the Pi stand-in VM (tests/support/PiVm.h) and this
// machine (ansible_connection=local) — and the VM's power is cut while it
// runs a task (its packets dropped and qemu frozen: no answer, no reset, a
// power cut as its peers see it), then qemu is killed. The Pi must be reported unreachable within the SSH
// keep-alive timeout, this machine must finish, the exit code must be 4 and
// nothing may hang. Then the same disks boot again and the run is repeated
// for the hosts in the retry file: it resumes and completes.
//
// Label vm (make test-vm): one boot and one power-on under emulation.
#include "PiVm.h"
#include "playbook/HostStats.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using antler::playbook::HostStats;
using antler::test::PiVm;

namespace {

// ConnectionSettings' keep-alive: probes every 15 s, three unanswered ones
// end the connection. Twice that, plus the local host's own work, and the
// run has hung on the lost Pi.
constexpr int keepAliveTimeoutMs = 15 * 3 * 1000;
constexpr int hangLimitMs = 2 * keepAliveTimeoutMs + 60000;

// Each host works in its own folder (work): a step that takes a while and
// records that it ended (creates: makes it resumable), then the settings a
// provisioning step writes, then a mark that it finished.
const QByteArray playbook = "- name: Provision\n"
                            "  hosts: all\n"
                            "  gather_facts: false\n"
                            "  tasks:\n"
                            "    - name: Create the work folder\n"
                            "      file:\n"
                            "        path: \"{{ work }}\"\n"
                            "        state: directory\n"
                            "    - name: Work a while\n"
                            "      shell: touch {{ work }}/working; sleep 30; touch {{ work }}/worked\n"
                            "      args:\n"
                            "        creates: \"{{ work }}/worked\"\n"
                            "    - name: Write the settings\n"
                            "      copy:\n"
                            "        dest: \"{{ work }}/settings.conf\"\n"
                            "        content: \"STAGE=test\\nPORT=18481\\n\"\n"
                            "    - name: Mark the host finished\n"
                            "      copy:\n"
                            "        dest: \"{{ work }}/finished\"\n"
                            "        content: \"finished\\n\"\n";

struct Run
{
    int exitCode = -1;
    bool ended = false;
    qint64 endedAfterMs = 0;
    QString output;
};

QMap<QString, HostStats> recap(const QString &output)
{
    QMap<QString, HostStats> result;
    static const QRegularExpression line(
        QStringLiteral("^(\\S+)\\s+: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)"),
        QRegularExpression::MultilineOption);
    auto it = line.globalMatch(output.mid(output.indexOf(QLatin1String("PLAY RECAP"))));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        HostStats stats;
        stats.ok = match.captured(2).toInt();
        stats.changed = match.captured(3).toInt();
        stats.unreachable = match.captured(4).toInt();
        stats.failed = match.captured(5).toInt();
        result.insert(match.captured(1), stats);
    }
    return result;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestPiVmPowerCut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void powerCutMidProvisioningThenTheRerunResumes();
};

void TestPiVmPowerCut::powerCutMidProvisioningThenTheRerunResumes()
{
    if (const QString reason = PiVm::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    if (const QString reason = PiVm::cutPowerUnavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    PiVm::Options options;
    options.honourFlushes = true; // what the guest flushed survives the cut, as on a Pi
    PiVm vm(options);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(vm.start(&error), qPrintable(error));
    qInfo("VM up in %lld s (%s)", timer.elapsed() / 1000, qPrintable(PiVm::accelerator(PiVm::defaultArch())));

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString piWork = QStringLiteral("/home/pi/antler-provision");
    const QString localWork = scratch.filePath(QStringLiteral("here"));
    const QByteArray inventory = "here ansible_connection=local work=" + localWork.toUtf8() + "\n"
        + vm.ansibleInventory(QStringLiteral("pi")).trimmed() + " work=" + piWork.toUtf8() + "\n";
    const QString inventoryPath = scratch.filePath(QStringLiteral("hosts.ini"));
    const QString playbookPath = scratch.filePath(QStringLiteral("provision.yml"));
    QVERIFY(writeFile(inventoryPath, inventory));
    QVERIFY(writeFile(playbookPath, playbook));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SSH_AUTH_SOCK"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("HOME"), vm.homeDir());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const auto startAntler = [&](QProcess *antler, const QStringList &extra) {
        antler->setProcessEnvironment(environment);
        antler->setProcessChannelMode(QProcess::MergedChannels);
        antler->setWorkingDirectory(scratch.path());
        antler->start(QStringLiteral(ANTLER_EXECUTABLE),
                      QStringList {QStringLiteral("--run-playbook"), playbookPath, QStringLiteral("-i"), inventoryPath}
                          + extra);
        return antler->waitForStarted();
    };

    // The first run: the power fails while the Pi is inside "Work a while".
    QProcess first;
    QVERIFY(startAntler(&first, {}));
    QDeadlineTimer inside(900000);
    bool working = false;
    while (!working && !inside.hasExpired() && first.state() != QProcess::NotRunning) {
        working = vm.shell(QStringLiteral("test -e %1/working").arg(piWork), nullptr, 60000) == 0;
        if (!working)
            QThread::msleep(1000);
    }
    QVERIFY2(working, qPrintable(QString::fromUtf8(first.readAll()) + vm.consoleTail()));
    QElapsedTimer sinceCut;
    sinceCut.start();
    QVERIFY2(vm.cutPower(&error), qPrintable(error));

    Run run;
    run.ended = first.waitForFinished(hangLimitMs);
    run.endedAfterMs = sinceCut.elapsed();
    vm.powerOff(); // the frozen machine's state is lost: only its disks remain
    if (!run.ended) {
        first.kill();
        first.waitForFinished();
    }
    run.output = QString::fromUtf8(first.readAll());
    QVERIFY2(run.ended,
             qPrintable(QStringLiteral("antler still runs %1 s after the Pi lost power:\n").arg(hangLimitMs / 1000)
                        + run.output));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QVERIFY2(first.exitCode() == 4, qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("fatal: [pi]: UNREACHABLE!")), qPrintable(run.output));
    QMap<QString, HostStats> stats = recap(run.output);
    QCOMPARE(stats.size(), 2);
    QCOMPARE(stats.value(QStringLiteral("pi")).unreachable, 1);
    QCOMPARE(stats.value(QStringLiteral("pi")).failed, 0);
    QCOMPARE(stats.value(QStringLiteral("here")).unreachable, 0);
    QCOMPARE(stats.value(QStringLiteral("here")).failed, 0);
    QCOMPARE(stats.value(QStringLiteral("here")).ok, 4);
    QVERIFY(QFile::exists(localWork + QStringLiteral("/finished")));
    const QString retryFile = vm.homeDir() + QStringLiteral("/.cache/antler/retry/provision.retry");
    QFile retry(retryFile);
    QVERIFY2(retry.open(QIODevice::ReadOnly), qPrintable(retryFile));
    QCOMPARE(retry.readAll().trimmed(), QByteArray("pi"));
    retry.close();
    qInfo("the Pi lost power mid-task: the run ended %lld s after the cut, exit code 4", run.endedAfterMs / 1000);

    // Power on the same disks; the run again for the hosts that did not finish.
    const int bootsBefore = vm.bootCount();
    timer.restart();
    QVERIFY2(vm.powerOn(&error), qPrintable(error));
    QVERIFY(vm.bootCount() > bootsBefore);
    qInfo("the same disks up again in %lld s", timer.elapsed() / 1000);
    QByteArray before;
    QCOMPARE(vm.shell(QStringLiteral("test ! -e %1/finished && echo unfinished").arg(piWork), &before), 0);

    QProcess second;
    QVERIFY(startAntler(&second, {QStringLiteral("--limit"), QLatin1Char('@') + retryFile}));
    const bool secondEnded = second.waitForFinished(1800000);
    if (!secondEnded) {
        second.kill();
        second.waitForFinished();
    }
    const QString secondOutput = QString::fromUtf8(second.readAll());
    QVERIFY2(secondEnded && second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
             qPrintable(secondOutput));
    stats = recap(secondOutput);
    QCOMPARE(stats.keys(), QStringList {QStringLiteral("pi")});
    QCOMPARE(stats.value(QStringLiteral("pi")).ok, 4);
    QByteArray state;
    QCOMPARE(vm.shell(QStringLiteral("cat %1/worked %1/settings.conf %1/finished").arg(piWork), &state), 0);
    QCOMPARE(state, QByteArray("STAGE=test\nPORT=18481\nfinished\n"));
}

QTEST_GUILESS_MAIN(TestPiVmPowerCut)
#include "tst_pivm_powercut.moc"
