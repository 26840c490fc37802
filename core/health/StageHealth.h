#pragma once

#include "health/HealthState.h"
#include "health/HealthThresholds.h"
#include "health/ProbeResult.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace antler::health {

// The state machine of one stage, fed with probe results in the order they
// arrive. Each probe has its own verdict with hysteresis: it turns failing
// after failuresToDown failures in a row and healthy after successesToUp
// successes in a row; in between it keeps its verdict. From the verdicts:
//   down      a user-path probe (frontend, api; tcp) is failing
//   unknown   a user-path probe has no verdict yet
//   degraded  the user path is healthy, but another probe is failing, or the
//             last user-path answer was slower than degradedLatencyMs
//   up        otherwise.
// A stage with no user-path probe configured treats every probe as one.
class StageHealth : public QObject
{
    Q_OBJECT

public:
    explicit StageHealth(const QString &stage, const HealthThresholds &thresholds = {}, QObject *parent = nullptr);

    QString stage() const { return m_stage; }
    HealthState state() const { return m_state; }
    HealthThresholds thresholds() const { return m_thresholds; }
    void setThresholds(const HealthThresholds &thresholds);
    // The kinds that make up the user path; set by the monitor from its specs.
    void setUserPath(const QList<ProbeSpec::Kind> &kinds);

    // Feeds one result; emits stateChanged when the state moves.
    void addResult(const ProbeResult &result);

    // The latest result of each probe that has reported.
    std::optional<ProbeResult> lastResult(ProbeSpec::Kind kind) const;
    QList<ProbeResult> lastResults() const;
    // The most recent error of a probe that is failing now, else empty.
    QString lastError() const;
    // The slowest latest successful user-path answer, or none.
    std::optional<double> latencyMs() const;
    // From the latest successful version probe.
    QString digest() const;
    QString version() const;
    std::optional<bool> drift() const;
    // Why the state is what it is, one sentence.
    QString reason() const { return m_reason; }

Q_SIGNALS:
    void stateChanged(const QString &stage, antler::health::HealthState oldState, antler::health::HealthState newState,
                      const QString &reason);

private:
    enum class Verdict { None, Healthy, Failing };
    struct Track
    {
        ProbeResult last;
        int failures = 0; // in a row
        int successes = 0; // in a row
        Verdict verdict = Verdict::None;
    };

    bool isUserPath(ProbeSpec::Kind kind) const;
    void evaluate(const ProbeResult &trigger);

    QString m_stage;
    HealthThresholds m_thresholds;
    QList<ProbeSpec::Kind> m_userPath;
    QHash<int, Track> m_tracks; // by ProbeSpec::Kind
    std::optional<ProbeResult> m_lastVersion;
    HealthState m_state = HealthState::Unknown;
    QString m_reason;
};

} // namespace antler::health
