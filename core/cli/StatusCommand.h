#pragma once

#include "cli/Command.h"
#include "cli/StageStatus.h"
#include "health/HealthSettings.h"
#include "health/HealthState.h"
#include "pipeline/Stage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace antler::health {
class HealthSession;
} // namespace antler::health

namespace antler::pipeline {
class PipelineConfig;
} // namespace antler::pipeline

namespace antler::cli {

// antler status [--json] [--watch] [--config FILE] (declaration()): the live health of every
// stage of the pipeline (PipelineConfig::load: --config, the user's
// antler.yaml, else the Local profile), from a health::HealthSession set up
// as the window sets up its own, so both show the same events and drift.
//
// One-shot (the default) runs every probe of every stage once and prints a
// table — stage, state word, latency, uptime over 24 hours from the health
// history, running digest, drift, last error — and the host metrics of the
// pipeline's target (this machine for the Local profile), or with --json
// one document with a "stages" list (StageStatus::toJson()) and a "hosts"
// list (HostMetrics::toJson()). Having no history to smooth over, one-shot applies
// the thresholds as "one failure is down, one success is up". Its samples
// are added to the history, so the next run's uptime includes them.
//
// --watch probes on the normal intervals and thresholds (down after 3
// failures, up after 2 successes) and prints one line per state change (with
// --json one JSON object per line) until SIGINT or requestStop(); each
// change is also POSTed to notifications.webhook when antler.yaml names one.
//
// Exit codes (a one-shot run, or the states when --watch is stopped):
//   0  every stage is up
//   2  at least one stage is down (as ansible-playbook's "a host failed")
//   3  none is down, but at least one is degraded or unknown
//   1  the pipeline configuration cannot be read
//   5  bad options
// Drift does not change the exit code: it is reported, not judged, until the
// pipeline records what it deployed.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::StatusCommand)

public:
    enum StatusExitCode : int {
        AllUp = 0,
        StageDown = 2,
        StageNotUp = 3,
    };

    StatusCommand();
    ~StatusCommand() override;

    static CommandSpec declaration();

    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The SQLite health history to read uptime from and add samples to;
    // default HealthHistory::defaultPath(). An empty path turns history off.
    void setHistoryPath(const QString &path);
    // The probes, intervals and thresholds of --watch; one-shot uses the same
    // probes with one-shot thresholds.
    void setHealthSettings(const health::HealthSettings &settings) { m_settings = settings; }
    // stage name -> the image digest the pipeline deployed there; replaces
    // what the pipeline's history says (tests).
    void setExpectedDigests(const QHash<QString, QString> &digests) { m_expectedDigests = digests; }
    // The pipeline history (pipeline::History) read for deployed digests and
    // pins; default History::defaultPath(). Empty: none. Never created here.
    void setPipelineHistoryPath(const QString &path);
    // Host metrics and the runtimes' workload status are on by default.
    void setHostsEnabled(bool enabled) { m_hostsEnabled = enabled; }
    void setWorkloadEnabled(bool enabled) { m_workloadEnabled = enabled; }
    // Ends a running --watch as SIGINT does; safe to call from the event loop.
    void requestStop();

    static int exitCodeFor(const QList<health::HealthState> &states);

private:
    int runOnce(health::HealthSession &session, bool json, const pipeline::PipelineConfig &config,
                const QHash<QString, PipelineRecord> &records, QTextStream &out, QTextStream &err);
    int runWatch(health::HealthSession &session, bool json, QTextStream &out);
    StageStatus stageStatus(const health::HealthSession &session, const pipeline::Stage &stage,
                            const PipelineRecord &record, const QString &host) const;

    health::HealthSettings m_settings;
    QHash<QString, QString> m_expectedDigests;
    QString m_historyPath;
    bool m_historyPathSet = false;
    QString m_pipelineHistoryPath;
    bool m_pipelineHistoryPathSet = false;
    bool m_hostsEnabled = true;
    bool m_workloadEnabled = true;
    QObject *m_stopTarget = nullptr; // the running loop, while --watch runs
};

} // namespace antler::cli
