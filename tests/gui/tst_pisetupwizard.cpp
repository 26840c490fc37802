// The Pi setup wizard against a real sshd on loopback (the Pi stand-in VM is
// tst_pisetupwizard_vm's, too slow for make test): opened from the window's
// "Set up a Pi…", clicked through connect, trusting the host key, inspect
// (the real facts playbook: this is not a Pi and says so), choose podman,
// provision and done, after which the window opens the new profile. The
// provisioning steps are stand-ins of the real playbooks' names (the real
// ones edit the boot command line and reboot, which this machine must not
// do); they run over SSH like the real ones and record the choices they got.
// A changed host key stops the wizard on the Connect page and nothing runs;
// a wizard closed mid-provision resumes at the step it stopped at.

#include "AppSettings.h"
#include "MainWindow.h"
#include "SecretDialog.h"
#include "SetupStandIns.h"
#include "SshdFixture.h"
#include "WindowHost.h"
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
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using antler::gui::ConnectPage;
using antler::gui::PiSetupWizard;
using antler::gui::ProvisionPage;
using antler::gui::VerifyHostPage;
using antler::setup::SetupPlan;
using antler::test::SshdFixture;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

void fillConnectPage(PiSetupWizard &wizard, quint16 port, const QString &user, const QString &keyFile)
{
    ConnectPage *page = wizard.connectPage();
    page->findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
    page->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    page->findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
    page->findChild<QLineEdit *>(QStringLiteral("keyFile"))->setText(keyFile);
    page->findChild<QRadioButton *>(QStringLiteral("useKeyFile"))->setChecked(true);
}

} // namespace

class TestPiSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No QStandardPaths test mode: it would put every test's plans in one
        // folder under HOME; init() gives each test folders of its own.
        if (const QString reason = SshdFixture::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
    }

    // Every test gets its own data and config folders: saved plans, profiles
    // and settings of an earlier test or run are never seen.
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
        QSettings().clear();
    }

    void cleanup()
    {
        QSettings().clear();
        m_home.reset();
    }

    void clickThroughFromTheWindowToANewProfile();
    void buildAndDeployIsHandedToTheWindow();
    void closedMidProvisionResumesAtTheSavedStep();

    void unknownHostKeyIsShownAndTrusted()
    {
        SshdFixture sshd(SshdFixture::Options {.knownHostsPreFilled = false});
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        QTemporaryDir dir;
        PiSetupWizard wizard;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        wizard.setKnownHostsFile(knownHosts);
        wizard.setProfilesDir(dir.filePath(QStringLiteral("profiles")));
        wizard.show();
        fillConnectPage(wizard, sshd.port(), QStringLiteral("root"), sshd.clientKeyPath());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard.connectPage()->findChild<QAbstractButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.connectPage()->hostKeyPending(), 30000);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::VerifyHost));
        VerifyHostPage *verify = wizard.verifyHostPage();
        QVERIFY2(verify->fingerprintText().contains(sshd.hostKeyFingerprint()), qPrintable(verify->fingerprintText()));
        QVERIFY(verify->fingerprintText().contains(sshd.hostKeyType()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!QFile::exists(knownHosts));
        QTest::mouseClick(verify->findChild<QAbstractButton *>(QStringLiteral("acceptHostKey")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.connectPage()->connected(), 30000);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QByteArray("[127.0.0.1]:") + QByteArray::number(sshd.port())));
        // The plan is kept per host for resuming.
        antler::setup::SetupPlan saved;
        QVERIFY(antler::setup::SetupPlan::load(QStringLiteral("127.0.0.1"), sshd.port(), &saved));
        QCOMPARE(saved.user, QStringLiteral("root"));
    }

    void changedHostKeyStopsTheWizard()
    {
        SshdFixture sshd;
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        QVERIFY2(sshd.restartWithNewHostKey(&error), qPrintable(error));
        PiSetupWizard wizard;
        QTemporaryDir dir;
        wizard.setKnownHostsFile(sshd.knownHostsPath());
        wizard.setProfilesDir(dir.filePath(QStringLiteral("profiles")));
        wizard.show();
        fillConnectPage(wizard, sshd.port(), QStringLiteral("root"), sshd.clientKeyPath());
        QSignalSpy tested(wizard.connectPage(), &ConnectPage::connectionTested);
        QTest::mouseClick(wizard.connectPage()->findChild<QAbstractButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY(wizard.connectPage()->hostKeyChanged());
        const QString status = wizard.connectPage()->statusText();
        QVERIFY2(status.startsWith(QLatin1String("STOP: the Pi at 127.0.0.1 presents a different host key")),
                 qPrintable(status));
        QVERIFY2(status.contains(sshd.hostKeyFingerprint()), qPrintable(status));
        // From Transport::hostKeyChanged, not from the error's words: the file and line to fix.
        QVERIFY2(status.contains(QStringLiteral("line 1 of %1").arg(sshd.knownHostsPath())), qPrintable(status));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Connect));
        // Nothing ran: sshd logged no session for the key, and the host is
        // not kept as a setup to resume.
        QVERIFY2(!sshd.log().contains("Accepted publickey"), sshd.log().constData());
        antler::setup::SetupPlan saved;
        QVERIFY(!antler::setup::SetupPlan::load(QStringLiteral("127.0.0.1"), sshd.port(), &saved));
    }

    // A key file with a passphrase: the page asks for it in a dialog that is
    // not modal while the connection's worker waits, and logs in with the answer.
    void keyPassphraseIsAskedWithoutBlockingTheWizard()
    {
        SshdFixture sshd;
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        const QString key = m_home->filePath(QStringLiteral("locked_key"));
        QVERIFY(QFile::copy(sshd.clientKeyPath(), key));
        QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-P"), QString(), QStringLiteral("-N"),
                      QStringLiteral("open sesame"), QStringLiteral("-f"), key});
        QVERIFY(keygen.waitForFinished(30000));
        QCOMPARE(keygen.exitCode(), 0);
        PiSetupWizard wizard;
        QTemporaryDir dir;
        wizard.setKnownHostsFile(sshd.knownHostsPath());
        wizard.setProfilesDir(dir.filePath(QStringLiteral("profiles")));
        wizard.show();
        fillConnectPage(wizard, sshd.port(), QStringLiteral("root"), key);
        QSignalSpy tested(wizard.connectPage(), &ConnectPage::connectionTested);
        wizard.connectPage()->testConnection();
        QPointer<antler::gui::SecretDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = wizard.findChild<antler::gui::SecretDialog *>()), 30000);
        QCOMPARE(dialog->request().kind, antler::transport::SecretRequest::Kind::KeyPassphrase);
        QCOMPARE(dialog->request().keyFile, key);
        QVERIFY(!dialog->isModal());
        // The connection waits for the answer; the wizard does not.
        QVERIFY(tested.isEmpty());
        QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
        dialog->secretEdit()->setText(QStringLiteral("open sesame"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(wizard.connectPage()->statusText()));
        QVERIFY(wizard.connectPage()->connected());
    }

    void failuresInOneSentence_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("start");
        QTest::newRow("refused") << QStringLiteral("Connection refused") << QStringLiteral("Nothing answers SSH at pi");
        QTest::newRow("no route") << QStringLiteral("No route to host") << QStringLiteral("pi cannot be reached");
        QTest::newRow("timeout") << QStringLiteral("Timeout connecting to pi") << QStringLiteral("pi did not answer");
        QTest::newRow("key") << QStringLiteral("Cannot log in to pi@pi:22: Access denied")
                             << QStringLiteral("The Pi refused to let pi log in");
    }

    void failuresInOneSentence()
    {
        QFETCH(QString, error);
        QFETCH(QString, start);
        const QString text = ConnectPage::explain(error, QStringLiteral("pi"), 22, QStringLiteral("pi"));
        QVERIFY2(text.startsWith(start), qPrintable(text));
    }

    void connectionRefusedIsExplained()
    {
        PiSetupWizard wizard;
        QTemporaryDir dir;
        wizard.setKnownHostsFile(dir.filePath(QStringLiteral("known_hosts")));
        wizard.show();
        // A port nothing listens on: sshd was started and killed.
        SshdFixture sshd;
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        const quint16 port = sshd.port();
        sshd.kill();
        fillConnectPage(wizard, port, QStringLiteral("root"), sshd.clientKeyPath());
        QSignalSpy tested(wizard.connectPage(), &ConnectPage::connectionTested);
        wizard.connectPage()->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        QVERIFY2(wizard.connectPage()->statusText().startsWith(QLatin1String("Nothing answers SSH at 127.0.0.1")),
                 qPrintable(wizard.connectPage()->statusText()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPiSetupWizard::clickThroughFromTheWindowToANewProfile()
{
    SshdFixture sshd(SshdFixture::Options {.knownHostsPreFilled = false});
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    const QString playbooks = m_home->filePath(QStringLiteral("playbooks"));
    QVERIFY(QDir().mkpath(playbooks));
    QVERIFY2(antler::test::writeSetupStandIns(playbooks, &error), qPrintable(error));
    QVERIFY(writeFile(QDir(playbooks).filePath(QStringLiteral("gate")), {}));
    const QString knownHosts = m_home->filePath(QStringLiteral("known_hosts"));
    antler::gui::AppSettings settings = antler::gui::AppSettings::load();
    settings.knownHostsPath = knownHosts;
    settings.save();

    // A window on a profile of its own; "Set up a Pi…" is in the File menu,
    // the Hosts menu and the Hosts dock, and opens the wizard.
    const QString firstProfile = m_home->filePath(QStringLiteral("first.yaml"));
    QVERIFY(writeFile(
        firstProfile,
        "version: 1\nprofile: first\nruntime: local\nstages:\n  - name: test\n    host: 127.0.0.1\n    port: 1\n"));
    antler::gui::WindowHost host;
    host.start(firstProfile);
    QPointer<antler::gui::MainWindow> window = host.window();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QAction *setUpPi = window->findChild<QAction *>(QStringLiteral("setUpPi"));
    QVERIFY(setUpPi);
    QVERIFY(setUpPi->isEnabled());
    QVERIFY(window->allActions().contains(setUpPi)); // the command palette lists it
    for (const char *menuName : {"&File", "&Hosts"}) {
        bool found = false;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->text() == QLatin1String(menuName) && menu->menu())
                found = found || menu->menu()->actions().contains(setUpPi);
        }
        QVERIFY2(found, menuName);
    }
    setUpPi->trigger();
    PiSetupWizard *wizard = window->findChild<PiSetupWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->knownHostsFile(), knownHosts);
    wizard->setProfilesDir(m_home->filePath(QStringLiteral("profiles")));
    wizard->setPlaybookDir(playbooks);

    // Connect: the key is new.
    fillConnectPage(*wizard, sshd.port(), QStringLiteral("root"), sshd.clientKeyPath());
    QTest::mouseClick(wizard->connectPage()->findChild<QAbstractButton *>(QStringLiteral("testConnection")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->connectPage()->hostKeyPending(), 30000);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    // Verify host: the fingerprint sshd has, trusted into known_hosts.
    QCOMPARE(wizard->currentId(), int(PiSetupWizard::VerifyHost));
    QVERIFY(wizard->verifyHostPage()->fingerprintText().contains(sshd.hostKeyFingerprint()));
    QTest::mouseClick(wizard->verifyHostPage()->findChild<QAbstractButton *>(QStringLiteral("acceptHostKey")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->connectPage()->connected(), 30000);
    QVERIFY(readFile(knownHosts).contains("[127.0.0.1]:" + QByteArray::number(sshd.port())));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    // Inspect: the real facts playbook; this machine is no Pi.
    QCOMPARE(wizard->currentId(), int(PiSetupWizard::Inspect));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->inspectPage()->isDone(), 60000);
    const QString warnings = wizard->inspectPage()->warningsText();
    QVERIFY2(warnings.contains(QLatin1String("This is not a Raspberry Pi")), qPrintable(warnings));
    QVERIFY2(wizard->inspectPage()->summaryText().contains(QLatin1String("Model: not a Raspberry Pi")),
             qPrintable(wizard->inspectPage()->summaryText()));
    QVERIFY(wizard->facts().memoryMb > 0);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    // Choose podman, another registry port and a stage renamed.
    QCOMPARE(wizard->currentId(), int(PiSetupWizard::Choose));
    auto *engine = wizard->choosePage()->findChild<QComboBox *>(QStringLiteral("engine"));
    // The engine the facts recommend is preselected; the advice follows the choice.
    const QString recommended = wizard->facts().recommendedEngine();
    QCOMPARE(wizard->choosePage()->engine(), recommended);
    const auto *advice = wizard->choosePage()->findChild<QLabel *>(QStringLiteral("chooseAdvice"));
    QVERIFY2(advice->text().startsWith(QLatin1String("Recommended: ") + recommended), qPrintable(advice->text()));
    engine->setCurrentIndex(engine->findData(QStringLiteral("podman")));
    QVERIFY2(advice->text().startsWith(recommended == QLatin1String("k3s") ? QLatin1String("k3s would fit too")
                                                                           : QLatin1String("Recommended: podman")),
             qPrintable(advice->text()));
    engine->setCurrentIndex(engine->findData(QStringLiteral("k3s")));
    QVERIFY2(advice->text().startsWith(recommended == QLatin1String("k3s") ? QLatin1String("Recommended: k3s")
                                                                           : QLatin1String("Not recommended")),
             qPrintable(advice->text()));
    engine->setCurrentIndex(engine->findData(QStringLiteral("podman")));
    wizard->choosePage()->findChild<QSpinBox *>(QStringLiteral("registryPort"))->setValue(5055);
    wizard->choosePage()->findChild<QLineEdit *>(QStringLiteral("stageName1"))->setText(QStringLiteral("qa"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isVisible());
    // A port used twice is said on the page, and nothing starts.
    auto *testPort = wizard->choosePage()->findChild<QSpinBox *>(QStringLiteral("stagePort0"));
    const int port = testPort->value();
    testPort->setValue(5055);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(PiSetupWizard::Choose));
    QCOMPARE(wizard->choosePage()->problemText(),
             QStringLiteral("Port 5055 is used twice: give every stage and the registry a port of its own."));
    testPort->setValue(port);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);

    // Provision: every step runs once, over SSH, as root, with the choices.
    QCOMPARE(wizard->currentId(), int(PiSetupWizard::Provision));
    ProvisionPage *provision = wizard->provisionPage();
    QTRY_VERIFY_WITH_TIMEOUT(provision->allDone() || provision->hasFailed(), 120000);
    QVERIFY2(!provision->hasFailed(), qPrintable(provision->stepLog(QStringLiteral("cgroups"))));
    QStringList expected;
    for (const SetupPlan::Step &step : SetupPlan::steps()) {
        expected << QStringLiteral("0 %1 podman 5055 test,qa,production").arg(step.id);
        QVERIFY2(provision->stepStatus(step.id).startsWith(QLatin1String("Done")),
                 qPrintable(provision->stepStatus(step.id)));
        QVERIFY2(provision->stepLog(step.id).contains(QLatin1String("PLAY RECAP")),
                 qPrintable(provision->stepLog(step.id)));
    }
    QCOMPARE(QString::fromUtf8(readFile(QDir(playbooks).filePath(QStringLiteral("ran.txt")))).trimmed(),
             expected.join(QLatin1Char('\n')));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    // Done: the profile is written; Finish opens it in the window.
    QCOMPARE(wizard->currentId(), int(PiSetupWizard::Done));
    const QString profile = wizard->profilePath();
    QCOMPARE(profile, m_home->filePath(QStringLiteral("profiles/127.0.0.1/antler.yaml")));
    antler::pipeline::PipelineConfig config;
    QVERIFY2(config.loadFile(profile, &error), qPrintable(error));
    QCOMPARE(config.stages().size(), 3);
    QCOMPARE(config.stages().at(1).name(), QStringLiteral("qa"));
    QCOMPARE(config.registry(), QStringLiteral("localhost:5055"));
    const QByteArray inventory = readFile(m_home->filePath(QStringLiteral("profiles/127.0.0.1/inventory.ini")));
    QVERIFY2(inventory.contains("ansible_port=" + QByteArray::number(sshd.port()) + " ansible_user=root"),
             inventory.constData());
    QVERIFY(wizard->donePage()->summaryText().contains(profile));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(host.window() && host.window() != window);
    QCOMPARE(host.window()->profileTitle(), QStringLiteral("Profile “127.0.0.1”"));
    QCOMPARE(antler::gui::AppSettings::load().lastProfile, profile);
    // The finished setup is not offered for resuming.
    SetupPlan unfinished;
    QVERIFY(!SetupPlan::loadUnfinished(&unfinished));
}

