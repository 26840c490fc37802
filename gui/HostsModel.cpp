#include "HostsModel.h"

#include "StatusIcon.h"
#include "health/HostMetricsSampler.h"
#include "inventory/Inventory.h"
#include "pipeline/PipelineConfig.h"
#include "playbook/FactsGatherer.h"
#include "transport/Transport.h"

#include <QLocale>

namespace antler::gui {

struct HostsModel::Entry
{
    QString name;
    inventory::ConnectionInfo info;
    transport::ConnectionSettings settings;
    std::unique_ptr<transport::Transport> transport;
    std::unique_ptr<health::HostMetricsSampler> sampler;
    bool unreachable = false;
    QVariantMap facts;
    QString model;
    std::optional<health::HostMetrics> metrics;
    QList<health::HostMetrics> history; // the last hour at most
    bool gathering = false;
};

namespace {

constexpr int HistoryLength = 360;

QString sizeText(qint64 kib)
{
    return QLocale().formattedDataSize(kib * 1024, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

HostsModel::HostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HostsModel::~HostsModel()
{
    // Samplers first: they use the transports.
    for (const auto &entry : m_entries)
        entry->sampler.reset();
}

bool HostsModel::setHosts(const pipeline::PipelineConfig &config, const transport::HostConnectionOptions &options,
                          QString *problem)
{
    beginResetModel();
    for (const auto &entry : m_entries)
        entry->sampler.reset();
    m_entries.clear();
    bool ok = true;
    inventory::Inventory inventory;
    if (!config.inventory().isEmpty()) {
        QString error;
        if (!inventory.load(config.inventory(), &error)) {
            ok = false;
            if (problem)
                *problem = error;
        }
    }
    QStringList names = inventory.hostNames();
    if (!names.contains(config.target()))
        names.prepend(config.target());
    for (const QString &name : std::as_const(names)) {
        inventory::ConnectionInfo info;
        if (config.isLocalTarget() && name == config.target() && !inventory.hasHost(name)) {
            info.name = name;
            info.address = name;
            info.kind = inventory::ConnectionInfo::Kind::Local;
        } else {
            QString error;
            info = inventory.connection(name, &error);
            if (!error.isEmpty() && problem && ok) {
                *problem = error;
                ok = false;
            }
        }
        addHost(name, info, options);
    }
    endResetModel();
    return ok;
}

void HostsModel::addHost(const QString &name, const inventory::ConnectionInfo &info,
                         const transport::HostConnectionOptions &options)
{
    auto entry = std::make_unique<Entry>();
    entry->name = name;
    entry->info = info;
    const transport::HostTransportFactory factory(options);
    entry->settings = factory.settings(name, info);
    entry->transport.reset(factory.create(name, info));
    Entry *raw = entry.get();
    transport::Transport *transport = raw->transport.get();
    connect(transport, &transport::Transport::stateChanged, this, [this, raw](transport::Transport::State state) {
        if (state == transport::Transport::State::Ready || state == transport::Transport::State::Connecting)
            raw->unreachable = false;
        if (state == transport::Transport::State::Ready && m_metricsIntervalMs > 0 && raw->sampler
            && !raw->sampler->isRunning())
            raw->sampler->start(m_metricsIntervalMs);
        changed(rowOf(raw->name));
    });
    connect(transport, &transport::Transport::failed, this, [this, raw](const QString &) {
        raw->unreachable = true;
        changed(rowOf(raw->name));
    });
    raw->sampler = std::make_unique<health::HostMetricsSampler>(transport, name);
    connect(raw->sampler.get(), &health::HostMetricsSampler::sampled, this,
            [this, raw](const health::HostMetrics &metrics) { onMetrics(rowOf(raw->name), metrics); });
    m_entries.push_back(std::move(entry));
}

void HostsModel::onMetrics(int row, const health::HostMetrics &metrics)
{
    if (row < 0)
        return;
    Entry *entry = m_entries.at(size_t(row)).get();
    if (metrics.ok) {
        entry->metrics = metrics;
        entry->history.append(metrics);
        while (entry->history.size() > HistoryLength)
            entry->history.removeFirst();
    }
    changed(row);
}

void HostsModel::changed(int row)
{
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT hostChanged(row);
}

int HostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostsModel::hostName(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? m_entries.at(size_t(row))->name : QString();
}

int HostsModel::rowOf(const QString &host) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i)->name == host)
            return int(i);
    }
    return -1;
}

