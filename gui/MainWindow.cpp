#include "MainWindow.h"

#include "HealthStore.h"
#include "HealthView.h"
#include "HistoryLoader.h"
#include "StageCard.h"
#include "health/HealthSession.h"
#include "health/StageHealth.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

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

MainWindow::MainWindow(const pipeline::PipelineConfig &config, const QString &configProblem,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
{
    setWindowTitle(tr("Antler"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(18);
    layout->addWidget(createHeader());
    if (!configProblem.isEmpty())
        layout->addWidget(createProblemBanner(configProblem));
    layout->addWidget(createPipeline(), 0);

    // The charts scroll, so they never make the window's minimum size grow.
    m_store = new HealthStore(this);
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
    layout->addWidget(scroll, 1);
    setCentralWidget(central);

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
    connect(m_session, &health::HealthSession::problem, this,
        [this](const QString &problem) { statusBar()->showMessage(problem); });

    createMenus();
    resize(qMax(1100, minimumSizeHint().width()), qMax(900, minimumSizeHint().height()));

    const QString source = m_config.isEmbedded() ? tr("built-in Local profile") : m_config.sourcePath();
    statusBar()->showMessage(tr("Configuration: %1").arg(source));
}

MainWindow::~MainWindow()
{
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
    options.pipelineHistoryPath = pipelineHistory.isEmpty()
        ? health::HealthSessionOptions::defaultPipelineHistoryPath()
        : pipelineHistory;
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
}

void MainWindow::onStateChanged(const QString &stage, health::HealthState oldState,
    health::HealthState newState, const QString &reason)
{
    updateStageCard(stage);
    const bool wasDown = oldState == health::HealthState::Down;
    const bool isDown = newState == health::HealthState::Down;
    if (wasDown == isDown)
        return;
    notify(tr("Stage %1 is now %2: %3").arg(stage, StageCard::stateName(newState), reason), isDown);
}

void MainWindow::notify(const QString &text, bool down)
{
    m_lastNotification = text;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Antler"));
            m_tray->show();
        }
        m_tray->showMessage(
            tr("Antler"), text, down ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else {
        statusBar()->showMessage(text);
    }
    Q_EMIT notified(text);
}

QSize MainWindow::minimumSizeForText() const
{
    // The layouts know how much room every label needs in the current
    // language, but a window's minimum height ignores the extra lines that
    // wrapped text needs at the narrowest width; without them the cards
    // would be squeezed.
    const QSize minimum = minimumSizeHint();
    const QLayout *central = centralWidget()->layout();
    const int wrapped = central->totalHeightForWidth(minimum.width()) - central->totalMinimumSize().height();
    return {minimum.width(), minimum.height() + qMax(0, wrapped)};
}

QString MainWindow::profileTitle() const
{
    return m_config.isLocalProfile() ? tr("Local profile") : tr("Profile “%1”").arg(m_config.profile());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Antler"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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
                      .arg(m_config.sourcePath());
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
    auto *text = wrappingLabel(
        tr("The pipeline configuration could not be used, so the Local profile is shown.")
            + QLatin1Char('\n') + problem,
        banner);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text, 1);
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
    QMessageBox::about(
        this, tr("About Antler"),
        tr("<h3>Antler %1</h3><p>Takes a Raspberry Pi, or any Debian-like host, from a bare system "
           "to a monitored test, staging and production pipeline.</p><p>Commit %2, built %3, Qt %4.</p>")
            .arg(QLatin1String(buildinfo::version), QLatin1String(buildinfo::gitCommit),
                 QLatin1String(buildinfo::buildTime), QLatin1String(qVersion())));
}

} // namespace antler::gui