// "Build and deploy to test" on the Done page closes the wizard and asks the
// window for the new profile with a build and deploy (WindowHost opens it
// with MainWindow::setBuildAndDeployOnStart; the build itself is the
// pipeline's, tested in tst_controlpanel).
void TestPiSetupWizard::buildAndDeployIsHandedToTheWindow()
{
    const QString profile = m_home->filePath(QStringLiteral("first.yaml"));
    QVERIFY(writeFile(profile,
                      "version: 1\nprofile: first\nruntime: local\nstages:\n  - name: test\n    host: "
                      "127.0.0.1\n    port: 1\n"));
    antler::pipeline::PipelineConfig config;
    QString error;
    QVERIFY2(antler::pipeline::PipelineConfig::load(profile, &config, &error), qPrintable(error));
    antler::gui::MainWindow window(config);
    window.show();
    QSignalSpy opened(&window, &antler::gui::MainWindow::profileRequested);
    QSignalSpy deploy(&window, &antler::gui::MainWindow::buildAndDeployRequested);
    PiSetupWizard *wizard = window.showPiSetupWizard();
    QVERIFY(wizard->isVisible());
    QCOMPARE(window.showPiSetupWizard(), wizard); // one at a time
    // On the Done page of a finished setup (the click-through above gets there for real).
    wizard->setProfilesDir(m_home->filePath(QStringLiteral("profiles")));
    wizard->plan().host = QStringLiteral("pi.test");
    wizard->setStartId(PiSetupWizard::Done);
    wizard->restart();
    const QString written = m_home->filePath(QStringLiteral("profiles/pi.test/antler.yaml"));
    QCOMPARE(wizard->profilePath(), written);
    QTest::mouseClick(wizard->donePage()->findChild<QAbstractButton *>(QStringLiteral("buildAndDeploy")),
                      Qt::LeftButton);
    QTRY_COMPARE(deploy.size(), 1);
    QCOMPARE(deploy.at(0).at(0).toString(), written);
    QCOMPARE(opened.size(), 0);
    QVERIFY(!wizard->isVisible());
}

