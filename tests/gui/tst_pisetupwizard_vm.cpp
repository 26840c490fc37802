// The Pi setup wizard clicked through against the Pi stand-in VM, opened from
// the window's "Set up a Pi…": connect, trust the host key, inspect (memory
// cgroup off is warned about), choose podman, provision every step through
// the reboot, done, and Finish opens the new profile in the window. Then the
// wizard opened again for the same host resumes with every step done. Before
// that, the same VM presents a host key other than the one known_hosts holds:
// the wizard stops on the Connect page and nothing logs in or runs.
//
// One boot for the whole binary: the changed-key case changes nothing on the
// VM, so both cases share it.
//
// "Build and deploy to test" on the Done page opens the new profile, whose
// window starts a native build on the Pi. Run as tst_pisetupwizard_vm (make
// test) the test sees that build start and cancels it; run as
// tst_pisetupwizard_vm_deploy (ANTLER_PI_VM_DEPLOY=1, make test-vm: the build
// alone takes 15 to 25 minutes under emulation) it waits for the build and
// the deploy, and the first stage must serve moose facts, inside the VM and
// through its forwarded port here, where the stage's health check polls it.

#include "AppSettings.h"
#include "HttpClient.h"
#include "MainWindow.h"
#include "OperationWait.h"
#include "PiVm.h"
#include "WindowHost.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/PipelineEvent.h"
#include "pisetup/ChoosePage.h"
#include "pisetup/ConnectPage.h"
#include "pisetup/DonePage.h"
#include "pisetup/InspectPage.h"
#include "pisetup/PiSetupWizard.h"
#include "pisetup/ProvisionPage.h"
#include "pisetup/VerifyHostPage.h"
#include "setup/SetupPlan.h"
#include "transport/KnownHosts.h"

#include <QAbstractButton>
#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace antler::gui;
using antler::pipeline::Operation;
using antler::test::PiVm;

namespace {

void fillConnectPage(PiSetupWizard &wizard, const PiVm &pi)
{
    ConnectPage *connect = wizard.connectPage();
    connect->findChild<QLineEdit *>(QStringLiteral("host"))->setText(pi.host());
    connect->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(pi.port());
    connect->findChild<QLineEdit *>(QStringLiteral("user"))->setText(PiVm::user());
    connect->findChild<QLineEdit *>(QStringLiteral("keyFile"))->setText(pi.clientKeyPath());
    connect->findChild<QRadioButton *>(QStringLiteral("useKeyFile"))->setChecked(true);
}

// An ed25519 public key in SSH's wire format that is not the VM's.
// The arm64 stand-in runs about four times slower than the amd64 one
// under emulation: its waits grow with it.
int slowness()
{
    return PiVm::defaultArch() == QLatin1String("arm64") ? 4 : 1;
}

QByteArray otherEd25519Key()
{
    QByteArray blob;
    const auto put = [&blob](const QByteArray &field) {
        char length[4];
        qToBigEndian<quint32>(quint32(field.size()), length);
        blob += QByteArray(length, 4) + field;
    };
    QByteArray key(32, Qt::Uninitialized);
    for (char &byte : key)
        byte = char(QRandomGenerator::global()->bounded(256));
    put("ssh-ed25519");
    put(key);
    return blob;
}

// How many times the VM's sshd let the user pi in (PiVm::shell logs in as root).
int piLogins(const PiVm &pi)
{
    QByteArray count;
    pi.shell(QStringLiteral("journalctl --no-pager -o cat _COMM=sshd | grep -c 'Accepted publickey for pi '"), &count,
             120000);
    return count.trimmed().toInt();
}

} // namespace

