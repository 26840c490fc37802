#include "health/HealthSession.h"

#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "health/MonitoredHosts.h"
#include "health/StageHealth.h"
#include "health/WebhookNotifier.h"
#include "pipeline/History.h"

namespace antler::health {

QString HealthSessionOptions::defaultHealthHistoryPath()
{
    return HealthHistory::defaultPath();
}

QString HealthSessionOptions::defaultPipelineHistoryPath()
{
    return pipeline::History::defaultPath();
}

HealthSession::HealthSession(const pipeline::PipelineConfig &config, const HealthSettings &settings,
                             const HealthSessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_settings(settings)
    , m_options(options)
{
    createMonitor();
}

HealthSession::~HealthSession()
{
    stop();
    // The monitor records into the history and the samplers use their
    // transports until they are gone.
    m_monitor.reset();
    m_hosts.reset();
    m_history.reset();
}

void HealthSession::setSettings(const HealthSettings &settings)
{
    const bool running = isRunning();
    m_settings = settings;
    createMonitor();
    if (running)
        m_monitor->start();
}

bool HealthSession::setOptions(const HealthSessionOptions &options)
{
    if (m_prepared)
        return false;
    m_options = options;
    return true;
}

void HealthSession::createMonitor()
{
    if (m_monitor) {
        m_monitor->stop();
        m_monitor->setHistory(nullptr);
    }
    // Probes report by signal: nothing here waits for a stage.
    m_monitor = std::make_unique<HealthMonitor>(m_config, m_settings);
    m_monitor->setHistory(m_history.get());
    applyExpectedDigests();
    connect(m_monitor.get(), &HealthMonitor::sample, this, &HealthSession::sample);
    connect(m_monitor.get(), &HealthMonitor::stateChanged, this, &HealthSession::stateChanged);
    connect(m_monitor.get(), &HealthMonitor::finished, this, &HealthSession::onceDone);
}

void HealthSession::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;

    // First what should run, so the first probe can already tell drift.
    refreshExpectedDigests();

    if (!m_options.healthHistoryPath.isEmpty()) {
        auto history = std::make_unique<HealthHistory>();
        QString error;
        if (history->open(m_options.healthHistoryPath, &error)) {
            if (m_options.compactionIntervalMs > 0)
                history->setCompactionInterval(m_options.compactionIntervalMs);
            m_history = std::move(history);
            m_monitor->setHistory(m_history.get());
        } else {
            // Uptime and charts of earlier runs are missing; live health is not.
            Q_EMIT problem(error);
        }
    }

    if (m_options.webhookEnabled) {
        QUrl url;
        if (m_options.webhookUrl) {
            url = *m_options.webhookUrl;
        } else {
            QString error;
            if (!WebhookNotifier::urlFromConfig(m_config.sourcePath(), &url, &error))
                Q_EMIT problem(error);
        }
        m_webhook = std::make_unique<WebhookNotifier>(url);
        connect(m_webhook.get(), &WebhookNotifier::failed, this,
                [this](const QString &, const QString &error) { Q_EMIT problem(error); });
        connect(this, &HealthSession::stateChanged, m_webhook.get(),
                [webhook = m_webhook.get()](const QString &stage, HealthState from, HealthState to,
                                            const QString &reason) { webhook->notify(stage, from, to, reason); });
    }

    if (m_options.hostMetricsIntervalMs > 0) {
        auto hosts = std::make_unique<MonitoredHosts>();
        hosts->setConnectionOptions(m_options.hostConnection);
        QString error;
        if (hosts->setUp(m_config, &error)) {
            m_hosts = std::move(hosts);
            connect(m_hosts.get(), &MonitoredHosts::sampled, this, &HealthSession::hostMetrics);
            connect(m_hosts.get(), &MonitoredHosts::allSampled, this, &HealthSession::onceDone);
        } else {
            Q_EMIT problem(error);
        }
    }
}

void HealthSession::start()
{
    prepare();
    if (!m_monitor->isRunning())
        m_monitor->start();
    if (m_hosts && !m_hostsRunning) {
        m_hosts->start(m_options.hostMetricsIntervalMs);
        m_hostsRunning = true;
    }
}

void HealthSession::stop()
{
    if (m_monitor)
        m_monitor->stop();
    if (m_hosts && m_hostsRunning) {
        m_hosts->stop();
        m_hostsRunning = false;
    }
}

bool HealthSession::isRunning() const
{
    return m_monitor && m_monitor->isRunning();
}

void HealthSession::probeOnce()
{
    prepare();
    m_oncePending = m_hosts ? 2 : 1;
    m_monitor->probeOnce();
    if (m_hosts)
        m_hosts->sampleOnce();
}

void HealthSession::onceDone()
{
    if (m_oncePending > 0 && --m_oncePending == 0)
        Q_EMIT probedOnce();
}

void HealthSession::refreshExpectedDigests()
{
    if (!m_options.expectedDigests.isEmpty()) {
        m_releases = {};
        m_expectedDigests = m_options.expectedDigests;
    } else if (m_options.pipelineHistoryPath.isEmpty()) {
        m_releases = {};
        m_expectedDigests.clear();
    } else {
        // A small read; nothing is created when there is no history yet.
        QString error;
        m_releases = pipeline::StageReleases::load(m_config, m_options.pipelineHistoryPath, &error);
        m_expectedDigests = m_releases.expectedDigests();
        if (!error.isEmpty())
            Q_EMIT problem(error);
    }
    applyExpectedDigests();
}

void HealthSession::applyExpectedDigests()
{
    // Every stage, so one that no longer has a record stops claiming drift.
    for (const pipeline::Stage &stage : m_config.stages())
        m_monitor->setExpectedDigest(stage.name(), m_expectedDigests.value(stage.name()));
}

const StageHealth *HealthSession::stageHealth(const QString &stage) const
{
    return m_monitor->stageHealth(stage);
}

QString HealthSession::healthHistoryPath() const
{
    return m_history ? m_history->path() : QString();
}

} // namespace antler::health
