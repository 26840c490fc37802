// antler_screenshots_fleet OUTPUT_DIR — the README's pictures of the
// Playbooks and Hosts docks of the real window, light and dark: a real sshd on
// loopback (SshdFixture) answers as two Pis of an inventory, a playbook runs
// on both (one task fails on one host, so the recap has something to say),
// and the Hosts dock shows both with their facts. Writes playbooks.png,
// playbooks-dark.png, hosts.png and hosts-dark.png. Then the Pi setup wizard
// against the same sshd, page by page (wizard-connect.png, wizard-verify.png,
// wizard-inspect.png, wizard-choose.png, wizard-provision.png,
// wizard-done.png and their -dark twins): the real facts playbook, and the
// provisioning steps as the stand-ins the wizard's test uses
// (tests/support/SetupStandIns.h), since this machine is not a Pi. Run it
// under xvfb-run (scripts/screenshot-gui.sh does).
#include "AppSettings.h"
#include "HostsModel.h"
#include "HostsView.h"
#include "MainWindow.h"
#include "PlaybookResultsModel.h"
#include "PlaybooksView.h"
#include "SetupStandIns.h"
#include "SshdFixture.h"
#include "Theme.h"
#include "Translations.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/PipelineConfig.h"
#include "pisetup/ChoosePage.h"
#include "pisetup/ConnectPage.h"
#include "pisetup/InspectPage.h"
#include "pisetup/PiSetupWizard.h"
#include "pisetup/ProvisionPage.h"
#include "pisetup/VerifyHostPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace antler;

namespace {

QTextStream err(stderr);

bool save(QWidget *widget, const QString &file)
{
    QTest::qWait(400);
    const bool ok = widget->grab().save(file);
    err << (ok ? "wrote " : "cannot write ") << file << '\n';
    err.flush();
    return ok;
}

// A port nothing listens on, so the stage card says what a fresh profile says
// whatever else runs on this machine.
quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : quint16(18481);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool shoot(const pipeline::PipelineConfig &config, const QString &playbook, const QString &inventory,
           const QString &out, const QString &suffix)
{
    gui::MainWindow window(config);
    window.setHostMetricsInterval(0);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitFor([&] { return window.operations(); }, 20000))
        return false;

    // Playbooks: a finished run with its recap and one host's result.
    window.findChild<QAction *>(QStringLiteral("show-playbooksDock"))->trigger();
    gui::PlaybooksView *view = window.playbooksView();
    view->open(playbook, inventory);
    if (!QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000))
        return false;
    view->runAction()->trigger();
    if (!view->currentOperation()
        || !QTest::qWaitFor([&] { return view->currentOperation()->isFinished() && view->results()->isFinished(); },
                            120000))
        return false;
    view->resultsTree()->expandAll();
    const QModelIndex play = view->results()->index(0, 0);
    const QModelIndex failing = view->results()->index(view->results()->rowCount(play) - 2, 0, play);
    view->resultsTree()->setCurrentIndex(view->results()->index(1, 0, failing));
    view->resultsTree()->scrollTo(failing);
    // The recap below the tree, the failing host picked in it.
    view->detailTabs()->setCurrentWidget(view->recapTable());
    QTest::qWait(200);
    if (!save(&window, out + QStringLiteral("/playbooks%1.png").arg(suffix)))
        return false;

    // Hosts: both Pis connected with their facts.
    window.findChild<QAction *>(QStringLiteral("show-hostsDock"))->trigger();
    gui::HostsView *hosts = window.hostsView();
    for (int row = 0; row < hosts->model()->rowCount(); ++row) {
        hosts->table()->selectRow(row);
        hosts->gatherFactsAction()->trigger();
    }
    QTest::qWaitFor(
        [&] {
            for (int row = 0; row < hosts->model()->rowCount(); ++row) {
                if (hosts->model()->index(row, gui::HostsModel::Memory).data().toString().isEmpty())
                    return false;
            }
            return true;
        },
        30000);
    // A second sample gives the sparklines a line.
    QTest::qWait(1500);
    for (int row = 0; row < hosts->model()->rowCount(); ++row) {
        hosts->table()->selectRow(row);
        hosts->gatherFactsAction()->trigger();
    }
    QTest::qWait(1500);
    hosts->table()->selectRow(0);
    return save(&window, out + QStringLiteral("/hosts%1.png").arg(suffix));
}

