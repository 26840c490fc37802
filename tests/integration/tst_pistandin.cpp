// The Pi stand-in fixture itself: a bookworm container reachable over SSH as
// a sudo user, with apt working, and gone after the fixture.

#include "PiStandIn.h"
#include "transport/SshTransport.h"

#include <QProcess>
#include <QTest>

using namespace antler::transport;
using antler::test::PiStandIn;

namespace {

CommandResult runAndWait(Transport &transport, const CommandSpec &spec, int limitMs = 300000)
{
    CommandJob *job = transport.run(spec);
    job->setAutoDelete(false);
    (void)QTest::qWaitFor([job] { return job->isFinished(); }, limitMs);
    CommandResult result = job->result();
    if (!job->isFinished())
        result.error = QStringLiteral("TEST: no result within %1 ms").arg(limitMs);
    delete job;
    return result;
}

CommandResult runScript(Transport &transport, const QByteArray &script, bool become = false)
{
    CommandSpec spec;
    spec.script = script;
    spec.become = become;
    return runAndWait(transport, spec);
}

} // namespace

class TestPiStandIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = PiStandIn::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
    }

    void sshAsPiWithSudo()
    {
        QString containerName;
        {
            PiStandIn pi;
            QString error;
            QVERIFY2(pi.start(&error), qPrintable(error));
            containerName = pi.containerName();

            SshTransport transport(pi.settings());
            CommandResult result = runScript(transport, "id -un; . /etc/os-release; echo $VERSION_CODENAME");
            QVERIFY2(result.succeeded(), qPrintable(result.error + QString::fromUtf8(result.stderrData)));
            QCOMPARE(result.stdoutData, QByteArray("pi\nbookworm\n"));

            result = runScript(transport, "id -u", true);
            QVERIFY2(result.succeeded(), qPrintable(result.error + QString::fromUtf8(result.stderrData)));
            QCOMPARE(result.stdoutData, QByteArray("0\n"));

            // Not this machine: a hostname of its own, and no systemd inside.
            result = runScript(transport, "hostname; test -d /run/systemd/system && echo systemd || echo none");
            QCOMPARE(result.stdoutData, QByteArray("pi-standin\nnone\n"));

            QByteArray output;
            QCOMPARE(pi.shell(QStringLiteral("command -v python3 sshd crontab sysctl"), &output), 0);

            SshTransport root(pi.settings(QStringLiteral("root")));
            result = runScript(root, "id -u");
            QCOMPARE(result.stdoutData, QByteArray("0\n"));
        }
        QProcess podman;
        podman.setProcessEnvironment(PiStandIn::podmanEnvironment());
        podman.start(QStringLiteral("podman"), {QStringLiteral("container"), QStringLiteral("exists"), containerName});
        QVERIFY(podman.waitForFinished(60000));
        QCOMPARE(podman.exitCode(), 1); // removed with the fixture
    }

    void aptWorksInside()
    {
        PiStandIn pi;
        QString error;
        QVERIFY2(pi.start(&error), qPrintable(error));
        SshTransport transport(pi.settings());
        const CommandResult result = runScript(
            transport, "DEBIAN_FRONTEND=noninteractive apt-get -q update >/dev/null && apt-cache policy hello", true);
        QVERIFY2(result.succeeded(), qPrintable(result.error + QString::fromUtf8(result.stderrData)));
        QVERIFY2(result.stdoutData.contains("Candidate:") && !result.stdoutData.contains("Candidate: (none)"),
                 result.stdoutData.constData());
    }
};

QTEST_GUILESS_MAIN(TestPiStandIn)
#include "tst_pistandin.moc"
