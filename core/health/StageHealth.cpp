#include "health/StageHealth.h"

#include "health/HealthLog.h"

#include <algorithm>

namespace antler::health {

StageHealth::StageHealth(const QString &stage, const HealthThresholds &thresholds, QObject *parent)
    : QObject(parent)
    , m_stage(stage)
    , m_thresholds(thresholds)
{
}

void StageHealth::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
}

void StageHealth::setUserPath(const QList<ProbeSpec::Kind> &kinds)
{
    m_userPath = kinds;
}

bool StageHealth::isUserPath(ProbeSpec::Kind kind) const
{
    if (!m_userPath.isEmpty())
        return m_userPath.contains(kind);
    bool anyUserPathTracked = false;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it)
        anyUserPathTracked |= it.value().last.kind == ProbeSpec::Kind::Frontend
            || it.value().last.kind == ProbeSpec::Kind::Api || it.value().last.kind == ProbeSpec::Kind::Tcp;
    if (!anyUserPathTracked)
        return true;
    return kind == ProbeSpec::Kind::Frontend || kind == ProbeSpec::Kind::Api || kind == ProbeSpec::Kind::Tcp;
}

void StageHealth::addResult(const ProbeResult &result)
{
    Track &track = m_tracks[int(result.kind)];
    track.last = result;
    if (result.ok) {
        ++track.successes;
        track.failures = 0;
        if (track.successes >= std::max(1, m_thresholds.successesToUp))
            track.verdict = Verdict::Healthy;
    } else {
        ++track.failures;
        track.successes = 0;
        if (track.failures >= std::max(1, m_thresholds.failuresToDown))
            track.verdict = Verdict::Failing;
    }
    if (result.kind == ProbeSpec::Kind::Version && result.ok)
        m_lastVersion = result;
    evaluate(result);
}

void StageHealth::evaluate(const ProbeResult &trigger)
{
    Q_UNUSED(trigger);
    // Kinds in a fixed order, so the reason names the same probe every time.
    QList<ProbeSpec::Kind> userKinds = m_userPath;
    QList<ProbeSpec::Kind> otherKinds;
    for (ProbeSpec::Kind kind : ProbeSpec::allKinds()) {
        if (!m_tracks.contains(int(kind)))
            continue;
        if (!isUserPath(kind))
            otherKinds.append(kind);
        else if (!userKinds.contains(kind))
            userKinds.append(kind);
    }

    HealthState next = HealthState::Up;
    QString reason;
    for (ProbeSpec::Kind kind : userKinds) {
        const auto track = m_tracks.constFind(int(kind));
        if (track != m_tracks.cend() && track->verdict == Verdict::Failing) {
            next = HealthState::Down;
            reason = track->last.probeName() + QLatin1String(": ") + track->last.error;
            break;
        }
    }
    if (next != HealthState::Down) {
        for (ProbeSpec::Kind kind : userKinds) {
            const auto track = m_tracks.constFind(int(kind));
            if (track == m_tracks.cend() || track->verdict == Verdict::None) {
                next = HealthState::Unknown;
                reason = tr("waiting for the %1 probe to confirm a state").arg(ProbeSpec::kindName(kind));
                break;
            }
        }
    }
    if (next == HealthState::Up) {
        for (ProbeSpec::Kind kind : otherKinds) {
            const Track &track = m_tracks[int(kind)];
            if (track.verdict == Verdict::Failing) {
                next = HealthState::Degraded;
                reason = track.last.probeName() + QLatin1String(": ") + track.last.error;
                break;
            }
        }
    }
    if (next == HealthState::Up && m_thresholds.degradedLatencyMs > 0) {
        for (ProbeSpec::Kind kind : userKinds) {
            const Track &track = m_tracks[int(kind)];
            if (track.last.ok && track.last.latencyMs > m_thresholds.degradedLatencyMs) {
                next = HealthState::Degraded;
                reason = tr("the %1 probe answered in %2 ms, over the %3 ms limit")
                             .arg(track.last.probeName())
                             .arg(qRound(track.last.latencyMs))
                             .arg(qRound(m_thresholds.degradedLatencyMs));
                break;
            }
        }
    }
    if (next == HealthState::Up)
        reason = tr("all %n probe(s) answer", nullptr, int(m_tracks.size()));

    m_reason = reason;
    if (next == m_state)
        return;
    const HealthState old = m_state;
    m_state = next;
    qCDebug(lcHealth) << "stage" << m_stage << "is" << healthStateName(next) << "(was" << healthStateName(old)
                      << "):" << reason;
    Q_EMIT stateChanged(m_stage, old, next, reason);
}

std::optional<ProbeResult> StageHealth::lastResult(ProbeSpec::Kind kind) const
{
    const auto it = m_tracks.constFind(int(kind));
    if (it == m_tracks.cend())
        return std::nullopt;
    return it->last;
}

QList<ProbeResult> StageHealth::lastResults() const
{
    QList<ProbeResult> results;
    for (ProbeSpec::Kind kind : ProbeSpec::allKinds()) {
        if (const auto result = lastResult(kind))
            results.append(*result);
    }
    return results;
}

QString StageHealth::lastError() const
{
    const QList<ProbeResult> results = lastResults();
    // A probe that is failing by its verdict first, user path before others.
    for (bool userPath : {true, false}) {
        for (const ProbeResult &result : results) {
            const Track &track = m_tracks[int(result.kind)];
            if (isUserPath(result.kind) == userPath && track.verdict == Verdict::Failing && !result.ok)
                return result.probeName() + QLatin1String(": ") + result.error;
        }
    }
    const ProbeResult *latest = nullptr;
    for (const ProbeResult &result : results) {
        if (!result.ok && (!latest || result.timeMs > latest->timeMs))
            latest = &result;
    }
    return latest ? latest->probeName() + QLatin1String(": ") + latest->error : QString();
}

std::optional<double> StageHealth::latencyMs() const
{
    std::optional<double> slowest;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        const ProbeResult &last = it.value().last;
        if (isUserPath(last.kind) && last.ok && last.kind != ProbeSpec::Kind::Tcp)
            slowest = std::max(slowest.value_or(0.0), last.latencyMs);
    }
    if (!slowest) {
        if (const auto tcp = lastResult(ProbeSpec::Kind::Tcp); tcp && tcp->ok)
            slowest = tcp->latencyMs;
    }
    return slowest;
}

QString StageHealth::digest() const
{
    return m_lastVersion ? m_lastVersion->digest : QString();
}

QString StageHealth::version() const
{
    return m_lastVersion ? m_lastVersion->version : QString();
}

std::optional<bool> StageHealth::drift() const
{
    return m_lastVersion ? m_lastVersion->drift : std::nullopt;
}

} // namespace antler::health