bool HostsModel::isLocal(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size()
        && m_entries.at(size_t(row))->info.kind == inventory::ConnectionInfo::Kind::Local;
}

HostsModel::Connection HostsModel::connection(int row) const
{
    if (row < 0 || size_t(row) >= m_entries.size())
        return Connection::NotConnected;
    const Entry &entry = *m_entries.at(size_t(row));
    if (entry.unreachable)
        return Connection::Unreachable;
    switch (entry.transport->state()) {
    case transport::Transport::State::Connecting:
        return Connection::Connecting;
    case transport::Transport::State::Ready:
        return Connection::Connected;
    case transport::Transport::State::Lost:
        return Connection::Lost;
    case transport::Transport::State::Disconnected:
    case transport::Transport::State::Closed:
        return Connection::NotConnected;
    }
    return Connection::NotConnected;
}

QString HostsModel::connectionWord(Connection connection)
{
    switch (connection) {
    case Connection::NotConnected:
        return tr("not connected");
    case Connection::Connecting:
        return tr("connecting");
    case Connection::Connected:
        return tr("connected");
    case Connection::Lost:
        return tr("lost");
    case Connection::Unreachable:
        return tr("unreachable");
    }
    return {};
}

QString HostsModel::lastError(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? m_entries.at(size_t(row))->transport->lastError() : QString();
}

QVariantMap HostsModel::facts(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? m_entries.at(size_t(row))->facts : QVariantMap();
}

std::optional<health::HostMetrics> HostsModel::metrics(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? m_entries.at(size_t(row))->metrics : std::nullopt;
}

transport::ConnectionSettings HostsModel::settings(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? m_entries.at(size_t(row))->settings
                                                      : transport::ConnectionSettings();
}

QList<QPointF> HostsModel::series(int row, Metric metric) const
{
    QList<QPointF> points;
    if (row < 0 || size_t(row) >= m_entries.size())
        return points;
    for (const health::HostMetrics &sample : m_entries.at(size_t(row))->history) {
        std::optional<double> value;
        switch (metric) {
        case Metric::Cpu:
            value = sample.cpuPercent;
            break;
        case Metric::MemoryUsed:
            value = sample.memoryUsedPercent();
            break;
        case Metric::Temperature:
            value = sample.temperatureC;
            break;
        }
        if (value)
            points.append(QPointF(double(sample.timeMs), *value));
    }
    return points;
}

void HostsModel::connectHost(int row)
{
    if (row < 0 || size_t(row) >= m_entries.size())
        return;
    Entry *entry = m_entries.at(size_t(row)).get();
    entry->unreachable = false;
    entry->transport->open();
    changed(row);
}

void HostsModel::gatherFacts(int row)
{
    if (row < 0 || size_t(row) >= m_entries.size())
        return;
    Entry *entry = m_entries.at(size_t(row)).get();
    if (entry->gathering)
        return;
    entry->gathering = true;
    transport::CommandSpec facts;
    facts.script = playbook::FactsGatherer::script();
    facts.description = tr("facts");
    facts.timeoutMs = 30000;
    transport::CommandJob *job = entry->transport->run(facts);
    const QString name = entry->name;
    connect(job, &transport::CommandJob::finished, this, [this, name](const transport::CommandResult &result) {
        const int at = rowOf(name);
        if (at < 0)
            return;
        Entry *found = m_entries.at(size_t(at)).get();
        found->gathering = false;
        if (result.status == transport::CommandResult::Status::Unreachable)
            found->unreachable = true;
        if (result.succeeded())
            found->facts = playbook::FactsGatherer::parse(result.stdoutData);
        changed(at);
    });
    // The board's own name (a Raspberry Pi says which one); absent elsewhere.
    transport::CommandSpec model;
    model.script = "cat /proc/device-tree/model 2>/dev/null || cat /sys/devices/virtual/dmi/id/product_name "
                   "2>/dev/null || true\n";
    model.description = tr("model");
    model.timeoutMs = 30000;
    transport::CommandJob *modelJob = entry->transport->run(model);
    connect(modelJob, &transport::CommandJob::finished, this, [this, name](const transport::CommandResult &result) {
        const int at = rowOf(name);
        if (at < 0)
            return;
        m_entries.at(size_t(at))->model = QString::fromUtf8(result.stdoutData).remove(QChar(0)).trimmed();
        changed(at);
    });
    entry->sampler->sampleOnce();
}

