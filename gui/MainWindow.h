#pragma once

#include "health/HealthSettings.h"
#include "health/HealthState.h"
#include "pipeline/PipelineConfig.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QSystemTrayIcon;

namespace antler::health {
class HealthMonitor;
}

namespace antler::gui {

class StageCard;

// The control panel: which profile is active and the stages of its pipeline,
// test -> staging -> production, as cards in promotion order, each with the
// live health its HealthMonitor reports once the window is shown.
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

    // What the monitor probes and how often; replaces the monitor, which
    // starts (again) when the window is shown. Tests use short intervals.
    void setHealthSettings(const health::HealthSettings &settings);
    health::HealthMonitor *healthMonitor() const { return m_monitor.get(); }
    // The text of the latest notification about a stage going down or coming back.
    QString lastNotification() const { return m_lastNotification; }

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
    void createMonitor(const health::HealthSettings &settings);
    void updateStageCard(const QString &stage);
    void onStateChanged(const QString &stage, health::HealthState oldState,
        health::HealthState newState, const QString &reason);
    void notify(const QString &text, bool down);

    pipeline::PipelineConfig m_config;
    QList<StageCard *> m_stageCards;
    std::unique_ptr<health::HealthMonitor> m_monitor;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotification;
};

} // namespace antler::gui
