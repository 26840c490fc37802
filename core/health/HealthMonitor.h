#pragma once

#include "health/HealthSettings.h"
#include "health/HealthState.h"
#include "health/ProbeResult.h"
#include "health/StageHealth.h"
#include "pipeline/PipelineConfig.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

namespace antler::health {

class HealthHistory;
class Probe;

// The live health of every stage of a pipeline: one Probe per stage and
// ProbeSpec, one StageHealth per stage, and a single event stream —
// sample() for every probe result, stateChanged() for every state change —
// that the GUI, `antler status` and its JSON all consume.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit HealthMonitor(const pipeline::PipelineConfig &config, const HealthSettings &settings = {},
                           QObject *parent = nullptr);
    ~HealthMonitor() override;

    QStringList stages() const;
    StageHealth *stageHealth(const QString &stage) const;
    HealthSettings settings() const { return m_settings; }

    // The digest the pipeline deployed to a stage; drift is judged against it.
    void setExpectedDigest(const QString &stage, const QString &digest);
    // Every sample is also recorded there; the history must outlive the monitor
    // or be unset first.
    void setHistory(HealthHistory *history) { m_history = history; }

    // Every probe on its own interval until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Every probe of every stage once; finished() when all have reported.
    void probeOnce();

Q_SIGNALS:
    void sample(const antler::health::ProbeResult &result);
    void stateChanged(const QString &stage, antler::health::HealthState oldState, antler::health::HealthState newState,
                      const QString &reason);
    void finished();

private:
    void onProbeFinished(Probe *probe, const ProbeResult &result);

    HealthSettings m_settings;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<StageHealth>> m_stageHealth;
    std::vector<std::unique_ptr<Probe>> m_probes;
    QSet<Probe *> m_outstanding;
    HealthHistory *m_history = nullptr;
    bool m_running = false;
};

} // namespace antler::health
