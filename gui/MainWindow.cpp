#include "MainWindow.h"

#include "CommandPalette.h"
#include "ConfirmChangeDialog.h"
#include "EventsModel.h"
#include "EventsView.h"
#include "FleetDocks.h"
#include "HealthStore.h"
#include "HealthView.h"
#include "HistoryLoader.h"
#include "HistoryModel.h"
#include "HistoryView.h"
#include "HostsView.h"
#include "OperationsModel.h"
#include "OperationsView.h"
#include "PipelineActions.h"
#include "SettingsDialog.h"
#include "StageCard.h"
#include "Theme.h"
#include "health/HealthHistory.h"
#include "health/HealthSession.h"
#include "health/StageHealth.h"
#include "pipeline/ConfigName.h"
#include "pipeline/History.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/TargetTransport.h"
#include "pisetup/PiSetupWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

#include <antler/BuildInfo.h>

namespace antler::gui {

namespace {

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

MainWindow::MainWindow(const pipeline::PipelineConfig &config, const QString &configProblem, QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
    , m_settings(AppSettings::load())
    , m_configProblem(configProblem)
{
    setWindowTitle(tr("Antler"));
    setObjectName(QStringLiteral("mainWindow"));
    // The pipeline's target key is checked against the known_hosts of Settings,
    // where the setup wizard and the Hosts dock keep the keys they trusted.
    pipeline::TargetTransport::setKnownHostsFile(m_settings.knownHostsPath);
    setDockNestingEnabled(true);

    // The header, cards and charts scroll as one page when the user gives the
    // docks most of the height (a Playbooks dock on a 1280×800 screen), so the
    // cards' height never decides how tall a dock may be.
    m_centralScroll = new QScrollArea(this);
    m_centralScroll->setObjectName(QStringLiteral("centralScroll"));
    m_centralScroll->setWidgetResizable(true);
    m_centralScroll->setFrameShape(QFrame::NoFrame);
    m_centralScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *central = new QWidget(m_centralScroll);
    central->setObjectName(QStringLiteral("centralContent"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 10, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(createHeader());
    if (!configProblem.isEmpty())
        layout->addWidget(createProblemBanner(configProblem));

    // A short hint after the first run (what to press next); hidden otherwise.
    m_hint = new QFrame(central);
    m_hint->setObjectName(QStringLiteral("hint"));
    static_cast<QFrame *>(m_hint)->setFrameShape(QFrame::StyledPanel);
    auto *hintLayout = new QHBoxLayout(m_hint);
    hintLayout->setContentsMargins(12, 8, 8, 8);
    m_hintText = wrappingLabel(QString(), m_hint);
    m_hintText->setObjectName(QStringLiteral("hintText"));
    hintLayout->addWidget(m_hintText, 1);
    auto *dismiss = new QToolButton(m_hint);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the hint"));
    connect(dismiss, &QToolButton::clicked, m_hint, &QWidget::hide);
    hintLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_hint->hide();
    layout->addWidget(m_hint);

    layout->addWidget(createPipeline(), 0);

    // The charts scroll, so they never make the window's minimum size grow.
    m_store = new HealthStore(this);
    // The cards' sparkline and uptime follow the samples, at most once a second.
    auto *trendTimer = new QTimer(this);
    trendTimer->setInterval(1000);
    trendTimer->setSingleShot(true);
    connect(trendTimer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (StageCard *card : std::as_const(m_stageCards)) {
            card->setTrend(m_store->latency(card->stageName(), now - 15 * 60 * 1000, now),
                           m_store->uptime(card->stageName(), now - 24LL * 60 * 60 * 1000, now));
        }
    });
    connect(m_store, &HealthStore::stageChanged, trendTimer, [trendTimer] {
        if (!trendTimer->isActive())
            trendTimer->start();
    });
    QStringList stageNames;
    for (const pipeline::Stage &stage : m_config.stages())
        stageNames.append(stage.name());
    m_healthView = new HealthView(m_store, stageNames);
    auto *scroll = new QScrollArea(central);
    scroll->setObjectName(QStringLiteral("healthScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_healthView->setMinimumHeight(520);
    scroll->setWidget(m_healthView);
    // When the page scrolls, enough of the charts to see that they are there;
    // otherwise they take the room left (their own size would make the page
    // scroll for the sake of the charts, which scroll themselves).
    scroll->setMinimumHeight(120);
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    layout->addWidget(scroll, 1);
    m_centralScroll->setWidget(central);
    setCentralWidget(m_centralScroll);

    m_loader = new HistoryLoader(this);
    connect(m_loader, &HistoryLoader::loaded, this, &MainWindow::onHistoryLoaded);

    // Health is set up as `antler status` sets it up; the window only shows
    // it. The history is downsampled hourly while the window is open.
    health::HealthSessionOptions healthOptions;
    healthOptions.compactionIntervalMs = 60LL * 60 * 1000;
    m_session = new health::HealthSession(m_config, {}, healthOptions, this);
    connect(m_session, &health::HealthSession::sample, this, [this](const health::ProbeResult &result) {
        m_store->addResult(result);
        updateStageCard(result.stage);
    });
    connect(m_session, &health::HealthSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &health::HealthSession::hostMetrics, m_store, &HealthStore::addHostMetrics);
    connect(m_session, &health::HealthSession::problem, this, [this](const QString &problem) {
        statusBar()->showMessage(problem);
        addEvent(TimelineEvent::Warning, {}, QStringLiteral("health"), problem);
    });
    m_session->setSettings(m_settings.healthSettings());
    if (m_settings.webhookUrl.isValid() && !m_settings.webhookUrl.isEmpty())
        setWebhookUrl(m_settings.webhookUrl);

    m_palette = new CommandPalette(this);
    createDocks();
    createMenus();
    createToolBar();
    createFleetDocks();
    resize(qMax(1280, minimumSizeHint().width()), qMax(820, minimumSizeHint().height()));
    QSettings store;
    restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(store.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the cards and charts get most of the room, and the
        // Operations dock (where the first build shows) is the tab in front,
        // not the last dock added beside it.
        resizeDocks({m_docks.value(QStringLiteral("operationsDock"))}, {220}, Qt::Vertical);
        m_docks.value(QStringLiteral("operationsDock"))->raise();
    }

    const QString source = m_config.isEmbedded() ? tr("built-in Local profile") : m_config.sourcePath();
    statusBar()->showMessage(tr("Configuration: %1").arg(source));
    if (!configProblem.isEmpty())
        addEvent(TimelineEvent::Error, {}, QStringLiteral("config"), configProblem);
}

MainWindow::~MainWindow()
{
    // Operations report into the docks and cards: stop them first.
    if (m_operations) {
        m_operations->disconnect(this);
        m_operations->cancelAll();
        delete m_operations;
        m_operations = nullptr;
    }
    // Health stops, and its history is written, while the cards and charts
    // it reports to still exist.
    delete m_session;
    m_session = nullptr;
}

void MainWindow::setHealthSettings(const health::HealthSettings &settings)
{
    m_session->setSettings(settings);
}

health::HealthMonitor *MainWindow::healthMonitor() const
{
    return m_session->monitor();
}

health::WebhookNotifier *MainWindow::webhook() const
{
    return m_session->webhook();
}

health::HealthHistory *MainWindow::history() const
{
    return m_session->history();
}

void MainWindow::setHistoryPaths(const QString &healthHistory, const QString &pipelineHistory)
{
    health::HealthSessionOptions options = m_session->options();
    options.healthHistoryPath = healthHistory;
    options.pipelineHistoryPath
        = pipelineHistory.isEmpty() ? health::HealthSessionOptions::defaultPipelineHistoryPath() : pipelineHistory;
    m_session->setOptions(options);
}

void MainWindow::setHostMetricsInterval(int intervalMs)
{
    health::HealthSessionOptions options = m_session->options();
    options.hostMetricsIntervalMs = intervalMs;
    m_session->setOptions(options);
}

void MainWindow::setWebhookUrl(const QUrl &url)
{
    health::HealthSessionOptions options = m_session->options();
    options.webhookUrl = url;
    m_session->setOptions(options);
}

void MainWindow::startHealth()
{
    if (m_healthStarted)
        return;
    m_healthStarted = true;
    m_session->prepare();
    QStringList stages;
    for (const pipeline::Stage &stage : m_config.stages())
        stages.append(stage.name());
    m_loader->load(m_session->healthHistoryPath(), m_session->pipelineHistoryPath(), stages,
                   QDateTime::currentMSecsSinceEpoch());
}

void MainWindow::onHistoryLoaded(const LoadedHistory &loaded)
{
    for (auto it = loaded.stages.cbegin(); it != loaded.stages.cend(); ++it)
        m_store->setLoaded(it.key(), it.value());
    m_store->setMarkers(loaded.markers);
    if (!loaded.error.isEmpty())
        statusBar()->showMessage(loaded.error);
    m_historyLoaded = true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Only a shown window counts its menu bar in its size hint.
    setMinimumSize(minimumSizeForText());
    QMainWindow::showEvent(event);
    startHealth();
    m_session->start();
    startPipeline();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings store;
    store.setValue(QStringLiteral("window/geometry"), saveGeometry());
    store.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateStageCard(const QString &stage)
{
    const health::StageHealth *health = m_session->stageHealth(stage);
    if (!health)
        return;
    QString error = health->lastError();
    if (health->drift().value_or(false)) {
        const QString drift = tr("Drift: the stage runs %1, not the digest the pipeline deployed.")
                                  .arg(health->digest().isEmpty() ? tr("another release") : health->digest());
        error = error.isEmpty() ? drift : drift + QLatin1Char(' ') + error;
    }
    for (StageCard *card : std::as_const(m_stageCards)) {
        if (card->stageName() == stage)
            card->setHealth(health->state(), health->latencyMs(), error);
    }
    m_healthView->setStageState(stage, health->state(), health->lastError());
    if (m_actions)
        m_actions->setStageHealth(stage, health->state(), health->lastError());
}

void MainWindow::onStateChanged(const QString &stage, health::HealthState oldState, health::HealthState newState,
                                const QString &reason)
{
    updateStageCard(stage);
    if (m_eventsView)
        m_eventsView->addEvent(TimelineEvent::healthChange(stage, oldState, newState, reason));
    const bool wasDown = oldState == health::HealthState::Down;
    const bool isDown = newState == health::HealthState::Down;
    if (wasDown == isDown)
        return;
    notify(tr("Stage %1 is now %2: %3").arg(stage, StageCard::stateName(newState), reason), isDown);
}

void MainWindow::notify(const QString &text, bool down)
{
    m_lastNotification = text;
    if (m_settings.trayNotifications && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Antler"));
            m_tray->show();
        }
        m_tray->showMessage(tr("Antler"), text, down ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else {
        statusBar()->showMessage(text);
    }
    Q_EMIT notified(text);
}

QSize MainWindow::minimumSizeForText()
{
    // The layouts know how much room every label needs in the current
    // language, but a window's minimum height ignores the extra lines that
    // wrapped text needs at the narrowest width; without them the cards
    // would be squeezed. Only the items that wrap count: the charts scroll.
    QWidget *content = m_centralScroll->widget();
    QLayout *central = content->layout();
    // The page never scrolls sideways: the window is as wide as the cards need.
    const int width = content->minimumSizeHint().width();
    int wrapped = 0;
    for (int i = 0; i < central->count(); ++i) {
        QLayoutItem *item = central->itemAt(i);
        if (item->hasHeightForWidth() && !item->isEmpty())
            wrapped += qMax(0, item->heightForWidth(width) - item->minimumSize().height());
    }
    // The page claims that room itself, or the scroll area would squeeze it
    // instead of scrolling.
    content->setMinimumHeight(0);
    content->setMinimumHeight(content->minimumSizeHint().height() + wrapped);
    const int scrollBar = m_centralScroll->verticalScrollBar()->sizeHint().width();
    m_centralScroll->setMinimumWidth(width + scrollBar);
    // Short: the page scrolls below this, and the docks get the rest.
    m_centralScroll->setMinimumHeight(qMin(content->minimumHeight(), 200));
    return minimumSizeHint();
}

QString MainWindow::profileTitle() const
{
    return m_config.isLocalProfile() ? tr("Local profile") : tr("Profile “%1”").arg(m_config.profile());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openProfile = file->addAction(tr("&Open profile…"), this, &MainWindow::openProfile);
    openProfile->setObjectName(QStringLiteral("openProfile"));
    openProfile->setShortcut(QKeySequence::Open);
    openProfile->setStatusTip(tr("Open an antler.yaml: its stages replace the ones shown."));
    m_recentMenu = file->addMenu(tr("Open &recent profile"));
    const auto fillRecent = [this] {
        m_recentMenu->clear();
        for (const QString &profile : std::as_const(m_settings.recentProfiles)) {
            QAction *recent = m_recentMenu->addAction(profile.isEmpty() ? tr("The default profile") : profile);
            connect(recent, &QAction::triggered, this, [this, profile] { Q_EMIT profileRequested(profile); });
        }
        m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
    };
    fillRecent();
    QAction *useDefault
        = file->addAction(tr("Use the &default profile"), this, [this] { Q_EMIT profileRequested(QString()); });
    useDefault->setObjectName(QStringLiteral("defaultProfile"));
    // "Set up a Pi…" of the Hosts dock goes in before it (createFleetDocks).
    m_fileSetupAnchor = file->addSeparator();
    m_fileMenu = file;
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Filled with PipelineActions when the window is shown.
    m_pipelineMenu = menuBar()->addMenu(tr("&Pipeline"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *palette = m_viewMenu->addAction(tr("&Command palette…"), this, [this] {
        m_palette->setActions(allActions());
        m_palette->popUp();
    });
    palette->setObjectName(QStringLiteral("commandPalette"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setShortcutContext(Qt::WindowShortcut);
    palette->setStatusTip(tr("Type to find any command and run it."));
    QAction *refresh = m_viewMenu->addAction(tr("&Refresh health"), this, [this] { m_session->probeOnce(); });
    refresh->setObjectName(QStringLiteral("refreshHealth"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setStatusTip(tr("Probe every stage now instead of waiting for the next interval."));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock :
         {m_docks.value(QStringLiteral("operationsDock")), m_docks.value(QStringLiteral("historyDock")),
          m_docks.value(QStringLiteral("eventsDock"))}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("show-") + dock->objectName());
        m_viewMenu->addAction(toggle);
        m_windowActions.append(toggle);
    }
    m_docks.value(QStringLiteral("operationsDock"))->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_docks.value(QStringLiteral("historyDock"))->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_docks.value(QStringLiteral("eventsDock"))->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Antler"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    m_windowActions << openProfile << useDefault << settings << palette << refresh << about << quit;
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Pipeline"));
    m_toolBar->setObjectName(QStringLiteral("pipelineToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    // The pipeline's buttons arrive with PipelineActions when the window is shown.
}

void MainWindow::createDocks()
{
    const auto makeDock = [this](const QString &name, const QString &title, QWidget *content) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        // The docks give way first when the window is small; what they show scrolls.
        content->setMinimumHeight(100);
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                          | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        m_docks.insert(name, dock);
        return dock;
    };
    QStringList stages;
    for (const pipeline::Stage &stage : m_config.stages())
        stages.append(stage.name());

    m_historyView = new HistoryView;
    m_historyView->setStages(stages);
    m_eventsView = new EventsView;
    m_eventsView->setStages(stages);
    // The operations view needs the manager: its dock is filled when the window is shown.
    auto *placeholder = new QLabel(tr("Operations appear here once the window is ready."));
    placeholder->setMargin(12);
    QDockWidget *operations = makeDock(QStringLiteral("operationsDock"), tr("Operations"), placeholder);
    QDockWidget *history = makeDock(QStringLiteral("historyDock"), tr("History"), m_historyView);
    QDockWidget *events = makeDock(QStringLiteral("eventsDock"), tr("Events"), m_eventsView);
    tabifyDockWidget(operations, history);
    tabifyDockWidget(history, events);
    operations->raise();

    connect(m_eventsView, &EventsView::stageActivated, this, [this](const QString &stage) {
        for (StageCard *card : std::as_const(m_stageCards)) {
            if (card->stageName() == stage)
                card->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_eventsView, &EventsView::operationActivated, this, [this](qint64 id) {
        pipeline::Operation *operation = m_operations ? m_operations->operation(int(id)) : nullptr;
        if (!operation)
            return;
        m_operationsView->selectOperation(int(id));
        m_docks.value(QStringLiteral("operationsDock"))->raise();
    });
    connect(m_historyView, &HistoryView::runAgainRequested, this, &MainWindow::runAgain);
    // A deployment marker on a chart opens its History entry.
    connect(m_healthView, &HealthView::markerActivated, this, [this](qint64 id) {
        m_docks.value(QStringLiteral("historyDock"))->raise();
        m_historyView->selectOperation(id);
    });
    connect(m_historyView->model(), &HistoryModel::refreshed, this, [this] {
        // The CLI (or another window) may have changed the pipeline.
        refreshReleases();
        m_session->refreshExpectedDigests();
        if (m_actions)
            m_actions->refresh();
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The window's first expose paints it; the question is asked on the next
    // turn of the event loop, over the drawn window.
    if (m_damagedHistoryPending && watched == windowHandle() && event->type() == QEvent::Expose
        && windowHandle()->isExposed()) {
        m_damagedHistoryPending = false;
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::askAboutDamagedHistory);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::askAboutDamagedHistory()
{
    const QString path = m_session->pipelineHistoryPath();
    auto history = std::make_unique<pipeline::History>();
    QString error;
    // Opened again: it may have been repaired or replaced meanwhile.
    if (history->open(path, &error)) {
        setUpPipeline(std::move(history), QString());
        return;
    }
    if (!history->isDamaged()) {
        setUpPipeline(nullptr, error);
        return;
    }
    // Nothing is deleted: the damaged file is renamed only when the user
    // agrees; otherwise the window stays read-only and it stays as it is.
    QMessageBox question(QMessageBox::Warning, tr("Pipeline history damaged"),
                         tr("The pipeline history cannot be read, so builds, rollouts and promotions cannot be "
                            "recorded."),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("damagedHistoryQuestion"));
    question.setInformativeText(
        tr("%1\n\nStart a new history? The damaged file is kept beside it under a new name, so it can be restored "
           "or examined later.")
            .arg(error));
    QPushButton *startNew = question.addButton(tr("Start a &New History"), QMessageBox::AcceptRole);
    startNew->setObjectName(QStringLiteral("startNewHistory"));
    QPushButton *keep = question.addButton(tr("&Keep It, Read-Only"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepDamagedHistory"));
    question.setDefaultButton(keep);
    question.exec();
    if (question.clickedButton() != startNew) {
        setUpPipeline(nullptr, error);
        return;
    }
    const QString keptAs = pipeline::History::setAside(path, &error);
    if (keptAs.isEmpty() || !history->open(path, &error)) {
        setUpPipeline(nullptr, error);
        return;
    }
    const QString note = tr("The damaged pipeline history is kept as %1; a new one was started.").arg(keptAs);
    setUpPipeline(std::move(history), QString());
    statusBar()->showMessage(note);
    addEvent(TimelineEvent::Warning, {}, QStringLiteral("history"), note);
}

void MainWindow::startPipeline()
{
    if (m_pipelineStarted)
        return;
    m_pipelineStarted = true;
    m_historyView->setHistoryPath(m_session->pipelineHistoryPath());

    auto history = std::make_unique<pipeline::History>();
    QString error;
    if (history->open(m_session->pipelineHistoryPath(), &error)) {
        setUpPipeline(std::move(history), QString());
    } else if (history->isDamaged() && windowHandle()) {
        // The question about a damaged history waits until the window is
        // drawn, so it is asked over what it is about, not over an empty
        // screen; until then nothing can run (no actions yet).
        statusBar()->showMessage(tr("The pipeline history is damaged."));
        m_damagedHistoryPending = true;
        if (windowHandle()->isExposed()) {
            m_damagedHistoryPending = false;
            QTimer::singleShot(0, this, &MainWindow::askAboutDamagedHistory);
        } else {
            windowHandle()->installEventFilter(this);
        }
    } else {
        setUpPipeline(nullptr, error);
    }
}

void MainWindow::setUpPipeline(std::unique_ptr<pipeline::History> history, const QString &error)
{
    // The window knows the history only once it is open: what runs before
    // (the History dock's refresh) must not query a history that is not.
    if (history) {
        m_pipelineHistory = std::move(history);
        m_operations = new pipeline::OperationManager(m_config, m_pipelineHistory.get(), this);
        connect(m_operations, &pipeline::OperationManager::operationAdded, this, &MainWindow::onOperationAdded);
        connect(m_operations, &pipeline::OperationManager::operationChanged, this, &MainWindow::onOperationChanged);
        connect(m_operations, &pipeline::OperationManager::operationFinished, this, &MainWindow::onOperationFinished);
        connect(m_operations, &pipeline::OperationManager::event, this,
                [this](const pipeline::PipelineEvent &event, int id) {
                    if (const auto timeline = TimelineEvent::fromPipelineEvent(event, id))
                        m_eventsView->addEvent(*timeline);
                });
    } else {
        // Nothing is deleted or overwritten: the window shows what it can
        // read and says why it cannot change anything.
        const QString problem
            = tr("The pipeline history cannot be opened, so the pipeline is read-only: %1").arg(error);
        statusBar()->showMessage(problem);
        addEvent(TimelineEvent::Error, {}, QStringLiteral("history"), problem);
    }
    m_actions = new PipelineActions(m_config, m_operations, this);
    if (!m_operations)
        m_actions->setUnavailable(tr("the pipeline history cannot be opened; see the Events dock."));
    m_actions->setBuildSourceTree(m_settings.buildSourceTree);
    connect(m_actions, &PipelineActions::promoteRequested, this, &MainWindow::confirmPromote);
    connect(m_actions, &PipelineActions::rollbackRequested, this, &MainWindow::confirmRollback);
    connect(m_actions, &PipelineActions::pinRequested, this, &MainWindow::askPinReason);
    connect(m_actions, &PipelineActions::openRequested, this, [](const QString &, QUrl url) {
        if (url.host() == QLatin1String("0.0.0.0"))
            url.setHost(QStringLiteral("127.0.0.1"));
        QDesktopServices::openUrl(url);
    });
    for (StageCard *card : std::as_const(m_stageCards)) {
        const QString stage = card->stageName();
        card->setActions(m_actions->deploy(stage), m_actions->promote(stage), m_actions->rollback(stage),
                         m_actions->open(stage), m_actions->stageActions(stage));
    }
    fillPipelineMenu(m_pipelineMenu);
    m_toolBar->addAction(m_actions->build());
    for (const pipeline::Stage &stage : m_config.stages()) {
        if (QAction *promote = m_actions->promote(stage.name()))
            m_toolBar->addAction(promote);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_viewMenu->actions().value(1)); // Refresh health
    m_toolBar->addAction(m_viewMenu->actions().value(0)); // Command palette

    if (m_operations) {
        auto *view = new OperationsView(m_operations);
        m_operationsView = view;
        QDockWidget *dock = m_docks.value(QStringLiteral("operationsDock"));
        delete dock->widget();
        view->setMinimumHeight(100);
        dock->setWidget(view);
        m_pipelineMenu->addSeparator();
        m_pipelineMenu->addAction(view->cancelAction());
        m_windowActions.append(view->cancelAction());
    }
    m_fleet->setOperationManager(m_operations,
                                 tr("the pipeline history cannot be opened, so nothing can run; see the Events dock."));
    for (const pipeline::Stage &stage : m_config.stages())
        updateStageCard(stage.name());
    refreshReleases();
    updateTray();
    if ((m_firstRunEnabled || m_buildAndDeployOnStart) && m_operations)
        QTimer::singleShot(0, this, &MainWindow::startFirstRun);
    // The cards' buttons arrive with the pipeline and are shown on the next
    // turn of the event loop: measure again then.
    QTimer::singleShot(0, this, [this] { setMinimumSize(minimumSizeForText()); });
}

void MainWindow::fillPipelineMenu(QMenu *menu)
{
    menu->addAction(m_actions->build());
    menu->addSeparator();
    const QList<pipeline::Stage> &stages = m_config.stages();
    QMenu *deploy = menu->addMenu(tr("&Deploy"));
    QMenu *promote = menu->addMenu(tr("&Promote"));
    QMenu *rollback = menu->addMenu(tr("&Roll back"));
    QMenu *pin = menu->addMenu(tr("P&in and unpin"));
    QMenu *stop = menu->addMenu(tr("&Stop"));
    QMenu *open = menu->addMenu(tr("&Open in browser"));
    for (const pipeline::Stage &stage : stages) {
        const QString name = stage.name();
        deploy->addAction(m_actions->deploy(name));
        if (QAction *action = m_actions->promote(name))
            promote->addAction(action);
        rollback->addAction(m_actions->rollback(name));
        pin->addAction(m_actions->pin(name));
        pin->addAction(m_actions->unpin(name));
        stop->addAction(m_actions->stop(name));
        open->addAction(m_actions->open(name));
    }
    // Disabled menu items say why in the status bar; tooltips too.
    for (QMenu *sub : {menu, deploy, promote, rollback, pin, stop, open})
        sub->setToolTipsVisible(true);
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> list;
    if (m_actions)
        list = m_actions->all();
    return list + m_windowActions;
}

void MainWindow::createFleetDocks()
{
    m_fleet = new FleetDocks(this, m_config, m_settings);
    for (QDockWidget *dock : m_fleet->docks())
        m_docks.insert(dock->objectName(), dock);
    m_fleet->addMenus(m_viewMenu);
    m_windowActions += m_fleet->actions();
    QAction *setUpPi = hostsView()->setUpPiAction();
    m_fileMenu->insertAction(m_fileSetupAnchor, setUpPi);
    connect(setUpPi, &QAction::triggered, this, &MainWindow::showPiSetupWizard);
}

PiSetupWizard *MainWindow::showPiSetupWizard()
{
    if (m_piSetup) {
        m_piSetup->raise();
        m_piSetup->activateWindow();
        return m_piSetup;
    }
    auto *wizard = new PiSetupWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_settings.knownHostsPath.isEmpty())
        wizard->setKnownHostsFile(m_settings.knownHostsPath);
    // A key's passphrase is asked as the docks ask it, and asked once for both.
    wizard->setSecretQuestions(m_fleet->secretQuestions());
    // The new profile opens once the wizard is closed, so the window is not
    // replaced under it.
    connect(wizard, &PiSetupWizard::buildAndDeployRequested, this,
            [wizard] { wizard->setProperty("buildAndDeploy", true); });
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        if (wizard->profilePath().isEmpty())
            return;
        if (wizard->property("buildAndDeploy").toBool())
            Q_EMIT buildAndDeployRequested(wizard->profilePath());
        else
            Q_EMIT profileRequested(wizard->profilePath());
    });
    m_piSetup = wizard;
    wizard->show();
    return wizard;
}

PlaybooksView *MainWindow::playbooksView() const
{
    return m_fleet->playbooksView();
}

HostsView *MainWindow::hostsView() const
{
    return m_fleet->hostsView();
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return m_docks.value(objectName);
}

QString MainWindow::hintText() const
{
    return m_hint->isVisible() || !m_hint->isHidden() ? m_hintText->text() : QString();
}

void MainWindow::showHint(const QString &text)
{
    m_hintText->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void MainWindow::addEvent(int severity, const QString &stage, const QString &source, const QString &message,
                          qint64 operationId)
{
    TimelineEvent event;
    event.severity = TimelineEvent::Severity(severity);
    event.stage = stage;
    event.source = source;
    event.message = message;
    event.operationId = operationId;
    m_eventsView->addEvent(event);
}

void MainWindow::refreshReleases()
{
    if (!m_pipelineHistory)
        return;
    // Build times come from the build records; the history is small.
    QHash<QString, QDateTime> builtAt;
    for (const pipeline::HistoryEntry &entry : m_pipelineHistory->entries()) {
        if (entry.kind == QLatin1String("build") && entry.result == pipeline::History::Succeeded
            && !builtAt.contains(entry.digest()))
            builtAt.insert(entry.digest(), entry.finishedAt.isValid() ? entry.finishedAt : entry.startedAt);
    }
    for (StageCard *card : std::as_const(m_stageCards)) {
        const QString stage = card->stageName();
        StageCard::Release release;
        release.digest = m_pipelineHistory->deployedDigest(stage);
        if (!release.digest.isEmpty()) {
            if (const auto built = m_pipelineHistory->release(release.digest)) {
                release.buildNumber = built->buildNumber;
                release.sourceCommit = built->sourceCommit;
            }
            release.builtAt = builtAt.value(release.digest);
            release.deployedAt = m_pipelineHistory->deployedSince(stage);
        }
        if (const auto pin = m_pipelineHistory->pin(stage)) {
            release.pinned = true;
            release.pinReason = pin->reason;
        }
        card->setRelease(release);
    }
}

void MainWindow::onOperationAdded(pipeline::Operation *operation)
{
    onOperationChanged(operation);
    updateTray();
}

void MainWindow::onOperationChanged(pipeline::Operation *operation)
{
    for (StageCard *card : std::as_const(m_stageCards)) {
        if (card->stageName() != operation->stage())
            continue;
        card->setActivity(operation->isFinished() ? QString()
                                                  : tr("%1: %2").arg(operation->title(), operation->step()));
    }
}

void MainWindow::onOperationFinished(pipeline::Operation *operation)
{
    onOperationChanged(operation);
    const pipeline::OperationOutcome &outcome = operation->outcome();
    // Refusals and pins end without an event of their own: the timeline
    // still gets one line for every operation.
    bool reported = false;
    for (const pipeline::PipelineEvent &event : operation->events())
        reported = reported || event.kind == pipeline::PipelineEvent::Kind::Finished;
    if (!reported) {
        const int severity = outcome.ok() ? TimelineEvent::Info
            : outcome.code == pipeline::OperationOutcome::Code::Refused
                || outcome.code == pipeline::OperationOutcome::Code::Cancelled
            ? TimelineEvent::Warning
            : TimelineEvent::Error;
        addEvent(severity, operation->stage(), operation->request().kindName(),
                 tr("%1: %2").arg(operation->title(), outcome.message), operation->id());
    }
    // A finished rollout is a marker on the stage's chart at once.
    const auto kind = operation->kind();
    if (outcome.historyId > 0 && !outcome.stage.isEmpty()
        && (kind == pipeline::Operation::Kind::Deploy || kind == pipeline::Operation::Kind::Promote
            || kind == pipeline::Operation::Kind::Rollback)
        && (outcome.ok() || outcome.code == pipeline::OperationOutcome::Code::RolledBack)) {
        health::HistoryMarker marker;
        marker.timeMs = operation->finishedAt().toMSecsSinceEpoch();
        marker.stage = outcome.stage;
        marker.kind = operation->request().kindName();
        marker.digest = outcome.digest;
        marker.historyId = outcome.historyId;
        marker.label = tr("%1 %2").arg(operation->title(), pipeline::Release::shortDigest(outcome.digest));
        m_store->addMarker(marker);
    }
    refreshReleases();
    m_session->refreshExpectedDigests();
    m_historyView->refresh();
    m_actions->refresh();
    updateTray();
    notify(tr("%1 %2: %3").arg(operation->title(), OperationsModel::resultText(operation), outcome.message),
           !outcome.ok());

    if (operation->id() == m_firstRunBuild) {
        if (outcome.ok() && !m_config.stages().isEmpty()) {
            pipeline::Operation::Request deploy;
            deploy.kind = pipeline::Operation::Kind::Deploy;
            deploy.stage = m_config.stages().constFirst().name();
            m_firstRunDeploy = m_operations->start(deploy)->id();
        }
    } else if (operation->id() == m_firstRunDeploy && outcome.ok() && m_config.stages().size() > 1) {
        const QString first = m_config.stages().at(0).name();
        const QString second = m_config.stages().at(1).name();
        showHint(tr("%1 runs the moose facts app you just built (%2). When it looks right, press Promote → on "
                    "its card to move the very same release to %3.")
                     .arg(first, m_config.stages().at(0).url().toString(), second));
    }
}

void MainWindow::startFirstRun()
{
    const bool asked = m_buildAndDeployOnStart;
    m_buildAndDeployOnStart = false;
    if (!m_operations || !m_pipelineHistory || m_operations->hasActive())
        return;
    if (!asked && (m_pipelineHistory->lastBuild() || !m_config.isLocalProfile()))
        return;
    showHint(asked ? tr("Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock "
                        "below.")
                         .arg(m_config.stages().value(0).name())
                   : tr("First run: Antler builds the moose facts app and deploys it to %1. Follow it in the "
                        "Operations dock below.")
                         .arg(m_config.stages().value(0).name()));
    m_actions->build()->trigger();
    const QList<pipeline::Operation *> operations = m_operations->operations();
    if (!operations.isEmpty())
        m_firstRunBuild = operations.constLast()->id();
}

void MainWindow::updateTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    int running = 0;
    if (m_operations) {
        for (pipeline::Operation *operation : m_operations->operations())
            running += operation->isFinished() ? 0 : 1;
    }
    m_tray->setToolTip(running == 0 ? tr("Antler: %1").arg(profileTitle())
                                    : tr("Antler: %n operation(s) running", nullptr, running));
}

pipeline::Release MainWindow::releaseOf(const QString &digest) const
{
    pipeline::Release release;
    if (digest.isEmpty() || !m_pipelineHistory)
        return release;
    release = m_pipelineHistory->release(digest).value_or(pipeline::Release {});
    release.digest = digest;
    return release;
}

void MainWindow::confirmChange(bool promote, const QString &from, const QString &stage)
{
    if (!m_pipelineHistory)
        return;
    const pipeline::Release current = releaseOf(m_pipelineHistory->deployedDigest(stage));
    const pipeline::Release next
        = releaseOf(promote ? m_pipelineHistory->deployedDigest(from) : m_pipelineHistory->previousDigest(stage));
    const int index = m_config.indexOfStage(stage);
    const bool confirm = index >= 0 && m_config.stages().at(index).requiresConfirmation();
    auto *dialog
        = new ConfirmChangeDialog(promote ? ConfirmChangeDialog::Kind::Promote : ConfirmChangeDialog::Kind::Rollback,
                                  from, stage, confirm, current, next, m_pipelineHistory.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastConfirmation
        = dialog->summaryText() + QLatin1Char('\n') + next.digest + QLatin1Char('\n') + dialog->changesText();
    const auto go = [this, promote, from, stage](const QString &reason) {
        if (promote)
            m_actions->promoteConfirmed(from, stage);
        else
            m_actions->rollbackConfirmed(stage, reason);
    };
    int answer = 0;
    QString reason;
    if (ConfirmChangeDialog::takeNextAnswer(&answer, &reason)) {
        dialog->close();
        if (answer == QDialog::Accepted)
            go(reason);
        return;
    }
    connect(dialog, &QDialog::accepted, this, [go, dialog] { go(dialog->reason()); });
    dialog->open();
}

void MainWindow::confirmPromote(const QString &from, const QString &to)
{
    confirmChange(true, from, to);
}

void MainWindow::confirmRollback(const QString &stage)
{
    confirmChange(false, {}, stage);
}

void MainWindow::askPinReason(const QString &stage)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Pin %1").arg(stage));
    dialog->setLabelText(tr("Why should %1 stay on its release? Deploys and promotions to it are refused until "
                            "it is unpinned.")
                             .arg(stage));
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, stage](const QString &reason) { m_actions->pinConfirmed(stage, reason.trimmed()); });
    dialog->open();
}

void MainWindow::runAgain(const pipeline::HistoryEntry &entry)
{
    if (!m_operations)
        return;
    const auto kind = pipeline::Operation::Request::kindFromName(entry.kind);
    if (!kind)
        return;
    switch (*kind) {
    case pipeline::Operation::Kind::Promote:
        // The same gates and the same confirmation as the button.
        confirmPromote(entry.fromStage, entry.stage);
        return;
    case pipeline::Operation::Kind::Rollback:
        confirmRollback(entry.stage);
        return;
    case pipeline::Operation::Kind::Build:
        m_actions->build()->trigger();
        return;
    default:
        break;
    }
    pipeline::Operation::Request request;
    request.kind = *kind;
    request.stage = entry.stage;
    request.digest = entry.digest();
    request.reason = entry.reason;
    m_operations->start(request);
}

void MainWindow::openProfile()
{
    auto *dialog = new QFileDialog(this, tr("Open profile"), QString(), tr("Antler profiles (*.yaml *.yml)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (m_operations && m_operations->hasActive()) {
            const QString why = tr("Operations are running in this profile; wait for them or cancel them before "
                                   "opening another.");
            statusBar()->showMessage(why);
            addEvent(TimelineEvent::Warning, {}, QStringLiteral("config"), why);
            return;
        }
        Q_EMIT profileRequested(file);
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        chosen.save();
        applySettings(chosen);
    });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const bool languageChanged = settings.language != m_settings.language;
    const bool webhookChanged = settings.webhookUrl != m_settings.webhookUrl;
    const bool themeChanged = settings.theme != m_settings.theme;
    m_settings = settings;
    pipeline::TargetTransport::setKnownHostsFile(settings.knownHostsPath);
    if (themeChanged)
        Theme::apply(settings.theme);
    // Style sheets and charts take their colours when they are built: a new
    // theme, like a new language, gets a window built afresh.
    if (themeChanged && !(languageChanged || webhookChanged) && !(m_operations && m_operations->hasActive())) {
        Q_EMIT reopenRequested();
        return;
    }
    m_session->setSettings(settings.healthSettings());
    m_fleet->applySettings(settings);
    if (m_actions) {
        m_actions->setBuildSourceTree(settings.buildSourceTree);
        m_actions->refresh();
    }
    if (languageChanged || webhookChanged) {
        if (m_operations && m_operations->hasActive()) {
            statusBar()->showMessage(tr("The new language and webhook apply when the running operations have "
                                        "finished and the window is opened again."));
            return;
        }
        Q_EMIT reopenRequested();
    }
}

QWidget *MainWindow::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    auto *icon = new QLabel(header);
    icon->setPixmap(windowIcon().pixmap(56, 56));
    layout->addWidget(icon, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    auto *title = new QLabel(profileTitle(), header);
    title->setObjectName(QStringLiteral("profileTitle"));
    title->setFont(scaledFont(title->font(), 1.8, true));
    text->addWidget(title);

    QString summary;
    if (m_config.isLocalProfile()) {
        summary = tr("No Raspberry Pi is configured: every stage runs on this machine as a local "
                     "process, so the whole pipeline works without any other hardware.");
    } else {
        summary = tr("%n stage(s) configured in %1.", nullptr, int(m_config.stages().size()))
                      .arg(pipeline::ConfigName::of(m_config));
    }
    text->addWidget(wrappingLabel(summary, header));
    layout->addLayout(text, 1);
    return header;
}

QWidget *MainWindow::createProblemBanner(const QString &problem)
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("configProblem"));
    banner->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    auto *icon = new QLabel(banner);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto *text = wrappingLabel(tr("The pipeline configuration could not be used, so the Local profile is shown.")
                                   + QLatin1Char('\n') + problem,
                               banner);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text, 1);
    // "FILE:LINE:COLUMN: …": offer to open the file at fault.
    const QRegularExpressionMatch where = QRegularExpression(QStringLiteral("^(.+?):(\\d+):(\\d+)")).match(problem);
    if (where.hasMatch() && QFileInfo::exists(where.captured(1))) {
        auto *open = new QPushButton(tr("Open %1").arg(QFileInfo(where.captured(1)).fileName()), banner);
        open->setObjectName(QStringLiteral("openConfig"));
        connect(open, &QPushButton::clicked, this,
                [file = where.captured(1)] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
        layout->addWidget(open, 0, Qt::AlignTop);
    }
    return banner;
}

QWidget *MainWindow::createPipeline()
{
    auto *pipeline = new QWidget(this);
    auto *layout = new QVBoxLayout(pipeline);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *headingRow = new QHBoxLayout;
    headingRow->setSpacing(12);
    auto *heading = new QLabel(tr("Pipeline"), pipeline);
    heading->setFont(scaledFont(heading->font(), 1.25, true));
    headingRow->addWidget(heading, 0, Qt::AlignBaseline);
    auto *direction = new QLabel(tr("A release is promoted from left to right."), pipeline);
    QPalette directionPalette = direction->palette();
    directionPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    direction->setPalette(directionPalette);
    headingRow->addWidget(direction, 1, Qt::AlignBaseline);
    layout->addLayout(headingRow);

    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    const QList<pipeline::Stage> &stages = m_config.stages();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("→"), pipeline);
            arrow->setAccessibleName(tr("promotes to"));
            arrow->setFont(scaledFont(arrow->font(), 2.2, false));
            QPalette arrowPalette = arrow->palette();
            arrowPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
            arrow->setPalette(arrowPalette);
            row->addWidget(arrow, 0, Qt::AlignVCenter);
        }
        auto *card = new StageCard(stages.at(i), int(i + 1), int(stages.size()), pipeline);
        m_stageCards.append(card);
        row->addWidget(card, 1);
    }
    layout->addLayout(row);
    layout->addStretch(1);
    return pipeline;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Antler"),
                       tr("<h3>Antler %1</h3><p>Takes a Raspberry Pi, or any Debian-like host, from a bare system "
                          "to a monitored test, staging and production pipeline.</p><p>Commit %2, built %3, Qt %4.</p>")
                           .arg(QLatin1String(buildinfo::version), QLatin1String(buildinfo::gitCommit),
                                QLatin1String(buildinfo::buildTime), QLatin1String(qVersion())));
}

} // namespace antler::gui