// The six pages of the Pi setup wizard, each as the user sees it on the way.
bool shootWizard(const test::SshdFixture &sshd, const QString &out, const QString &suffix)
{
    QTemporaryDir dir;
    // A data folder of its own: no saved plan of an earlier picture resumes.
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    QString error;
    const QString playbooks = dir.filePath(QStringLiteral("playbooks"));
    if (!QDir().mkpath(playbooks) || !test::writeSetupStandIns(playbooks, &error)
        || !writeFile(QDir(playbooks).filePath(QStringLiteral("gate-cgroups")), {})) {
        err << "screenshots: " << error << '\n';
        return false;
    }
    gui::PiSetupWizard wizard;
    wizard.setKnownHostsFile(dir.filePath(QStringLiteral("known_hosts")));
    wizard.setProfilesDir(dir.filePath(QStringLiteral("profiles")));
    wizard.setPlaybookDir(playbooks);
    wizard.resize(800, 600);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    const auto shot = [&](const QString &page) {
        return save(&wizard, out + QStringLiteral("/wizard-%1%2.png").arg(page, suffix));
    };

    gui::ConnectPage *connect = wizard.connectPage();
    connect->findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
    connect->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(sshd.port());
    connect->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("root"));
    connect->findChild<QLineEdit *>(QStringLiteral("keyFile"))->setText(sshd.clientKeyPath());
    connect->findChild<QRadioButton *>(QStringLiteral("useKeyFile"))->setChecked(true);
    connect->testConnection();
    if (!QTest::qWaitFor([&] { return connect->hostKeyPending(); }, 30000) || !shot(QStringLiteral("connect")))
        return false;
    wizard.next();
    if (!shot(QStringLiteral("verify")))
        return false;
    wizard.verifyHostPage()->findChild<QAbstractButton *>(QStringLiteral("acceptHostKey"))->click();
    if (!QTest::qWaitFor([&] { return connect->connected(); }, 30000))
        return false;
    wizard.next();
    if (!QTest::qWaitFor([&] { return wizard.inspectPage()->isDone(); }, 60000) || !shot(QStringLiteral("inspect")))
        return false;
    wizard.next();
    auto *engine = wizard.choosePage()->findChild<QComboBox *>(QStringLiteral("engine"));
    engine->setCurrentIndex(engine->findData(QStringLiteral("podman")));
    if (!shot(QStringLiteral("choose")))
        return false;
    wizard.next();
    // The first step done, the second waiting at its gate.
    gui::ProvisionPage *provision = wizard.provisionPage();
    if (!QTest::qWaitFor(
            [&] {
                return provision->stepStatus(QStringLiteral("engine"))
                    .startsWith(QLatin1String("Running: Install the container engine"));
            },
            60000)
        || !shot(QStringLiteral("provision")))
        return false;
    if (!writeFile(QDir(playbooks).filePath(QStringLiteral("gate")), {})
        || !QTest::qWaitFor([&] { return provision->allDone() || provision->hasFailed(); }, 60000)
        || provision->hasFailed())
        return false;
    wizard.next();
    return shot(QStringLiteral("done"));
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("antler"));
    // In English, with its plural forms, as antler itself starts.
    gui::Translations::install(QLocale(QLocale::English));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/antler/icons/antler-64.png")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);

    const QString why = test::SshdFixture::unavailableReason();
    if (!why.isEmpty()) {
        err << "screenshots: " << why << '\n';
        return 1;
    }
    test::SshdFixture sshd;
    QString error;
    if (!sshd.start(&error)) {
        err << "screenshots: " << error << '\n';
        return 1;
    }
    QSettings().setValue(QStringLiteral("ssh/knownHosts"), sshd.knownHostsPath());

    const QByteArray common = " ansible_host=127.0.0.1 ansible_port=" + QByteArray::number(sshd.port())
        + " ansible_user=root ansible_ssh_private_key_file=" + sshd.clientKeyPath().toUtf8();
    const QString inventory = home.filePath(QStringLiteral("hosts.ini"));
    const QString playbook = home.filePath(QStringLiteral("site.yml"));
    const QString configPath = home.filePath(QStringLiteral("antler.yaml"));
    if (!writeFile(inventory, "[pis]\npi-kitchen" + common + "\npi-garage" + common + "\n")
        || !writeFile(playbook,
                      "- name: Keep the Pis tidy\n"
                      "  hosts: pis\n"
                      "  gather_facts: false\n"
                      "  tasks:\n"
                      "    - name: Check the kernel\n"
                      "      command: uname -r\n"
                      "      changed_when: false\n"
                      "      tags: [check]\n"
                      "    - name: Write the message of the day\n"
                      "      copy:\n"
                      "        dest: /tmp/antler-motd-{{ inventory_hostname }}\n"
                      "        content: 'Managed by Antler'\n"
                      "      tags: [motd]\n"
                      "    - name: Skip where not needed\n"
                      "      command: echo garage only\n"
                      "      when: inventory_hostname == 'pi-garage'\n"
                      "    - name: The garage has no camera\n"
                      "      command: test -e /dev/video0\n"
                      "      when: inventory_hostname == 'pi-garage'\n"
                      "    - name: Say done\n"
                      "      debug:\n"
                      "        msg: '{{ inventory_hostname }} is tidy'\n")
        || !writeFile(configPath,
                      "version: 1\nprofile: pis\nruntime: podman\ntarget: pi-kitchen\ninventory: " + inventory.toUtf8()
                          + "\nstages:\n  - name: test\n    host: 127.0.0.1\n    port: "
                          + QByteArray::number(freePort()) + "\n"))
        return 1;
    pipeline::PipelineConfig config;
    if (!pipeline::PipelineConfig::load(configPath, &config, &error)) {
        err << error << '\n';
        return 1;
    }
    gui::Theme::apply(gui::AppSettings::Theme::Light);
    if (!shoot(config, playbook, inventory, out, QString()))
        return 1;
    gui::Theme::apply(gui::AppSettings::Theme::Dark);
    if (!shoot(config, playbook, inventory, out, QStringLiteral("-dark")))
        return 1;
    gui::Theme::apply(gui::AppSettings::Theme::Light);
    if (!shootWizard(sshd, out, QString()))
        return 1;
    gui::Theme::apply(gui::AppSettings::Theme::Dark);
    if (!shootWizard(sshd, out, QStringLiteral("-dark")))
        return 1;
    return 0;
}
