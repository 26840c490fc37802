// The Pi stand-in VM itself: it boots like a Pi (kernel command line from its
// firmware partition, memory cgroup controller off), runs systemd, answers
// SSH as a sudo user, reboots through its firmware again with an edited
// command line, and goes away with its fixture.

#include "PiVm.h"
#include "transport/SshTransport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace antler::transport;
using antler::test::PiVm;

namespace {

CommandResult runScript(Transport &transport, const QByteArray &script, bool become = false)
{
    CommandSpec spec;
    spec.script = script;
    spec.become = become;
    CommandJob *job = transport.run(spec);
    job->setAutoDelete(false);
    (void)QTest::qWaitFor([job] { return job->isFinished(); }, 300000);
    CommandResult result = job->result();
    delete job;
    return result;
}

} // namespace

class TestPiVm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = PiVm::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
    }

    void bootsLikeAPiAndRebootsWithTheEditedCommandLine()
    {
        QString runDir;
        {
            PiVm pi;
            QString error;
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(pi.start(&error), qPrintable(error));
            qInfo("booted to systemd 'running' and SSH in %lld s (%s)", timer.elapsed() / 1000,
                  qPrintable(PiVm::accelerator(PiVm::defaultArch())));
            runDir = pi.dir();
            QCOMPARE(pi.bootCount(), 1);

            SshTransport transport(pi.settings());
            CommandResult result = runScript(transport, "id -un; . /etc/os-release; echo $VERSION_CODENAME");
            QVERIFY2(result.succeeded(), qPrintable(result.error + QString::fromUtf8(result.stderrData)));
            QCOMPARE(result.stdoutData, QByteArray("pi\nbookworm\n"));
            result = runScript(transport, "id -u", true);
            QCOMPARE(result.stdoutData, QByteArray("0\n"));

            // A real machine: systemd is PID 1, the firmware partition is mounted,
            // and the memory controller is off as on a fresh Pi.
            result = runScript(transport,
                               "cat /proc/1/comm; findmnt -n -o TARGET /boot/firmware; "
                               "awk '$1 == \"memory\" {print $4}' /proc/cgroups; cat /boot/firmware/cmdline.txt");
            const QList<QByteArray> lines = result.stdoutData.split('\n');
            QCOMPARE(lines.value(0), QByteArray("systemd"));
            QCOMPARE(lines.value(1), QByteArray("/boot/firmware"));
            QCOMPARE(lines.value(2), QByteArray("0"));
            QVERIFY2(lines.value(3).contains("cgroup_disable=memory"), lines.value(3).constData());
            QCOMPARE(pi.firmwareCommandLine().toUtf8(), lines.value(3));

            // Edit the line and reboot: the firmware boots the new line.
            result = runScript(transport,
                               "sed -i 's/ cgroup_disable=memory//' /boot/firmware/cmdline.txt && "
                               "cat /proc/sys/kernel/random/boot_id && systemctl reboot",
                               true);
            QVERIFY2(result.succeeded() || result.status != CommandResult::Status::Finished,
                     qPrintable(result.error + QString::fromUtf8(result.stderrData)));
            const QByteArray bootIdBefore = result.stdoutData.trimmed();
            timer.restart();
            QVERIFY2(pi.waitForBoot(1, &error), qPrintable(error));
            qInfo("rebooted in %lld s", timer.elapsed() / 1000);
            QCOMPARE(pi.bootCount(), 2);
            QByteArray output;
            QCOMPARE(pi.shell(QStringLiteral("cat /proc/sys/kernel/random/boot_id; "
                                             "awk '$1 == \"memory\" {print $4}' /proc/cgroups; cat /proc/cmdline"),
                              &output),
                     0);
            const QList<QByteArray> after = output.split('\n');
            QVERIFY(after.value(0) != bootIdBefore);
            QCOMPARE(after.value(1), QByteArray("1"));
            QVERIFY2(!after.value(2).contains("cgroup_disable=memory"), after.value(2).constData());

            // Firmware override: cgroup_disable=memory comes back whatever the file says.
            pi.setFirmwareOverride(true);
            QCOMPARE(pi.shell(QStringLiteral("systemctl reboot")) <= 0, true);
            QVERIFY2(pi.waitForBoot(2, &error), qPrintable(error));
            QCOMPARE(
                pi.shell(QStringLiteral("awk '$1 == \"memory\" {print $4}' /proc/cgroups; cat /proc/cmdline"), &output),
                0);
            QVERIFY2(output.startsWith("0\n") && output.trimmed().endsWith("cgroup_disable=memory"),
                     output.constData());
            QVERIFY(pi.consoleLog().contains("Linux version"));
        }
        // Gone with the fixture: qemu ended, its folder removed.
        QVERIFY(!QFileInfo::exists(runDir));
    }
};

QTEST_GUILESS_MAIN(TestPiVm)
#include "tst_pivm.moc"
