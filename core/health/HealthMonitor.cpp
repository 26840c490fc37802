#include "health/HealthMonitor.h"

#include "health/HealthHistory.h"
#include "health/HealthLog.h"
#include "health/Probe.h"

#include <QTimer>

#include <algorithm>

namespace antler::health {

HealthMonitor::HealthMonitor(const pipeline::PipelineConfig &config, const HealthSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_network.setAutoDeleteReplies(false);
    QList<ProbeSpec::Kind> userPath;
    for (ProbeSpec &spec : m_settings.probes) {
        if (!m_settings.allowShortIntervals)
            spec.intervalMs = std::max(spec.intervalMs, ProbeSpec::MinimumIntervalMs);
        if (spec.isUserPath() && !userPath.contains(spec.kind))
            userPath.append(spec.kind);
    }
    // The TCP probe stands in for the user path only when neither page nor API is probed.
    if (userPath.contains(ProbeSpec::Kind::Frontend) || userPath.contains(ProbeSpec::Kind::Api))
        userPath.removeAll(ProbeSpec::Kind::Tcp);

    for (const pipeline::Stage &stage : config.stages()) {
        auto health = std::make_unique<StageHealth>(stage.name(), m_settings.thresholds);
        health->setUserPath(userPath);
        connect(health.get(), &StageHealth::stateChanged, this, &HealthMonitor::stateChanged);
        m_stageHealth.push_back(std::move(health));
        for (const ProbeSpec &spec : std::as_const(m_settings.probes)) {
            auto probe = std::make_unique<Probe>(stage.name(), stage.host(), stage.port(), spec, &m_network);
            Probe *raw = probe.get();
            connect(raw, &Probe::finished, this,
                    [this, raw](const ProbeResult &result) { onProbeFinished(raw, result); });
            m_probes.push_back(std::move(probe));
        }
        const auto https = m_settings.httpsUrls.constFind(stage.name());
        if (https != m_settings.httpsUrls.cend()) {
            ProbeSpec spec = m_settings.tlsProbe;
            spec.kind = ProbeSpec::Kind::Tls;
            if (!m_settings.allowShortIntervals)
                spec.intervalMs = std::max(spec.intervalMs, ProbeSpec::MinimumIntervalMs);
            auto probe = std::make_unique<Probe>(stage.name(), https->host().isEmpty() ? stage.host() : https->host(),
                                                 quint16(https->port(443)), spec, &m_network);
            Probe *raw = probe.get();
            connect(raw, &Probe::finished, this,
                    [this, raw](const ProbeResult &result) { onProbeFinished(raw, result); });
            m_probes.push_back(std::move(probe));
        }
    }
}

HealthMonitor::~HealthMonitor()
{
    // Probes abort their replies while the network manager still exists.
    m_probes.clear();
}

QStringList HealthMonitor::stages() const
{
    QStringList names;
    for (const auto &health : m_stageHealth)
        names.append(health->stage());
    return names;
}

StageHealth *HealthMonitor::stageHealth(const QString &stage) const
{
    for (const auto &health : m_stageHealth) {
        if (health->stage() == stage)
            return health.get();
    }
    return nullptr;
}

void HealthMonitor::setExpectedDigest(const QString &stage, const QString &digest)
{
    for (const auto &probe : m_probes) {
        if (probe->stage() == stage)
            probe->setExpectedDigest(digest);
    }
}

void HealthMonitor::start()
{
    m_running = true;
    qCDebug(lcHealth) << "monitor starts" << m_probes.size() << "probes";
    for (const auto &probe : m_probes)
        probe->start();
}

void HealthMonitor::stop()
{
    m_running = false;
    qCDebug(lcHealth) << "monitor stops";
    for (const auto &probe : m_probes)
        probe->stop();
}

void HealthMonitor::probeOnce()
{
    if (m_probes.empty()) {
        QTimer::singleShot(0, this, &HealthMonitor::finished);
        return;
    }
    for (const auto &probe : m_probes) {
        // A probe already in flight counts with the answer it is waiting for.
        m_outstanding.insert(probe.get());
        probe->runOnce();
    }
}

void HealthMonitor::onProbeFinished(Probe *probe, const ProbeResult &result)
{
    if (m_history)
        m_history->record(result);
    if (StageHealth *health = stageHealth(result.stage))
        health->addResult(result);
    Q_EMIT sample(result);
    if (m_outstanding.remove(probe) && m_outstanding.isEmpty())
        Q_EMIT finished();
}

} // namespace antler::health
