// The control panel driven as a user drives it: the real MainWindow, offscreen,
// on a Local profile whose stages are real moosefacts processes on free
// loopback ports, in throwaway XDG folders. Confirm dialogs answer through
// their test hook; everything else goes through the window's own actions and
// buttons, and the results are checked in the window, in History and with
// the real `antler pipeline` CLI.
#include "AppSettings.h"
#include "CommandPalette.h"
#include "ConfirmChangeDialog.h"
#include "FreePort.h"
#include "HealthView.h"
#include "HistoryView.h"
#include "HttpClient.h"
#include "LogView.h"
#include "MainWindow.h"
#include "OperationWait.h"
#include "OperationsModel.h"
#include "OperationsView.h"
#include "PipelineActions.h"
#include "SettingsDialog.h"
#include "StageCard.h"
#include "StageHealthPanel.h"
#include "Theme.h"
#include "Translations.h"
#include "WindowHost.h"
#include "health/HealthSettings.h"
#include "pipeline/History.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/PipelineConfig.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCryptographicHash>
#include <QDialog>
#include <QDirIterator>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <thread>

using antler::gui::CommandPalette;
using antler::gui::ConfirmChangeDialog;
using antler::gui::MainWindow;
using antler::gui::PipelineActions;
using antler::gui::StageCard;
using antler::pipeline::Operation;
using antler::pipeline::PipelineConfig;
using antler::test::HttpClient;

namespace {

constexpr int OperationTimeoutMs = 60000;

QString versionDigest(quint16 port)
{
    const antler::test::HttpReply reply = HttpClient::get(port, "/version");
    if (reply.status != 200)
        return {};
    return QJsonDocument::fromJson(reply.body).object().value(QLatin1String("image_digest")).toString();
}

} // namespace

class TestControlPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstRunBuildsAndDeploysTest();
    void promoteWithTheCardButtonMatchesTheCli();
    void promoteIsDisabledWithTheReasonWhenTestIsDown();
    void rollbackWithAReasonPinsTheStage();
    void cancelDuringARolloutKeepsThePreviousReleaseServing();
    void commandPaletteFindsAndRunsPromote();
    void everyPipelineCommandIsAnAction();
    void aDeploymentMarkerOpensItsHistoryEntry();
    void anUnreadableHistoryLeavesTheWindowReadOnly();
    void germanAndDark();
    void openingAProfileReopensTheWindowOnIt();
    void settingsTestTheWebhook();

private:
    std::unique_ptr<MainWindow> openWindow(bool firstRun = false);
    Operation *waitForOperation(MainWindow &window, Operation::Kind kind, const QString &stage = {});
    bool waitFinished(Operation *operation);
    QString buildAndDeployTest(MainWindow &window);
    StageCard *card(MainWindow &window, const QString &stage);
    QProcessEnvironment environment() const;
    QJsonArray cliHistory();
    QList<qint64> stagePids(const QString &stage) const;
    QString dataDir() const { return m_home->filePath(QStringLiteral("data")); }

    std::unique_ptr<QTemporaryDir> m_home;
    quint16 m_ports[3] = {0, 0, 0};
    PipelineConfig m_config;
};

void TestControlPanel::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (quint16 &port : m_ports) {
        port = antler::test::freeLoopbackPort();
        QVERIFY(port != 0);
    }
    const char *names[3] = {"test", "staging", "production"};
    QByteArray yaml = "version: 1\nprofile: local\nruntime: local\nstages:\n";
    for (int i = 0; i < 3; ++i) {
        yaml += QByteArray("  - name: ") + names[i]
            + "\n    host: 127.0.0.1\n    port: " + QByteArray::number(m_ports[i]) + "\n    rollout_timeout: 20s\n";
        if (i == 2)
            yaml += "    gate: {confirm: true}\n";
    }
    QDir().mkpath(m_home->filePath(QStringLiteral("config/antler")));
    const QString path = m_home->filePath(QStringLiteral("config/antler/antler.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();
    QString error;
    QVERIFY2(PipelineConfig::load(path, &m_config, &error), qPrintable(error));
    QVERIFY(m_config.isLocalProfile());
    // The window and the CLI below share these folders, as they would on a desktop.
    qputenv("XDG_DATA_HOME", dataDir().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("ANTLER_MOOSEFACTS", QByteArray(ANTLER_BINARY_DIR "/server/moosefacts"));
}

void TestControlPanel::cleanup()
{
    if (!m_home)
        return;
    QDirIterator it(dataDir() + QLatin1String("/antler/stages"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const qint64 pid = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pid")).toInteger();
            if (pid > 0)
                ::kill(pid_t(pid), SIGKILL);
        }
    }
    m_home.reset();
}

QProcessEnvironment TestControlPanel::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QJsonArray TestControlPanel::cliHistory()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ANTLER_EXECUTABLE),
                  {QStringLiteral("pipeline"), QStringLiteral("history"), QStringLiteral("--json")});
    if (!process.waitForFinished(30000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput())
        .object()
        .value(QLatin1String("operations"))
        .toArray();
}