class TestPiSetupWizardVm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = PiVm::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        // Saved plans and settings in folders of this run's own.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        QSettings().clear();
        // The build the window starts takes the sources and moosefacts of this build tree.
        qputenv("ANTLER_MOOSEFACTS", QByteArray(ANTLER_BINARY_DIR "/server/moosefacts"));
        // The three stages' ports reach the VM from here, as a Pi's do on the LAN.
        PiVm::Options options;
        options.forwardedPortCount = 3;
        m_pi = std::make_unique<PiVm>(options);
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_pi->start(&error), qPrintable(error));
        qInfo("VM up in %lld s (%s)", timer.elapsed() / 1000, qPrintable(PiVm::accelerator(PiVm::defaultArch())));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_pi.reset();
    }

    void changedHostKeyStopsTheWizard()
    {
        PiVm &pi = *m_pi;
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        QString error;
        QVERIFY2(antler::transport::KnownHosts::append(knownHosts, pi.host(), pi.port(), otherEd25519Key(), &error),
                 qPrintable(error));
        const int loginsBefore = piLogins(pi);
        PiSetupWizard wizard;
        wizard.setKnownHostsFile(knownHosts);
        wizard.setProfilesDir(dir.filePath(QStringLiteral("profiles")));
        wizard.show();
        fillConnectPage(wizard, pi);
        QSignalSpy tested(wizard.connectPage(), &ConnectPage::connectionTested);
        QTest::mouseClick(wizard.connectPage()->findChild<QAbstractButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 120000);
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY(wizard.connectPage()->hostKeyChanged());
        const QString status = wizard.connectPage()->statusText();
        QVERIFY2(status.startsWith(QLatin1String("STOP: the Pi at 127.0.0.1 presents a different host key")),
                 qPrintable(status));
        QVERIFY2(status.contains(antler::transport::KnownHosts::fingerprint(pi.hostKeyBlob())), qPrintable(status));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Connect));
        // Nothing ran: the VM's sshd let nobody in as pi, and no step is done.
        QCOMPARE(piLogins(pi), loginsBefore);
        antler::setup::SetupPlan saved;
        QVERIFY(!antler::setup::SetupPlan::load(pi.host(), pi.port(), &saved));
    }

    void clickThroughAgainstTheStandIn()
    {
        PiVm &pi = *m_pi;
        QString error;
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        AppSettings settings = AppSettings::load();
        settings.knownHostsPath = knownHosts;
        settings.save();
        // A window on a profile of its own; "Set up a Pi…" opens the wizard.
        const QString firstProfile = dir.filePath(QStringLiteral("first.yaml"));
        QFile first(firstProfile);
        QVERIFY(first.open(QIODevice::WriteOnly));
        first.write(
            "version: 1\nprofile: first\nruntime: local\nstages:\n  - name: test\n    host: 127.0.0.1\n    port: 1\n");
        first.close();
        WindowHost host;
        host.start(firstProfile);
        QPointer<MainWindow> window = host.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QAction *setUpPi = window->findChild<QAction *>(QStringLiteral("setUpPi"));
        QVERIFY(setUpPi);
        setUpPi->trigger();
        QPointer<PiSetupWizard> wizardPointer = window->findChild<PiSetupWizard *>();
        QVERIFY(wizardPointer);
        PiSetupWizard &wizard = *wizardPointer;
        QTRY_VERIFY(wizard.isVisible());
        QCOMPARE(wizard.knownHostsFile(), knownHosts);
        wizard.setProfilesDir(dir.filePath(QStringLiteral("profiles")));
        QSignalSpy created(&wizard, &PiSetupWizard::profileCreated);

        // Connect.
        ConnectPage *connect = wizard.connectPage();
        fillConnectPage(wizard, pi);
        QTest::mouseClick(connect->findChild<QAbstractButton *>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connect->hostKeyPending(), 60000);
        wizard.next();

        // Verify host: the stand-in's own key.
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::VerifyHost));
        QVERIFY(wizard.verifyHostPage()->fingerprintText().contains(pi.hostKeyType()));
        QTest::mouseClick(wizard.verifyHostPage()->findChild<QAbstractButton *>(QStringLiteral("acceptHostKey")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connect->connected(), 60000);
        wizard.next();

        // Inspect.
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Inspect));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.inspectPage()->isDone(), 300000 * slowness());
        QVERIFY2(wizard.inspectPage()->warningsText().contains(QLatin1String("memory cgroup controller is off")),
                 qPrintable(wizard.inspectPage()->warningsText()));
        QVERIFY(wizard.inspectPage()->warningsText().contains(QLatin1String("not a Raspberry Pi")));
        wizard.next();

        // Choose podman.
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Choose));
        QCOMPARE(wizard.choosePage()->engine(), QStringLiteral("podman")); // 1 GB: podman is recommended
        for (int i = 0; i < pi.forwardedPorts().size(); ++i) {
            auto *stagePort = wizard.choosePage()->findChild<QSpinBox *>(QStringLiteral("stagePort%1").arg(i));
            QVERIFY(stagePort);
            stagePort->setValue(pi.forwardedPorts().at(i));
        }
        wizard.next();

        // Provision, through the reboot.
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Provision));
        ProvisionPage *provision = wizard.provisionPage();
        QElapsedTimer timer;
        timer.start();
        bool sawWaiting = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                sawWaiting = sawWaiting
                    || provision->stepStatus(QStringLiteral("cgroups"))
                        == QLatin1String("Waiting for the Pi to come back");
                return provision->allDone() || provision->hasFailed();
            },
            3000000 * slowness()));
        qInfo("provisioned in %lld s", timer.elapsed() / 1000);
        // The failed step's status and the end of its log (the message has room for little more).
        QString failure;
        for (const antler::setup::SetupPlan::Step &step : antler::setup::SetupPlan::steps()) {
            failure += step.id + QStringLiteral(": ") + provision->stepStatus(step.id) + QLatin1Char('\n');
            if (provision->stepStatus(step.id) == QLatin1String("Failed"))
                failure += provision->stepLog(step.id).right(1500) + pi.consoleTail().right(500);
        }
        QVERIFY2(!provision->hasFailed(), qPrintable(failure));
        QVERIFY(sawWaiting);
        QCOMPARE(pi.bootCount(), 2);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        // Done: the profile is written and handed over.
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Done));
        QCOMPARE(created.size(), 1);
        const QString profile = created.at(0).at(0).toString();
        antler::pipeline::PipelineConfig config;
        QString problem;
        QVERIFY2(config.loadFile(profile, &problem), qPrintable(problem));
        QCOMPARE(config.stages().size(), 3);
        QFile inventory(dir.filePath(QStringLiteral("profiles/127.0.0.1/inventory.ini")));
        QVERIFY(inventory.open(QIODevice::ReadOnly));
        QVERIFY(inventory.readAll().contains("ansible_port=" + QByteArray::number(pi.port())));
        QVERIFY(wizard.donePage()->summaryText().contains(profile));
        // Under emulation podman kube play takes minutes, not the seconds it
        // takes on a Pi: the first stage's rollout gets 15 minutes (an hour on arm64).
        {
            QFile written(profile);
            QVERIFY(written.open(QIODevice::ReadWrite));
            QByteArray text = written.readAll();
            const QByteArray port = "    port: " + QByteArray::number(config.stages().at(0).port()) + "\n";
            QVERIFY(text.contains(port));
            text.replace(port, port + "    rollout_timeout: " + QByteArray::number(900 * slowness()) + "s\n");
            QVERIFY(written.seek(0));
            QCOMPARE(written.write(text), text.size());
        }
        // "Build and deploy" opens the new profile in the window, which builds
        // the images natively on the Pi with what the build-tools step
        // installed and deploys them to the first stage.
        QTest::mouseClick(wizard.donePage()->findChild<QAbstractButton *>(QStringLiteral("buildAndDeploy")),
                          Qt::LeftButton);
        QTRY_VERIFY(host.window() && host.window() != window);
        QCOMPARE(host.window()->profileTitle(), QStringLiteral("Profile \u201c127.0.0.1\u201d"));
        QCOMPARE(AppSettings::load().lastProfile, profile);
        timer.restart();
        Operation *build = waitForOperation(*host.window(), Operation::Kind::Build, {});
        QVERIFY2(build, "the window started no build");
        QVERIFY(config.stages().at(0).port() == pi.forwardedPorts().at(0));
        if (!qEnvironmentVariableIsSet("ANTLER_PI_VM_DEPLOY")) {
            // The build runs on the Pi: the sources were uploaded and the
            // compiler started there. Then it is cancelled and ends so.
            QVERIFY2(QTest::qWaitFor(
                         [build] {
                             return build->isFinished()
                                 || logTail(*build).contains(QLatin1String("compiling moosefacts natively on"));
                         },
                         600000),
                     qPrintable(logTail(*build)));
            QVERIFY2(!build->isFinished(), qPrintable(build->outcome().message + QLatin1Char('\n') + logTail(*build)));
            build->cancel();
            QVERIFY(QTest::qWaitFor([build] { return build->isFinished(); }, 300000));
            QVERIFY(!build->outcome().ok());
            QVERIFY2(build->isCancelRequested(), qPrintable(build->outcome().message));
        } else {
            QVERIFY(QTest::qWaitFor([build] { return build->isFinished(); }, 3600000 * slowness()));
            qInfo("built on the Pi in %lld s", timer.elapsed() / 1000);
            QVERIFY2(build->outcome().ok(), qPrintable(build->outcome().message + QLatin1Char('\n') + logTail(*build)));
            const QString stage = config.stages().at(0).name();
            Operation *deploy = waitForOperation(*host.window(), Operation::Kind::Deploy, stage);
            QVERIFY2(deploy, "the window deployed nothing after the build");
            QVERIFY(QTest::qWaitFor([deploy] { return deploy->isFinished(); }, 900000 * slowness()));
            QVERIFY2(deploy->outcome().ok(),
                     qPrintable(deploy->outcome().message + QLatin1Char('\n') + logTail(*deploy)));
            // The stage answers on the Pi with the moose facts of this build.
            QByteArray served;
            QCOMPARE(pi.shell(QStringLiteral("python3 -c 'import urllib.request; print(urllib.request.urlopen("
                                             "\"http://127.0.0.1:%1/api/facts/random\").read().decode())'")
                                  .arg(config.stages().at(0).port()),
                              &served),
                     0);
            QVERIFY2(served.contains("\"text\""), served.constData());
            // And here, through the forwarded port, as the window's health check saw it.
            const antler::test::HttpReply reply
                = antler::test::HttpClient::get(pi.forwardedPorts().at(0), "/api/facts/random");
            QCOMPARE(reply.status, 200);
            QVERIFY2(reply.body.contains("\"text\""), reply.body.constData());
        }
        // The count changedHostKeyStopsTheWizard() relies on sees the wizard's logins.
        QVERIFY(piLogins(pi) > 0);

        // Opened again for the same Pi: every step is done, nothing runs.
        PiSetupWizard again;
        again.setKnownHostsFile(knownHosts);
        again.plan().host = pi.host();
        again.plan().port = pi.port();
        QVERIFY(antler::setup::SetupPlan::load(pi.host(), pi.port(), &again.plan()));
        QCOMPARE(again.plan().finishedSteps.size(), antler::setup::SetupPlan::steps().size());
    }

private:
    // The end of an operation's log, for a failure message.
    static QString logTail(const Operation &operation)
    {
        QString log;
        for (const antler::pipeline::PipelineEvent &event : operation.events())
            log += event.toText() + QLatin1Char('\n');
        return log.right(3000);
    }

    static Operation *waitForOperation(MainWindow &window, Operation::Kind kind, const QString &stage)
    {
        return antler::test::waitForOperation(window, kind, stage, 60000);
    }

    QTemporaryDir m_home;
    std::unique_ptr<PiVm> m_pi;
};

QTEST_MAIN(TestPiSetupWizardVm)
#include "tst_pisetupwizard_vm.moc"
