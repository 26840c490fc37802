#pragma once

#include "health/HealthSettings.h"
#include "health/HealthState.h"
#include "pipeline/PipelineConfig.h"

#include <QList>
#include <QMainWindow>
#include <QUrl>

#include <memory>

class QSystemTrayIcon;

namespace antler::health {
class HealthHistory;
class HealthMonitor;
class HealthSession;
class WebhookNotifier;
}

namespace antler::gui {

class HealthStore;
class HealthView;
class HistoryLoader;
struct LoadedHistory;
class StageCard;

// The control panel: which profile is active and the stages of its pipeline,
// test -> staging -> production, as cards in promotion order, each with the
// live health its HealthSession reports once the window is shown.
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

Q_SIGNALS:
    // Raised as a tray message, or in the status bar when there is no tray.
    void notified(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QSize minimumSizeForText() const;
    void createMenus();
    QWidget *createHeader();
    QWidget *createProblemBanner(const QString &problem);
    QWidget *createPipeline();
    void showAbout();
    void updateStageCard(const QString &stage);
    void onStateChanged(const QString &stage, health::HealthState oldState,
        health::HealthState newState, const QString &reason);
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
    HistoryLoader *m_loader = nullptr;
    bool m_healthStarted = false;
    bool m_historyLoaded = false;
};

} // namespace antler::gui
