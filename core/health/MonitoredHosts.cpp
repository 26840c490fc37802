#include "health/MonitoredHosts.h"

#include "health/HostMetricsSampler.h"
#include "inventory/Inventory.h"
#include "pipeline/ConfigName.h"
#include "pipeline/PipelineConfig.h"
#include "transport/HostTransportFactory.h"
#include "transport/LocalTransport.h"

#include <QTimer>

namespace antler::health {

MonitoredHosts::MonitoredHosts(QObject *parent)
    : QObject(parent)
{
}

MonitoredHosts::~MonitoredHosts()
{
    // Samplers cancel their commands while the transports still exist.
    m_samplers.clear();
    m_ownedTransports.clear();
}

bool MonitoredHosts::setUp(const pipeline::PipelineConfig &config, QString *error)
{
    if (config.isLocalTarget() || config.stages().isEmpty()) {
        auto local = std::make_unique<transport::LocalTransport>();
        local->setHostName(QStringLiteral("localhost"));
        addHost(QStringLiteral("localhost"), local.get());
        m_ownedTransports.push_back(std::move(local));
        return true;
    }
    inventory::Inventory inventory;
    if (!inventory.load(config.inventory(), error))
        return false;
    const QString target = config.target();
    if (!inventory.hasHost(target)) {
        if (error) {
            *error = tr("the pipeline's target %1 is not in the inventory %2; add it there or "
                        "change target: in %3.")
                         .arg(target, config.inventory(), pipeline::ConfigName::of(config));
        }
        return false;
    }
    // The same connection a playbook run makes, become settings included, so
    // a sampler that needs sudo on the target can use it.
    std::unique_ptr<transport::Transport> transport(
        transport::HostTransportFactory(m_connectionOptions).create(inventory, target, error));
    if (!transport)
        return false;
    addHost(target, transport.get());
    m_ownedTransports.push_back(std::move(transport));
    return true;
}

void MonitoredHosts::addHost(const QString &name, transport::Transport *transport)
{
    m_transports.insert(name, transport);
    auto sampler = std::make_unique<HostMetricsSampler>(transport, name);
    connect(sampler.get(), &HostMetricsSampler::sampled, this, [this](const HostMetrics &metrics) {
        m_last.insert(metrics.host, metrics);
        Q_EMIT sampled(metrics);
        if (m_outstanding.removeOne(metrics.host) && m_outstanding.isEmpty())
            Q_EMIT allSampled();
    });
    m_samplers.push_back(std::move(sampler));
}

void MonitoredHosts::setConnectionOptions(const transport::HostConnectionOptions &options)
{
    m_connectionOptions = options;
}

transport::Transport *MonitoredHosts::transport(const QString &host) const
{
    return m_transports.value(host);
}

QStringList MonitoredHosts::hostNames() const
{
    QStringList names;
    for (const auto &sampler : m_samplers)
        names.append(sampler->hostName());
    return names;
}

std::optional<HostMetrics> MonitoredHosts::last(const QString &host) const
{
    const auto it = m_last.constFind(host);
    if (it == m_last.cend())
        return std::nullopt;
    return *it;
}

QList<HostMetrics> MonitoredHosts::lastAll() const
{
    QList<HostMetrics> out;
    for (const auto &sampler : m_samplers) {
        if (const auto metrics = last(sampler->hostName()))
            out.append(*metrics);
    }
    return out;
}

void MonitoredHosts::sampleOnce()
{
    if (m_samplers.empty()) {
        QTimer::singleShot(0, this, &MonitoredHosts::allSampled);
        return;
    }
    for (const auto &sampler : m_samplers) {
        if (!m_outstanding.contains(sampler->hostName()))
            m_outstanding.append(sampler->hostName());
        sampler->sampleOnce();
    }
}

void MonitoredHosts::start(int intervalMs)
{
    for (const auto &sampler : m_samplers)
        sampler->start(intervalMs);
}

void MonitoredHosts::stop()
{
    for (const auto &sampler : m_samplers)
        sampler->stop();
}

} // namespace antler::health