QList<qint64> TestControlPanel::stagePids(const QString &stage) const
{
    QList<qint64> pids;
    QFile file(dataDir() + QStringLiteral("/antler/stages/%1/current.json").arg(stage));
    if (file.open(QIODevice::ReadOnly))
        pids.append(QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pid")).toInteger());
    return pids;
}

std::unique_ptr<MainWindow> TestControlPanel::openWindow(bool firstRun)
{
    auto window = std::make_unique<MainWindow>(m_config);
    antler::health::HealthSettings settings;
    settings.allowShortIntervals = true;
    settings.probes = antler::health::ProbeSpec::defaults(200, 2000);
    settings.thresholds.failuresToDown = 2;
    settings.thresholds.successesToUp = 1;
    window->setHealthSettings(settings);
    window->setHostMetricsInterval(0);
    window->setFirstRunEnabled(firstRun);
    window->resize(1280, 720);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

Operation *TestControlPanel::waitForOperation(MainWindow &window, Operation::Kind kind, const QString &stage)
{
    return antler::test::waitForOperation(window, kind, stage, OperationTimeoutMs);
}

bool TestControlPanel::waitFinished(Operation *operation)
{
    return operation && QTest::qWaitFor([operation] { return operation->isFinished(); }, OperationTimeoutMs);
}

StageCard *TestControlPanel::card(MainWindow &window, const QString &stage)
{
    for (StageCard *card : window.stageCards()) {
        if (card->stageName() == stage)
            return card;
    }
    return nullptr;
}

QString TestControlPanel::buildAndDeployTest(MainWindow &window)
{
    window.pipelineActions()->build()->trigger();
    Operation *build = waitForOperation(window, Operation::Kind::Build);
    if (!waitFinished(build) || !build->outcome().ok()) {
        qWarning("build: %s", build ? qPrintable(build->outcome().message) : "never started");
        return {};
    }
    window.pipelineActions()->deploy(QStringLiteral("test"))->trigger();
    Operation *deploy = waitForOperation(window, Operation::Kind::Deploy, QStringLiteral("test"));
    if (!waitFinished(deploy) || !deploy->outcome().ok()) {
        qWarning("deploy: %s", deploy ? qPrintable(deploy->outcome().message) : "never started");
        return {};
    }
    return build->outcome().digest;
}

void TestControlPanel::firstRunBuildsAndDeploysTest()
{
    auto window = openWindow(true);
    QVERIFY(window);
    // Nothing was clicked: the first run builds and deploys test by itself,
    // as operations the user can watch.
    Operation *build = waitForOperation(*window, Operation::Kind::Build);
    QVERIFY(build);
    QVERIFY(waitFinished(build));
    QVERIFY2(build->outcome().ok(), qPrintable(build->outcome().message));
    Operation *deploy = waitForOperation(*window, Operation::Kind::Deploy, QStringLiteral("test"));
    QVERIFY(deploy);
    QVERIFY(waitFinished(deploy));
    QVERIFY2(deploy->outcome().ok(), qPrintable(deploy->outcome().message));
    QCOMPARE(window->operationsView()->model()->rowCount(), 2);

    StageCard *test = card(*window, QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(test->stateText(), QStringLiteral("Up"), 20000);
    QCOMPARE(test->digestText(), antler::pipeline::Release::shortDigest(build->outcome().digest));
    // Staging and production wait for the user.
    QCOMPARE(card(*window, QStringLiteral("staging"))->digestText(), QStringLiteral("none yet"));
    QVERIFY(window->hintText().contains(QLatin1String("Promote")));
    QVERIFY(window->pipelineActions()->promote(QStringLiteral("test"))->isEnabled());
}

void TestControlPanel::promoteWithTheCardButtonMatchesTheCli()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString digest = buildAndDeployTest(*window);
    QVERIFY(!digest.isEmpty());
    StageCard *test = card(*window, QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(test->stateText(), QStringLiteral("Up"), 20000);
    QTRY_VERIFY(test->promoteButton()->isEnabled());

    ConfirmChangeDialog::setNextAnswer(QDialog::Accepted);
    QTest::mouseClick(test->promoteButton(), Qt::LeftButton);
    // The dialog showed what changes: staging had nothing, now gets the digest.
    QVERIFY(window->lastConfirmation().contains(digest));
    Operation *promote = waitForOperation(*window, Operation::Kind::Promote, QStringLiteral("staging"));
    QVERIFY(waitFinished(promote));
    QVERIFY2(promote->outcome().ok(), qPrintable(promote->outcome().message));
    QCOMPARE(versionDigest(m_ports[1]), digest);
    QTRY_COMPARE(card(*window, QStringLiteral("staging"))->digestText(),
                 antler::pipeline::Release::shortDigest(digest));

    // The window's record is the CLI's record.
    const QJsonArray history = cliHistory();
    QVERIFY(!history.isEmpty());
    const QJsonObject newest = history.first().toObject();
    QCOMPARE(newest.value(QLatin1String("kind")).toString(), QStringLiteral("promote"));
    QCOMPARE(newest.value(QLatin1String("stage")).toString(), QStringLiteral("staging"));
    QCOMPARE(newest.value(QLatin1String("from_stage")).toString(), QStringLiteral("test"));
    QCOMPARE(newest.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(newest.value(QLatin1String("id")).toInteger(), promote->outcome().historyId);

    // The same promotion through the CLI (staging → production, confirmed)
    // writes a record of the same shape.
    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.start(QStringLiteral(ANTLER_EXECUTABLE),
              {QStringLiteral("pipeline"), QStringLiteral("promote"), QStringLiteral("staging"),
               QStringLiteral("production"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(OperationTimeoutMs));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject cliRecord = cliHistory().first().toObject();
    QCOMPARE(cliRecord.value(QLatin1String("kind")), newest.value(QLatin1String("kind")));
    QCOMPARE(cliRecord.value(QLatin1String("result")), newest.value(QLatin1String("result")));
    QCOMPARE(cliRecord.value(QLatin1String("digest")), newest.value(QLatin1String("digest")));
    QCOMPARE(cliRecord.value(QLatin1String("user")), newest.value(QLatin1String("user")));
    QCOMPARE(QStringList(cliRecord.keys()), QStringList(newest.keys()));
}

void TestControlPanel::promoteIsDisabledWithTheReasonWhenTestIsDown()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(!buildAndDeployTest(*window).isEmpty());
    StageCard *test = card(*window, QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(test->stateText(), QStringLiteral("Up"), 20000);
    QAction *promote = window->pipelineActions()->promote(QStringLiteral("test"));
    QTRY_VERIFY(promote->isEnabled());

    const QList<qint64> pids = stagePids(QStringLiteral("test"));
    QCOMPARE(pids.size(), 1);
    QCOMPARE(::kill(pid_t(pids.first()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(test->stateText(), QStringLiteral("Down"), 20000);
    QTRY_VERIFY(!promote->isEnabled());
    QVERIFY2(promote->toolTip().startsWith(QLatin1String("Test is down")), qPrintable(promote->toolTip()));
    QVERIFY(!test->promoteButton()->isEnabled());
    QCOMPARE(test->promoteButton()->toolTip(), promote->toolTip());
}

void TestControlPanel::rollbackWithAReasonPinsTheStage()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString first = buildAndDeployTest(*window);
    QVERIFY(!first.isEmpty());
    // A second, different release: an edited fact in a copy of the sources.
    QTemporaryDir tree;
    QDir().mkpath(tree.filePath(QStringLiteral("server/data")));
    QDir().mkpath(tree.filePath(QStringLiteral("resources")));
    QVERIFY(QProcess::execute(QStringLiteral("cp"),
                              {QStringLiteral("-r"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
                               tree.filePath(QStringLiteral("resources/"))})
            == 0);
    QFile facts(QStringLiteral(ANTLER_SOURCE_DIR "/server/data/moose-facts.json"));
    QVERIFY(facts.open(QIODevice::ReadOnly));
    QByteArray json = facts.readAll();
    json.replace("The moose is the largest living member", "The moose, edited, is the largest living member");
    QFile edited(tree.filePath(QStringLiteral("server/data/moose-facts.json")));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write(json);
    edited.close();
    window->pipelineActions()->setBuildSourceTree(tree.path());
    const QString second = buildAndDeployTest(*window);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);

    ConfirmChangeDialog::setNextAnswer(QDialog::Accepted, QStringLiteral("the edited fact is wrong"));
    window->pipelineActions()->rollback(QStringLiteral("test"))->trigger();
    // The dialog named the fact that changes back.
    QVERIFY2(window->lastConfirmation().contains(QLatin1String("The moose, edited,")),
             qPrintable(window->lastConfirmation()));
    Operation *rollback = waitForOperation(*window, Operation::Kind::Rollback, QStringLiteral("test"));
    QVERIFY(waitFinished(rollback));
    QVERIFY2(rollback->outcome().ok(), qPrintable(rollback->outcome().message));
    QCOMPARE(versionDigest(m_ports[0]), first);
    StageCard *test = card(*window, QStringLiteral("test"));
    QTRY_VERIFY(test->isPinned());
    QVERIFY(test->pinText().contains(QLatin1String("the edited fact is wrong")));
    QVERIFY(!window->pipelineActions()->deploy(QStringLiteral("test"))->isEnabled());
    QVERIFY(window->pipelineActions()->deploy(QStringLiteral("test"))->toolTip().contains(QLatin1String("pinned")));
    const QJsonObject record = cliHistory().first().toObject();
    QCOMPARE(record.value(QLatin1String("kind")).toString(), QStringLiteral("rollback"));
    QCOMPARE(record.value(QLatin1String("reason")).toString(), QStringLiteral("the edited fact is wrong"));
}

void TestControlPanel::cancelDuringARolloutKeepsThePreviousReleaseServing()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString first = buildAndDeployTest(*window);
    QVERIFY(!first.isEmpty());
    QCOMPARE(versionDigest(m_ports[0]), first);

    // A client polls the stage for the whole rollout and its cancel.
    std::atomic<bool> polling {true};
    std::atomic<int> answered {0};
    std::atomic<int> refused {0};
    const quint16 port = m_ports[0];
    std::thread client([&] {
        while (polling) {
            const antler::test::HttpReply reply = HttpClient::get(port, "/healthz");
            (reply.status == 200 ? answered : refused)++;
        }
    });

    // Redeploying the same build starts a new process: cancel it as soon as it runs.
    window->pipelineActions()->deploy(QStringLiteral("test"))->trigger();
    Operation *deploy = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (Operation *operation : window->operations()->operations()) {
                if (operation->kind() == Operation::Kind::Deploy && !operation->isFinished()
                    && operation->state() == Operation::State::Running)
                    deploy = operation;
            }
            return deploy != nullptr;
        },
        OperationTimeoutMs);
    QVERIFY(deploy);
    window->operationsView()->selectOperation(deploy->id());
    QVERIFY(window->operationsView()->cancelAction()->isEnabled());
    window->operationsView()->cancelAction()->trigger();
    QVERIFY(waitFinished(deploy));
    QTest::qWait(300);
    polling = false;
    client.join();

    QCOMPARE(int(deploy->outcome().code), int(antler::pipeline::OperationOutcome::Code::Cancelled));
    QCOMPARE(refused.load(), 0);
    QVERIFY(answered.load() > 0);
    QCOMPARE(versionDigest(m_ports[0]), first);
    const QJsonObject record = cliHistory().first().toObject();
    QCOMPARE(record.value(QLatin1String("kind")).toString(), QStringLiteral("deploy"));
    QCOMPARE(record.value(QLatin1String("result")).toString(), QStringLiteral("cancelled"));
}

void TestControlPanel::commandPaletteFindsAndRunsPromote()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(!buildAndDeployTest(*window).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(card(*window, QStringLiteral("test"))->stateText(), QStringLiteral("Up"), 20000);
    QTRY_VERIFY(window->pipelineActions()->promote(QStringLiteral("test"))->isEnabled());

    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = window->commandPalette();
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->findChild<QLineEdit *>(QStringLiteral("paletteInput")), QStringLiteral("promote test"));
    const QList<QAction *> matches = palette->matches();
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first()->text(), QStringLiteral("Promote test → staging"));
    ConfirmChangeDialog::setNextAnswer(QDialog::Accepted);
    QTest::keyClick(palette->findChild<QLineEdit *>(QStringLiteral("paletteInput")), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    Operation *promote = waitForOperation(*window, Operation::Kind::Promote, QStringLiteral("staging"));
    QVERIFY(waitFinished(promote));
    QVERIFY2(promote->outcome().ok(), qPrintable(promote->outcome().message));
}

void TestControlPanel::everyPipelineCommandIsAnAction()
{
    auto window = openWindow();
    QVERIFY(window);
    PipelineActions *actions = window->pipelineActions();
    QVERIFY(actions->build());
    for (const QString &stage : {QStringLiteral("test"), QStringLiteral("staging"), QStringLiteral("production")}) {
        for (QAction *action : actions->stageActions(stage))
            QVERIFY(action);
        QVERIFY(actions->deploy(stage) && actions->rollback(stage) && actions->pin(stage) && actions->unpin(stage)
                && actions->stop(stage) && actions->open(stage));
    }
    QVERIFY(actions->promote(QStringLiteral("test")));
    QVERIFY(actions->promote(QStringLiteral("staging")));
    QVERIFY(!actions->promote(QStringLiteral("production")));
    // Nothing built yet: the reason is the CLI's sentence.
    QAction *deploy = actions->deploy(QStringLiteral("test"));
    QVERIFY(!deploy->isEnabled());
    QVERIFY2(deploy->toolTip().contains(QLatin1String("antler pipeline build")), qPrintable(deploy->toolTip()));
    // Every action is in the menu bar too.
    QStringList inMenus;
    const std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &list) {
        for (QAction *action : list) {
            inMenus.append(action->objectName());
            if (action->menu())
                collect(action->menu()->actions());
        }
    };
    collect(window->menuBar()->actions());
    for (QAction *action : actions->all())
        QVERIFY2(inMenus.contains(action->objectName()), qPrintable(action->objectName()));
}

void TestControlPanel::aDeploymentMarkerOpensItsHistoryEntry()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(!buildAndDeployTest(*window).isEmpty());
    const qint64 id = window->operations()->operations().constLast()->outcome().historyId;
    QVERIFY(id > 0);
    antler::gui::StageHealthPanel *panel = window->healthView()->panel(QStringLiteral("test"));
    QTRY_VERIFY(panel->markerCount() >= 1);
    int index = -1;
    for (int i = 0; i < panel->markerCount(); ++i) {
        if (panel->markerHistoryId(i) == id)
            index = i;
    }
    QVERIFY(index >= 0);
    panel->activateMarker(index);
    QTRY_COMPARE(window->historyView()->selectedOperation(), id);
}

void TestControlPanel::anUnreadableHistoryLeavesTheWindowReadOnly()
{
    const QString path = dataDir() + QStringLiteral("/antler/history.sqlite");
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    file.write(garbage);
    file.close();

    // The window asks whether to start a new history; the user declines.
    bool asked = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&answer, &asked] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QLatin1String("damagedHistoryQuestion"))
            return;
        asked = true;
        answer.stop();
        question->findChild<QPushButton *>(QStringLiteral("keepDamagedHistory"))->click();
    });
    answer.start();
    auto window = openWindow();
    QVERIFY(window);
    // Asked once the window is drawn; its pipeline is set up once answered.
    QTRY_VERIFY(asked);
    QTRY_VERIFY(window->pipelineActions());
    QAction *build = window->pipelineActions()->build();
    QVERIFY(!build->isEnabled());
    QVERIFY2(build->toolTip().contains(QLatin1String("history")), qPrintable(build->toolTip()));
    QVERIFY(!window->operations());
    // Said once, and nothing was deleted or overwritten.
    QTest::qWait(500);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestControlPanel::germanAndDark()
{
    const QList<QTranslator *> translators
        = antler::gui::Translations::install(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] {
        antler::gui::Translations::remove(translators);
        antler::gui::Theme::apply(antler::gui::AppSettings::Theme::System);
    });
    antler::gui::Theme::apply(antler::gui::AppSettings::Theme::Dark);
    auto window = openWindow();
    QVERIFY(window);
    // Labels in German: the pipeline menu and the card's buttons.
    QStringList menus;
    for (QAction *menu : window->menuBar()->actions())
        menus.append(menu->text().remove(QLatin1Char('&')));
    QVERIFY2(menus.contains(QStringLiteral("Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY(window->pipelineActions()->build()->text() != QStringLiteral("&Build"));
    StageCard *test = card(*window, QStringLiteral("test"));
    QVERIFY(test->deployButton()->text() != QStringLiteral("Deploy"));
    QCOMPARE(test->stateText(), QStringLiteral("Unbekannt"));
    // Dark backgrounds: window, the chart and the log.
    QVERIFY(window->palette().color(QPalette::Window).lightness() < 100);
    auto *chartView = window->healthView()->panel(QStringLiteral("test"))->chartView();
    QVERIFY(chartView->chart()->backgroundBrush().color().lightness() < 100);
    antler::gui::LogView *log = window->operationsView()->logView();
    QVERIFY(log->findChild<QListView *>() || log->findChild<QAbstractScrollArea *>());
    QVERIFY(log->palette().color(QPalette::Base).lightness() < 100);
}

void TestControlPanel::openingAProfileReopensTheWindowOnIt()
{
    // A second profile with one stage named "edge".
    const QString other = m_home->filePath(QStringLiteral("edge.yaml"));
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\nprofile: edge\nruntime: local\nstages:\n  - name: edge\n    host: 127.0.0.1\n    port: "
               + QByteArray::number(antler::test::freeLoopbackPort()) + "\n");
    file.close();

    antler::gui::WindowHost host;
    host.start(m_home->filePath(QStringLiteral("config/antler/antler.yaml")));
    QVERIFY(host.window());
    QTRY_VERIFY(host.window()->operations());
    QCOMPARE(host.window()->stageCards().size(), 3);
    Q_EMIT host.window()->profileRequested(other);
    QTRY_COMPARE(host.window()->stageCards().size(), 1);
    QCOMPARE(host.window()->stageCards().constFirst()->stageName(), QStringLiteral("edge"));
    QVERIFY(host.window()->isVisible());
    // Remembered: the next start opens it.
    QCOMPARE(antler::gui::AppSettings::load().lastProfile, other);
    QCOMPARE(antler::gui::AppSettings::load().recentProfiles.value(0), other);
}

void TestControlPanel::settingsTestTheWebhook()
{
    // A webhook receiver on loopback that answers 204 and keeps the body.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            received += socket->readAll();
            if (received.contains("\r\n\r\n") && received.contains("}")) {
                socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    });
    antler::gui::AppSettings settings;
    settings.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(server.serverPort()));
    antler::gui::SettingsDialog dialog(settings);
    QSignalSpy tested(&dialog, &antler::gui::SettingsDialog::webhookTested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testWebhook")), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), true);
    QVERIFY(received.startsWith("POST /hook"));
    QVERIFY(received.contains("\"test\":true"));
    QVERIFY(dialog.webhookTestResult().contains(QLatin1String("204")));

    // A dead webhook: one sentence that names it.
    const quint16 dead = antler::test::freeLoopbackPort();
    dialog.findChild<QLineEdit *>(QStringLiteral("webhookUrl"))
        ->setText(QStringLiteral("http://127.0.0.1:%1/").arg(dead));
    tested.clear();
    dialog.testWebhook();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    QVERIFY(dialog.webhookTestResult().contains(QLatin1String("failed")));
    // Chosen values come back out.
    QCOMPARE(dialog.settings().webhookUrl.port(), int(dead));
}

QTEST_MAIN(TestControlPanel)
#include "tst_controlpanel.moc"