void TestPiSetupWizard::closedMidProvisionResumesAtTheSavedStep()
{
    SshdFixture sshd;
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    const QString playbooks = m_home->filePath(QStringLiteral("playbooks"));
    QVERIFY(QDir().mkpath(playbooks));
    QVERIFY2(antler::test::writeSetupStandIns(playbooks, &error), qPrintable(error));
    const QString gate = QDir(playbooks).filePath(QStringLiteral("gate"));
    const QString ran = QDir(playbooks).filePath(QStringLiteral("ran.txt"));
    const auto connectAndInspect = [&](PiSetupWizard &wizard) {
        wizard.setKnownHostsFile(sshd.knownHostsPath());
        wizard.setProfilesDir(m_home->filePath(QStringLiteral("profiles")));
        wizard.setPlaybookDir(playbooks);
        wizard.show();
        QTest::mouseClick(wizard.connectPage()->findChild<QAbstractButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.connectPage()->connected(), 30000);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(PiSetupWizard::Inspect));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.inspectPage()->isDone(), 60000);
    };

    {
        auto wizard = std::make_unique<PiSetupWizard>();
        QVERIFY(!wizard->isResuming());
        fillConnectPage(*wizard, sshd.port(), QStringLiteral("root"), sshd.clientKeyPath());
        connectAndInspect(*wizard);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(PiSetupWizard::Choose));
        wizard->choosePage()->findChild<QSpinBox *>(QStringLiteral("registryPort"))->setValue(5077);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        ProvisionPage *provision = wizard->provisionPage();
        // The first step goes through, the second waits at its gate: close the wizard there.
        QVERIFY(writeFile(gate + QStringLiteral("-cgroups"), {}));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(ran).contains("cgroups"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(provision->stepStatus(QStringLiteral("engine"))
                                     .startsWith(QLatin1String("Running: Install the container engine")),
                                 30000);
        QVERIFY(provision->isRunning());
        wizard->close();
    }
    QCOMPARE(QString::fromUtf8(readFile(ran)).count(QLatin1Char('\n')), 1);
    SetupPlan saved;
    QVERIFY(SetupPlan::load(QStringLiteral("127.0.0.1"), sshd.port(), &saved));
    QCOMPARE(saved.finishedSteps, QStringList {QStringLiteral("cgroups")});

    // Opened again: the Connect page is filled in with the unfinished setup,
    // Inspect leads straight to Provision, which goes on with the engine.
    PiSetupWizard wizard;
    QVERIFY(wizard.isResuming());
    QCOMPARE(wizard.plan().registryPort, 5077);
    QVERIFY(writeFile(gate, {}));
    connectAndInspect(wizard);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard.connectPage()->findChild<QSpinBox *>(QStringLiteral("port"))->value(), int(sshd.port()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(PiSetupWizard::Provision));
    ProvisionPage *provision = wizard.provisionPage();
    QCOMPARE(provision->stepStatus(QStringLiteral("cgroups")), QStringLiteral("Done"));
    QTRY_VERIFY_WITH_TIMEOUT(provision->allDone() || provision->hasFailed(), 120000);
    QVERIFY2(!provision->hasFailed(), qPrintable(provision->stepLog(QStringLiteral("engine"))));
    const QStringList lines = QString::fromUtf8(readFile(ran)).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), SetupPlan::steps().size());
    QCOMPARE(lines.filter(QLatin1String("cgroups")).size(), 1);
    // With the choices of the first session (the engine the facts recommended).
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("0 engine %1 5077 ").arg(saved.engine)), qPrintable(lines.at(1)));
}

QTEST_MAIN(TestPiSetupWizard)
#include "tst_pisetupwizard.moc"