QVariant HostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_entries.size())
        return {};
    const Entry &entry = *m_entries.at(size_t(index.row()));
    const Connection state = connection(index.row());
    if (role == Qt::DecorationRole && index.column() == State) {
        switch (state) {
        case Connection::Connected:
            return statusIcon(StatusMark::Succeeded);
        case Connection::Connecting:
            return statusIcon(StatusMark::Running);
        case Connection::Lost:
            return statusIcon(StatusMark::Warning);
        case Connection::Unreachable:
            return statusIcon(StatusMark::Unreachable);
        case Connection::NotConnected:
            return statusIcon(StatusMark::Interrupted);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == State || index.column() == LastError))
        return entry.transport->lastError().isEmpty() ? QVariant() : QVariant(entry.transport->lastError());
    if (role != Qt::DisplayRole)
        return {};
    const QVariantMap &facts = entry.facts;
    const auto fact = [&facts](const char *name) { return facts.value(QLatin1String(name)).toString(); };
    switch (index.column()) {
    case Host:
        return entry.name;
    case State:
        return connectionWord(state);
    case Address:
        if (entry.info.kind == inventory::ConnectionInfo::Kind::Local)
            return tr("this machine");
        return entry.settings.displayName();
    case Model:
        return entry.model;
    case Architecture:
        return fact("ansible_architecture");
    case System:
        if (facts.isEmpty())
            return {};
        return tr("%1 %2 (%3)")
            .arg(fact("ansible_distribution"), fact("ansible_distribution_version"),
                 fact("ansible_distribution_release"));
    case Memory:
        if (entry.metrics && entry.metrics->memTotalKiB) {
            const double used = entry.metrics->memoryUsedPercent().value_or(0);
            return tr("%1, %2% used").arg(sizeText(*entry.metrics->memTotalKiB)).arg(qRound(used));
        }
        return facts.isEmpty() ? QVariant() : QVariant(tr("%1 MB").arg(fact("ansible_memtotal_mb")));
    case Disk:
        if (entry.metrics && entry.metrics->diskTotalKiB) {
            return tr("%1, %2% used")
                .arg(sizeText(*entry.metrics->diskTotalKiB))
                .arg(qRound(entry.metrics->diskUsedPercent().value_or(0)));
        }
        return {};
    case MemoryCgroup:
        if (!entry.metrics || !entry.metrics->memoryCgroup)
            return {};
        return *entry.metrics->memoryCgroup ? tr("enabled") : tr("disabled");
    case Throttling:
        if (!entry.metrics)
            return {};
        if (!entry.metrics->throttled)
            return tr("not reported");
        return entry.metrics->throttleText().isEmpty() ? tr("none") : entry.metrics->throttleText();
    case LastError:
        return entry.transport->lastError();
    default:
        return {};
    }
}

QVariant HostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Host:
        return tr("Host");
    case State:
        return tr("Connection");
    case Address:
        return tr("Address");
    case Model:
        return tr("Model");
    case Architecture:
        return tr("Architecture");
    case System:
        return tr("OS and release");
    case Memory:
        return tr("Memory");
    case Disk:
        return tr("Disk /");
    case MemoryCgroup:
        return tr("Memory cgroup");
    case Throttling:
        return tr("Throttling");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace antler::gui
