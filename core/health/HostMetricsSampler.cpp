#include "health/HostMetricsSampler.h"

#include "health/HostMetricsParser.h"
#include "transport/Transport.h"

#include <QDateTime>

namespace antler::health {

HostMetricsSampler::HostMetricsSampler(transport::Transport *transport, const QString &hostName, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_hostName(hostName)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sampleOnce(); });
}

HostMetricsSampler::~HostMetricsSampler()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void HostMetricsSampler::start(int intervalMs)
{
    m_timer.start(std::max(1, intervalMs));
    sampleOnce();
}

void HostMetricsSampler::stop()
{
    m_timer.stop();
}

bool HostMetricsSampler::sampleOnce()
{
    if (m_job)
        return false;
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    if (!m_transport) {
        HostMetrics metrics;
        metrics.host = m_hostName;
        metrics.timeMs = startedAt;
        metrics.error = tr("no connection to %1 to read its metrics from.").arg(m_hostName);
        QMetaObject::invokeMethod(
            this, [this, metrics] { Q_EMIT sampled(metrics); }, Qt::QueuedConnection);
        return true;
    }
    transport::CommandSpec spec;
    spec.script = HostMetricsParser::script();
    spec.timeoutMs = m_timeoutMs;
    spec.description = tr("host metrics");
    spec.shareShell = true; // no channel, login shell and sh per sample
    m_job = m_transport->run(spec);
    connect(m_job, &transport::CommandJob::finished, this, [this, startedAt](const transport::CommandResult &result) {
        m_job = nullptr;
        HostMetrics metrics;
        metrics.host = m_hostName;
        metrics.timeMs = startedAt;
        if (result.status != transport::CommandResult::Status::Finished) {
            metrics.error = result.error.isEmpty()
                ? tr("cannot read the metrics of %1: the command ended with %2.")
                      .arg(m_hostName, transport::CommandResult::statusName(result.status))
                : result.error;
        } else {
            QString error;
            if (!HostMetricsParser::parse(result.stdoutData, &metrics, &error))
                metrics.error = error;
        }
        if (metrics.ok && m_last && m_last->ok && m_last->cpuTotalTicks && metrics.cpuTotalTicks
            && *metrics.cpuTotalTicks > *m_last->cpuTotalTicks) {
            const double total = double(*metrics.cpuTotalTicks - *m_last->cpuTotalTicks);
            const double busy = double(*metrics.cpuBusyTicks - *m_last->cpuBusyTicks);
            metrics.cpuPercent = std::clamp(100.0 * busy / total, 0.0, 100.0);
        }
        if (metrics.ok)
            m_last = metrics;
        Q_EMIT sampled(metrics);
    });
    return true;
}

} // namespace antler::health
