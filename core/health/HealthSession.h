#pragma once

#include "health/HealthSettings.h"
#include "health/HealthState.h"
#include "health/HostMetrics.h"
#include "health/ProbeResult.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/StageReleases.h"
#include "transport/HostTransportFactory.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace antler::health {

class HealthHistory;
class HealthMonitor;
class MonitoredHosts;
class StageHealth;
class WebhookNotifier;

// Where a HealthSession keeps and finds things, and which of its parts run.
struct HealthSessionOptions
{
    // The SQLite health history every sample is recorded in; empty: none
    // (nothing is recorded, uptime is unknown).
    QString healthHistoryPath = defaultHealthHistoryPath();
    // The pipeline history (pipeline::History) the expected digests and pins
    // are read from; empty: none. Never created by the session.
    QString pipelineHistoryPath = defaultPipelineHistoryPath();
    // stage -> digest used instead of the pipeline history (tests).
    QHash<QString, QString> expectedDigests;
    // Tell a webhook about every state change: the override, else
    // notifications.webhook of the profile.
    bool webhookEnabled = true;
    std::optional<QUrl> webhookUrl;
    // Host metrics of the pipeline's hosts every interval once started; 0:
    // no hosts are set up at all.
    int hostMetricsIntervalMs = 10000;
    transport::HostConnectionOptions hostConnection;
    // How often the health history is downsampled while it is open; 0: never.
    qint64 compactionIntervalMs = 0;

    static QString defaultHealthHistoryPath();
    static QString defaultPipelineHistoryPath();
};

// Live health of one profile, set up the same way for the window and for
// `antler status`: the HealthMonitor of the pipeline's stages, the health
// history it records into, the digests the pipeline deployed (drift is judged
// against them), the webhook that hears every state change and the monitored
// hosts with their metrics. No widgets.
//
// Construction only records what to do; prepare() (called by start() and
// probeOnce()) opens and reads everything. A part that cannot be set up is
// left out and reported as one sentence through problem(); the rest runs.
// Samples, state changes and host metrics are forwarded as the session's own
// signals, so a caller connects once even when setSettings() replaces the
// monitor.
class HealthSession : public QObject
{
    Q_OBJECT

public:
    HealthSession(const pipeline::PipelineConfig &config, const HealthSettings &settings = {},
                  const HealthSessionOptions &options = {}, QObject *parent = nullptr);
    ~HealthSession() override;

    const pipeline::PipelineConfig &config() const { return m_config; }
    HealthSettings settings() const { return m_settings; }
    // Replaces the monitor with one for these settings, keeping the history
    // and the expected digests; it runs again if the old one ran.
    void setSettings(const HealthSettings &settings);
    HealthSessionOptions options() const { return m_options; }
    // Only before prepare(); false (and nothing changes) after it.
    bool setOptions(const HealthSessionOptions &options);

    // Opens the history, reads the expected digests and sets up the webhook
    // and the hosts, once; later calls do nothing.
    void prepare();
    bool isPrepared() const { return m_prepared; }
    // Probes every stage on its intervals and samples the hosts.
    void start();
    void stop();
    bool isRunning() const;
    // Every probe and every host once; probedOnce() when all have reported.
    void probeOnce();

    // Reads the pipeline history again (after a deploy, promote or
    // rollback), so drift is judged against what now should run.
    void refreshExpectedDigests();
    QHash<QString, QString> expectedDigests() const { return m_expectedDigests; }
    // What the pipeline history said at the last read: digests and pins.
    const pipeline::StageReleases &releases() const { return m_releases; }

    HealthMonitor *monitor() const { return m_monitor.get(); }
    const StageHealth *stageHealth(const QString &stage) const;
    // nullptr when there is none (not prepared, turned off, or it could not
    // be set up).
    HealthHistory *history() const { return m_history.get(); }
    MonitoredHosts *hosts() const { return m_hosts.get(); }
    WebhookNotifier *webhook() const { return m_webhook.get(); }
    // The history file in use (empty: none) and the pipeline history read.
    QString healthHistoryPath() const;
    QString pipelineHistoryPath() const { return m_options.pipelineHistoryPath; }

Q_SIGNALS:
    void sample(const antler::health::ProbeResult &result);
    void stateChanged(const QString &stage, antler::health::HealthState oldState, antler::health::HealthState newState,
                      const QString &reason);
    void hostMetrics(const antler::health::HostMetrics &metrics);
    void probedOnce();
    // One sentence: what could not be set up or delivered, and what to do.
    void problem(const QString &message);

private:
    void createMonitor();
    void applyExpectedDigests();
    void onceDone();

    pipeline::PipelineConfig m_config;
    HealthSettings m_settings;
    HealthSessionOptions m_options;
    std::unique_ptr<HealthHistory> m_history;
    std::unique_ptr<HealthMonitor> m_monitor;
    std::unique_ptr<MonitoredHosts> m_hosts;
    std::unique_ptr<WebhookNotifier> m_webhook;
    pipeline::StageReleases m_releases;
    QHash<QString, QString> m_expectedDigests;
    bool m_prepared = false;
    bool m_hostsRunning = false;
    int m_oncePending = 0;
};

} // namespace antler::health
