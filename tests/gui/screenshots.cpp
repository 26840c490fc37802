// antler_screenshots OUTPUT_DIR — the README's pictures of the real window,
// taken the way a user would see it: a Local profile on free loopback ports in
// throwaway XDG folders, a real build deployed to test and promoted to staging,
// a second build with an edited fact in test. Writes overview.png,
// operation.png (a rollout while it runs, with its log), promote-dialog.png,
// history.png, events.png, dark.png and dark-operation.png. Run it under
// xvfb-run (scripts/screenshot-gui.sh does).
#include "CommandPalette.h"
#include "ConfirmChangeDialog.h"
#include "FreePort.h"
#include "HistoryView.h"
#include "MainWindow.h"
#include "OperationsView.h"
#include "PipelineActions.h"
#include "SettingsDialog.h"
#include "StageCard.h"
#include "Theme.h"
#include "Translations.h"
#include "health/HealthSettings.h"
#include "pipeline/History.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/PipelineConfig.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <csignal>

using namespace antler;

namespace {

QTextStream err(stderr);

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

pipeline::Operation *run(gui::MainWindow &window, QAction *action, pipeline::Operation::Kind kind)
{
    const int before = int(window.operations()->operations().size());
    action->trigger();
    if (!waitFor([&] { return window.operations()->operations().size() > before; }))
        return nullptr;
    pipeline::Operation *operation = window.operations()->operations().constLast();
    if (operation->kind() != kind || !waitFor([operation] { return operation->isFinished(); }))
        return nullptr;
    return operation;
}

bool save(QWidget *widget, const QString &file)
{
    QTest::qWait(400); // let charts and views paint
    const bool ok = widget->grab().save(file);
    err << (ok ? "wrote " : "cannot write ") << file << '\n';
    err.flush();
    return ok;
}

void stopStages(const QString &dataDir)
{
    QDirIterator it(dataDir + QLatin1String("/antler/stages"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const qint64 pid = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pid")).toInteger();
            if (pid > 0)
                ::kill(pid_t(pid), SIGTERM);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("ANTLER_MOOSEFACTS", QByteArray(ANTLER_BINARY_DIR "/server/moosefacts"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("antler"));
    // In English, with its plural forms, as antler itself starts.
    gui::Translations::install(QLocale(QLocale::English));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/antler/icons/antler-64.png")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    gui::Theme::apply(gui::AppSettings::Theme::Light);

    QByteArray yaml = "version: 1\nprofile: local\nruntime: local\nstages:\n";
    const char *names[3] = {"test", "staging", "production"};
    for (int i = 0; i < 3; ++i) {
        yaml += QByteArray("  - name: ") + names[i]
            + "\n    host: 127.0.0.1\n    port: " + QByteArray::number(test::freeLoopbackPort()) + "\n";
        if (i == 2)
            yaml += "    gate: {confirm: true}\n";
    }
    const QString configPath = home.filePath(QStringLiteral("antler.yaml"));
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(yaml) != yaml.size())
        return 1;
    configFile.close();
    pipeline::PipelineConfig config;
    QString error;
    if (!pipeline::PipelineConfig::load(configPath, &config, &error)) {
        err << error << '\n';
        return 1;
    }
    // Shown as the Local profile a user gets, on ports that are free here.
    const auto cleanup = qScopeGuard([&] { stopStages(home.filePath(QStringLiteral("data"))); });

    gui::MainWindow window(config);
    health::HealthSettings settings;
    settings.allowShortIntervals = true;
    settings.probes = health::ProbeSpec::defaults(500, 2000);
    window.setHealthSettings(settings);
    window.setHostMetricsInterval(0);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    gui::PipelineActions *actions = window.pipelineActions();

    pipeline::Operation *build = run(window, actions->build(), pipeline::Operation::Kind::Build);
    if (!build || !build->outcome().ok())
        return 2;
    if (!run(window, actions->deploy(QStringLiteral("test")), pipeline::Operation::Kind::Deploy))
        return 2;
    (void)waitFor([&] { return window.stageCards().at(0)->stateText() == QLatin1String("Up"); }, 20000);
    (void)waitFor([&] { return actions->promote(QStringLiteral("test"))->isEnabled(); }, 20000);
    gui::ConfirmChangeDialog::setNextAnswer(QDialog::Accepted);
    actions->promote(QStringLiteral("test"))->trigger();
    (void)waitFor([&] {
        const auto ops = window.operations()->operations();
        return !ops.isEmpty() && ops.constLast()->kind() == pipeline::Operation::Kind::Promote
            && ops.constLast()->isFinished();
    });

    // A second release with an edited fact, in test.
    QTemporaryDir tree;
    QDir().mkpath(tree.filePath(QStringLiteral("server/data")));
    QDir().mkpath(tree.filePath(QStringLiteral("resources")));
    QProcess::execute(QStringLiteral("cp"),
                      {QStringLiteral("-r"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
                       tree.filePath(QStringLiteral("resources/"))});
    QFile facts(QStringLiteral(ANTLER_SOURCE_DIR "/server/data/moose-facts.json"));
    facts.open(QIODevice::ReadOnly);
    QByteArray json = facts.readAll();
    json.replace("a big bull can stand over 2 metres tall", "a big bull can stand 2.1 metres tall");
    QFile edited(tree.filePath(QStringLiteral("server/data/moose-facts.json")));
    edited.open(QIODevice::WriteOnly);
    edited.write(json);
    edited.close();
    actions->setBuildSourceTree(tree.path());
    run(window, actions->build(), pipeline::Operation::Kind::Build);

    // A rollout while it runs: grabbed from inside its own step event.
    bool grabbed = false;
    QObject::connect(window.operations(), &pipeline::OperationManager::event, &window,
                     [&](const pipeline::PipelineEvent &event, int) {
                         if (!grabbed && event.message.startsWith(QLatin1String("checking the new release"))) {
                             grabbed = true;
                             window.grab().save(out + QStringLiteral("/operation.png"));
                             err << "wrote " << out << "/operation.png\n";
                         }
                     });
    run(window, actions->deploy(QStringLiteral("test")), pipeline::Operation::Kind::Deploy);
    (void)waitFor([&] { return actions->promote(QStringLiteral("test"))->isEnabled(); }, 20000);
    QTest::qWait(3000); // a few seconds of charts
    window.dock(QStringLiteral("operationsDock"))->raise();
    save(&window, out + QStringLiteral("/overview.png"));

    // The promote dialog for test → staging, as the card's button opens it.
    {
        pipeline::History &history = *window.operations()->history();
        const auto current = history.release(history.deployedDigest(QStringLiteral("staging")));
        const auto next = history.release(history.deployedDigest(QStringLiteral("test")));
        gui::ConfirmChangeDialog dialog(gui::ConfirmChangeDialog::Kind::Promote, QStringLiteral("test"),
                                        QStringLiteral("staging"), false, current.value_or(pipeline::Release {}),
                                        next.value_or(pipeline::Release {}), &history, &window);
        dialog.resize(760, 460);
        dialog.show();
        (void)QTest::qWaitForWindowExposed(&dialog);
        save(&dialog, out + QStringLiteral("/promote-dialog.png"));
    }

    window.dock(QStringLiteral("historyDock"))->raise();
    window.historyView()->refresh();
    QTest::qWait(800);
    window.historyView()->selectOperation(window.operations()->operations().constLast()->outcome().historyId);
    save(&window, out + QStringLiteral("/history.png"));

    window.dock(QStringLiteral("eventsDock"))->raise();
    save(&window, out + QStringLiteral("/events.png"));

    // Dialogs a user opens from the menus, for review (not in the README).
    if (qEnvironmentVariableIsSet("ANTLER_SCREENSHOT_DIALOGS")) {
        gui::SettingsDialog settingsDialog(gui::AppSettings {}, &window);
        settingsDialog.show();
        (void)QTest::qWaitForWindowExposed(&settingsDialog);
        save(&settingsDialog, out + QStringLiteral("/settings.png"));
        settingsDialog.close();
        window.findChild<QAction *>(QStringLiteral("commandPalette"))->trigger();
        QTest::keyClicks(window.commandPalette()->findChild<QLineEdit *>(QStringLiteral("paletteInput")),
                         QStringLiteral("test"));
        save(window.commandPalette(), out + QStringLiteral("/palette.png"));
        window.commandPalette()->hide();
    }

    // Dark: the window as it opens with the dark theme chosen in Settings.
    window.close();
    gui::Theme::apply(gui::AppSettings::Theme::Dark);
    gui::MainWindow dark(config);
    dark.setHealthSettings(settings);
    dark.setHostMetricsInterval(0);
    dark.resize(1280, 800);
    dark.show();
    if (!QTest::qWaitForWindowExposed(&dark))
        return 1;
    QTest::qWait(4000);
    dark.dock(QStringLiteral("historyDock"))->raise();
    save(&dark, out + QStringLiteral("/dark.png"));
    return 0;
}
