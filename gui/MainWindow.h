#pragma once

#include "AppSettings.h"
#include "health/HealthSettings.h"
#include "health/HealthState.h"
#include "pipeline/PipelineConfig.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QSystemTrayIcon;
class QToolBar;

namespace antler::pipeline {
struct Release;
class History;
class Operation;
class OperationManager;
struct HistoryEntry;
} // namespace antler::pipeline

namespace antler::health {
class HealthHistory;
class HealthMonitor;
class HealthSession;
class WebhookNotifier;
} // namespace antler::health

namespace antler::gui {

class CommandPalette;
class EventsView;
class FleetDocks;
class HostsView;
class PlaybooksView;
class HealthStore;
class HealthView;
class HistoryLoader;
class HistoryView;
struct LoadedHistory;
class OperationsView;
class PipelineActions;
class PiSetupWizard;
class StageCard;

// The control panel: which profile is active and the stages of its pipeline,
// test -> staging -> production, as cards in promotion order, each with the
// live health its HealthSession reports once the window is shown, and the
// buttons that build, deploy, promote and roll back. The window holds
// widgets only: operations run in core's OperationManager (the same one the
// CLI uses), health in core's HealthSession. Docks show the running and
// recent operations with their logs, the pipeline's history and one
// timeline of events; every command is a QAction of PipelineActions, also
// reachable from the command palette (Ctrl+K).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // configProblem: why the configuration the user asked for could not be
    // used (config then holds the fallback); shown above the pipeline.
    explicit MainWindow(const pipeline::PipelineConfig &config, const QString &configProblem = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    const QList<StageCard *> &stageCards() const { return m_stageCards; }
    QString profileTitle() const;

    // The profile's health: monitor, history, expected digests, webhook and
    // hosts, set up as `antler status` sets them up. Started when the window
    // is shown.
    health::HealthSession *healthSession() const { return m_session; }
    // What the monitor probes and how often; replaces the monitor, which
    // starts (again) when the window is shown. Tests use short intervals.
    void setHealthSettings(const health::HealthSettings &settings);
    health::HealthMonitor *healthMonitor() const;
    // The text of the latest notification about a stage going down or coming back.
    QString lastNotification() const { return m_lastNotification; }

    // Where samples are kept (default HealthHistory::defaultPath(); empty:
    // memory only) and where the pipeline's history with the deployment
    // markers is (empty: its default). Set before the window is shown.
    void setHistoryPaths(const QString &healthHistory, const QString &pipelineHistory);
    // Host metrics of the pipeline's target every intervalMs (default 10 s); 0: none.
    // Set before the window is shown.
    void setHostMetricsInterval(int intervalMs);
    // Overrides notifications.webhook of the configuration (tests). Set
    // before the window is shown.
    void setWebhookUrl(const QUrl &url);
    // nullptr until the window is first shown.
    health::WebhookNotifier *webhook() const;
    HealthView *healthView() const { return m_healthView; }
    HealthStore *healthStore() const { return m_store; }
    health::HealthHistory *history() const;
    // True once the history has been read into the charts.
    bool historyLoaded() const { return m_historyLoaded; }

    // The pipeline side; null until the window is first shown (it opens the
    // pipeline history then, after setHistoryPaths()).
    pipeline::OperationManager *operations() const { return m_operations; }
    PipelineActions *pipelineActions() const { return m_actions; }
    OperationsView *operationsView() const { return m_operationsView; }
    HistoryView *historyView() const { return m_historyView; }
    EventsView *eventsView() const { return m_eventsView; }
    CommandPalette *commandPalette() const { return m_palette; }
    // The Playbooks dock's view (FleetDocks).
    PlaybooksView *playbooksView() const;
    HostsView *hostsView() const;
    // Opens the Pi setup wizard ("Set up a Pi…" in the File and Hosts menus and
    // the Hosts dock), or raises the one already open. When it made a profile,
    // the window switches to it once the wizard closes.
    PiSetupWizard *showPiSetupWizard();
    // With nothing built yet on the Local profile, build and deploy to the
    // first stage by themselves once the window is shown (the Launcher turns
    // this on; tests choose).
    void setFirstRunEnabled(bool enabled) { m_firstRunEnabled = enabled; }
    // Builds and deploys to the first stage as soon as the pipeline starts,
    // whatever the profile (the setup wizard's "Build and deploy to test").
    void setBuildAndDeployOnStart(bool enabled) { m_buildAndDeployOnStart = enabled; }
    // The hint above the pipeline ("press Promote →"); empty when none is shown.
    QString hintText() const;
    // What the latest promote/rollback confirmation showed (summary and changes).
    QString lastConfirmation() const { return m_lastConfirmation; }
    // The window's preferences (Settings dialog); applied at once where they can be.
    void applySettings(const AppSettings &settings);
    const AppSettings &settings() const { return m_settings; }
    // The dock that holds a view, for tests and screenshots.
    QDockWidget *dock(const QString &objectName) const;
    // Every command of the window: the pipeline's and the window's own.
    QList<QAction *> allActions() const;

Q_SIGNALS:
    // Raised as a tray message, or in the status bar when there is no tray.
    void notified(const QString &text);
    // File → Open profile / a recent profile: the Launcher opens a window on
    // it ("" is the default profile).
    void profileRequested(const QString &path);
    // The same, and then build and deploy to its first stage.
    void buildAndDeployRequested(const QString &path);
    // The language changed: the Launcher opens the window again in it.
    void reopenRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startPipeline();
    // The pipeline history is damaged: asked once the window is drawn, it is
    // kept aside and replaced only if the user agrees; otherwise the window
    // stays read-only and the file stays as it is.
    void askAboutDamagedHistory();
    // The actions, menus and docks of the pipeline, on an open history, or
    // read-only (history null) with error saying why.
    void setUpPipeline(std::unique_ptr<pipeline::History> history, const QString &error);
    void createDocks();
    void createFleetDocks();
    void createToolBar();
    void fillPipelineMenu(QMenu *menu);
    void refreshReleases();
    void onOperationAdded(pipeline::Operation *operation);
    void onOperationChanged(pipeline::Operation *operation);
    void onOperationFinished(pipeline::Operation *operation);
    pipeline::Release releaseOf(const QString &digest) const;
    // The promote (from → stage) or rollback (stage) confirmation.
    void confirmChange(bool promote, const QString &from, const QString &stage);
    void confirmPromote(const QString &from, const QString &to);
    void confirmRollback(const QString &stage);
    void askPinReason(const QString &stage);
    void runAgain(const pipeline::HistoryEntry &entry);
    void openProfile();
    void showSettings();
    void showHint(const QString &text);
    void addEvent(int severity, const QString &stage, const QString &source, const QString &message,
                  qint64 operationId = 0);
    void updateTray();
    void startFirstRun();
    QSize minimumSizeForText();
    void createMenus();
    QWidget *createHeader();
    QWidget *createProblemBanner(const QString &problem);
    QWidget *createPipeline();
    void showAbout();
    void updateStageCard(const QString &stage);
    void onStateChanged(const QString &stage, health::HealthState oldState, health::HealthState newState,
                        const QString &reason);
    void notify(const QString &text, bool down);
    void startHealth();
    void onHistoryLoaded(const LoadedHistory &loaded);

    pipeline::PipelineConfig m_config;
    QList<StageCard *> m_stageCards;
    health::HealthSession *m_session = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotification;
    HealthStore *m_store = nullptr;
    HealthView *m_healthView = nullptr;
    // The central page (header, cards, charts), scrolling when the docks take the height.
    QScrollArea *m_centralScroll = nullptr;
    HistoryLoader *m_loader = nullptr;
    bool m_healthStarted = false;
    bool m_historyLoaded = false;

    AppSettings m_settings;
    QString m_configProblem;
    std::unique_ptr<pipeline::History> m_pipelineHistory;
    pipeline::OperationManager *m_operations = nullptr;
    PipelineActions *m_actions = nullptr;
    OperationsView *m_operationsView = nullptr;
    HistoryView *m_historyView = nullptr;
    EventsView *m_eventsView = nullptr;
    CommandPalette *m_palette = nullptr;
    FleetDocks *m_fleet = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_fileSetupAnchor = nullptr;
    QPointer<PiSetupWizard> m_piSetup;
    QHash<QString, QDockWidget *> m_docks;
    QMenu *m_pipelineMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_windowActions;
    QWidget *m_hint = nullptr;
    QLabel *m_hintText = nullptr;
    QString m_lastConfirmation;
    bool m_firstRunEnabled = false;
    bool m_buildAndDeployOnStart = false;
    bool m_pipelineStarted = false;
    // The damaged-history question waits for the window's first expose.
    bool m_damagedHistoryPending = false;
    // The operation ids of the first run: build, then deploy to the first stage.
    int m_firstRunBuild = 0;
    int m_firstRunDeploy = 0;
};

} // namespace antler::gui
