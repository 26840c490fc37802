#pragma once

#include "health/HostMetrics.h"
#include "transport/HostTransportFactory.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace antler::pipeline {
class PipelineConfig;
}
namespace antler::transport {
class Transport;
}

namespace antler::health {

class HostMetricsSampler;

// The hosts a pipeline's stages live on and one HostMetricsSampler each:
// the pipeline's target (PipelineConfig::target()), reached as the
// inventory says (SSH, or local), or this machine through LocalTransport
// for the Local profile. One transport per host, kept open between samples.
class MonitoredHosts : public QObject
{
    Q_OBJECT

public:
    explicit MonitoredHosts(QObject *parent = nullptr);
    ~MonitoredHosts() override;

    // Sets up the hosts of config; false with one sentence in *error (the
    // inventory cannot be read, the target is not in it). An existing
    // transport may be given instead (tests, the GUI's own session).
    bool setUp(const pipeline::PipelineConfig &config, QString *error);
    void addHost(const QString &name, transport::Transport *transport);
    // Host key policy, known_hosts and timeouts for the transports setUp()
    // makes (HostTransportFactory); set before setUp().
    void setConnectionOptions(const transport::HostConnectionOptions &options);
    // The transport a host is sampled through, or nullptr.
    transport::Transport *transport(const QString &host) const;

    QStringList hostNames() const;
    std::optional<HostMetrics> last(const QString &host) const;
    QList<HostMetrics> lastAll() const;

    // Every host once; allSampled() when each has reported.
    void sampleOnce();
    void start(int intervalMs);
    void stop();

Q_SIGNALS:
    void sampled(const antler::health::HostMetrics &metrics);
    void allSampled();

private:
    transport::HostConnectionOptions m_connectionOptions;
    std::vector<std::unique_ptr<transport::Transport>> m_ownedTransports;
    QHash<QString, transport::Transport *> m_transports;
    std::vector<std::unique_ptr<HostMetricsSampler>> m_samplers;
    QHash<QString, HostMetrics> m_last;
    QStringList m_outstanding;
};

} // namespace antler::health
