#pragma once

#include "health/HostMetrics.h"
#include "inventory/ConnectionInfo.h"
#include "transport/HostTransportFactory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <vector>

namespace antler::pipeline {
class PipelineConfig;
}
namespace antler::transport {
class Transport;
}
namespace antler::health {
class HostMetricsSampler;
}

namespace antler::gui {

// The hosts of the profile — every host of its inventory and the
// pipeline's target (this machine for the Local profile) — as a table:
// connection state with the last error, a summary of the facts (model,
// architecture, OS and release, memory, disk, memory cgroup, throttling) and
// the recent host metrics for sparklines. Each host gets one transport made
// by core's HostTransportFactory, opened on Connect, and a HostMetricsSampler
// on it once connected; facts are read by FactsGatherer's script over it.
class HostsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Host,
        State,
        Address,
        Model,
        Architecture,
        System,
        Memory,
        Disk,
        MemoryCgroup,
        Throttling,
        LastError,
        ColumnCount
    };
    enum class Connection { NotConnected, Connecting, Connected, Lost, Unreachable };
    enum class Metric { Cpu, MemoryUsed, Temperature };

    explicit HostsModel(QObject *parent = nullptr);
    ~HostsModel() override;

    // Reads the hosts of config (its inventory and target); false with one
    // sentence in *problem when the inventory cannot be read (the target is
    // still listed). Closes the connections of the hosts shown before.
    bool setHosts(const pipeline::PipelineConfig &config, const transport::HostConnectionOptions &options,
                  QString *problem);
    // Samples every intervalMs once connected; 0: only on Gather facts.
    void setMetricsInterval(int intervalMs) { m_metricsIntervalMs = intervalMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString hostName(int row) const;
    int rowOf(const QString &host) const;
    bool isLocal(int row) const;
    Connection connection(int row) const;
    QString lastError(int row) const;
    QVariantMap facts(int row) const;
    std::optional<health::HostMetrics> metrics(int row) const;
    transport::ConnectionSettings settings(int row) const;
    QList<QPointF> series(int row, Metric metric) const;
    static QString connectionWord(Connection connection);

    void connectHost(int row);
    // Facts and one metrics sample (connects first when needed).
    void gatherFacts(int row);

Q_SIGNALS:
    void hostChanged(int row);

private:
    struct Entry;
    void addHost(const QString &name, const inventory::ConnectionInfo &info,
                 const transport::HostConnectionOptions &options);
    void changed(int row);
    void onMetrics(int row, const health::HostMetrics &metrics);

    std::vector<std::unique_ptr<Entry>> m_entries;
    int m_metricsIntervalMs = 10000;
};

} // namespace antler::gui
