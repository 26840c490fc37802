#pragma once

#include "health/HostMetrics.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace antler::transport {
class CommandJob;
class Transport;
} // namespace antler::transport

namespace antler::health {

// Samples one host's metrics over a transport that is already there (the
// host's SshTransport session, or LocalTransport for this machine): one
// command, one round trip per sample, never a new connection of its own.
// Asynchronous; every sampleOnce() that starts ends in exactly one sampled().
// A sample still running when the timer fires again is not overlapped.
class HostMetricsSampler : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 10000;
    static constexpr int DefaultTimeoutMs = 10000;

    // transport is not owned and must outlive the sampler (or be destroyed
    // with it as its child). hostName names the host in metrics and messages.
    HostMetricsSampler(transport::Transport *transport, const QString &hostName, QObject *parent = nullptr);
    ~HostMetricsSampler() override;

    QString hostName() const { return m_hostName; }
    transport::Transport *transport() const { return m_transport.data(); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    std::optional<HostMetrics> last() const { return m_last; }

    void start(int intervalMs = DefaultIntervalMs);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // false (and no signal) while a sample is in flight.
    bool sampleOnce();

Q_SIGNALS:
    void sampled(const antler::health::HostMetrics &metrics);

private:
    QPointer<transport::Transport> m_transport;
    QString m_hostName;
    int m_timeoutMs = DefaultTimeoutMs;
    QTimer m_timer;
    QPointer<transport::CommandJob> m_job;
    std::optional<HostMetrics> m_last;
};

} // namespace antler::health
