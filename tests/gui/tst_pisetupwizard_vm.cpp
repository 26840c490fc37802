// The Pi setup wizard clicked through against the Pi stand-in VM: connect,
// trust the host key, inspect (memory cgroup off is warned about), choose
// podman, provision every step through the reboot, and the new profile is
// written and handed to the window. Then the wizard opened again for the
// same host resumes with every step done.

#include "MainWindow.h"
#include "PiVm.h"
#include "pipeline/PipelineConfig.h"
#include "pisetup/ChoosePage.h"
#include "pisetup/ConnectPage.h"
#include "pisetup/DonePage.h"
#include "pisetup/InspectPage.h"
#include "pisetup/PiSetupWizard.h"
#include "pisetup/ProvisionPage.h"
#include "pisetup/VerifyHostPage.h"
#include "setup/SetupPlan.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace antler::gui;
using antler::test::PiVm;

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
    }

    void clickThroughAgainstTheStandIn()
    {
        PiVm pi;
        QString error;
        QVERIFY2(pi.start(&error), qPrintable(error));
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        PiSetupWizard wizard;
        wizard.setKnownHostsFile(knownHosts);
        wizard.setProfilesDir(dir.filePath(QStringLiteral("profiles")));
        QSignalSpy created(&wizard, &PiSetupWizard::profileCreated);
        wizard.show();

        // Connect.
        ConnectPage *connect = wizard.connectPage();
        connect->findChild<QLineEdit *>(QStringLiteral("host"))->setText(pi.host());
        connect->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(pi.port());
        connect->findChild<QLineEdit *>(QStringLiteral("user"))->setText(PiVm::user());
        connect->findChild<QLineEdit *>(QStringLiteral("keyFile"))->setText(pi.clientKeyPath());
        connect->findChild<QRadioButton *>(QStringLiteral("useKeyFile"))->setChecked(true);
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
        QTRY_VERIFY_WITH_TIMEOUT(wizard.inspectPage()->isDone(), 300000);
        QVERIFY2(wizard.inspectPage()->warningsText().contains(QLatin1String("memory cgroup controller is off")),
                 qPrintable(wizard.inspectPage()->warningsText()));
        QVERIFY(wizard.inspectPage()->warningsText().contains(QLatin1String("not a Raspberry Pi")));
        wizard.next();

        // Choose podman.
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Choose));
        QCOMPARE(wizard.choosePage()->engine(), QStringLiteral("podman")); // 1 GB: podman is recommended
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
            3000000));
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

        // Opened again for the same Pi: every step is done, nothing runs.
        PiSetupWizard again;
        again.setKnownHostsFile(knownHosts);
        again.plan().host = pi.host();
        again.plan().port = pi.port();
        QVERIFY(antler::setup::SetupPlan::load(pi.host(), pi.port(), &again.plan()));
        QCOMPARE(again.plan().finishedSteps.size(), antler::setup::SetupPlan::steps().size());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestPiSetupWizardVm)
#include "tst_pisetupwizard_vm.moc"
