#include "PlaybookResultsModel.h"

#include "StatusIcon.h"

#include <QTimer>

#include <utility>

namespace antler::gui {

using playbook::PlaybookEvent;
using Type = playbook::PlaybookEvent::Type;

struct PlaybookResultsModel::Node
{
    enum class Kind { Root, Play, Task, Host };
    Kind kind = Kind::Root;
    QString name;
    QString tooltip;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    QDateTime started;
    QDateTime finished;
    HostResult host;
    int counts[StatusCount] = {};
};

namespace {

StatusMark markOf(PlaybookResultsModel::Status status)
{
    using Status = PlaybookResultsModel::Status;
    switch (status) {
    case Status::Running:
        return StatusMark::Running;
    case Status::Ok:
        return StatusMark::Succeeded;
    case Status::Changed:
        return StatusMark::Changed;
    case Status::Failed:
        return StatusMark::Failed;
    case Status::Unreachable:
        return StatusMark::Unreachable;
    case Status::Skipped:
        return StatusMark::Skipped;
    case Status::Rescued:
        return StatusMark::Rescued;
    case Status::Ignored:
        return StatusMark::Ignored;
    }
    return StatusMark::Info;
}

// How bad a status is, for a task's summary: the worst host decides.
int severity(PlaybookResultsModel::Status status)
{
    using Status = PlaybookResultsModel::Status;
    switch (status) {
    case Status::Skipped:
        return 0;
    case Status::Ok:
        return 1;
    case Status::Ignored:
        return 2;
    case Status::Rescued:
        return 3;
    case Status::Changed:
        return 4;
    case Status::Running:
        return 5;
    case Status::Failed:
        return 6;
    case Status::Unreachable:
        return 7;
    }
    return 0;
}

QString durationText(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid())
        return {};
    const qint64 ms = from.msecsTo(to.isValid() ? to : QDateTime::currentDateTimeUtc());
    if (ms < 60000)
        return PlaybookResultsModel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return PlaybookResultsModel::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace

PlaybookResultsModel::PlaybookResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(50);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PlaybookResultsModel::flush);
}

PlaybookResultsModel::~PlaybookResultsModel() = default;

QString PlaybookResultsModel::statusWord(Status status)
{
    switch (status) {
    case Status::Running:
        return tr("running");
    case Status::Ok:
        return tr("ok");
    case Status::Changed:
        return tr("changed");
    case Status::Failed:
        return tr("failed");
    case Status::Unreachable:
        return tr("unreachable");
    case Status::Skipped:
        return tr("skipped");
    case Status::Rescued:
        return tr("rescued");
    case Status::Ignored:
        return tr("ignored");
    }
    return {};
}

PlaybookResultsModel::Status PlaybookResultsModel::statusOf(const playbook::TaskResult &result)
{
    using S = playbook::TaskResult::Status;
    if (result.ignored)
        return Status::Ignored;
    switch (result.status) {
    case S::Ok:
        return Status::Ok;
    case S::Changed:
        return Status::Changed;
    case S::Failed:
        return Status::Failed;
    case S::Skipped:
        return Status::Skipped;
    case S::Unreachable:
        return Status::Unreachable;
    }
    return Status::Ok;
}

void PlaybookResultsModel::addEvent(const PlaybookEvent &event)
{
    m_pending.append(event);
    if (!m_timer->isActive())
        m_timer->start();
}

void PlaybookResultsModel::flush()
{
    m_timer->stop();
    const QList<PlaybookEvent> pending = std::exchange(m_pending, {});
    for (const PlaybookEvent &event : pending)
        apply(event);
    const QList<Node *> dirty = std::exchange(m_dirty, {});
    for (Node *node : dirty)
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    if (m_finished && !pending.isEmpty() && pending.constLast().type == Type::PlaybookFinished)
        Q_EMIT finished();
}

void PlaybookResultsModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_play = nullptr;
    m_task = nullptr;
    m_openFailure.clear();
    m_pending.clear();
    m_dirty.clear();
    m_recap.clear();
    m_lastStatus.clear();
    m_finished = false;
    m_exitCode = 0;
    endResetModel();
}

void PlaybookResultsModel::addChild(Node *parent, std::unique_ptr<Node> child)
{
    const int row = int(parent->children.size());
    child->parent = parent;
    child->row = row;
    beginInsertRows(parent == m_root.get() ? QModelIndex() : indexOf(parent), row, row);
    parent->children.push_back(std::move(child));
    endInsertRows();
}

void PlaybookResultsModel::changed(Node *node)
{
    if (!m_dirty.contains(node))
        m_dirty.append(node);
}

PlaybookResultsModel::Node *PlaybookResultsModel::hostNode(const QString &host, const PlaybookEvent &event)
{
    if (!m_task)
        return nullptr;
    for (const auto &child : m_task->children) {
        if (child->host.host == host)
            return child.get();
    }
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Host;
    node->name = host;
    node->started = m_task->started;
    node->host.host = host;
    node->host.play = m_play ? m_play->name : QString();
    node->host.task = m_task->name;
    node->host.started = m_task->started;
    node->host.delegatedTo = event.delegatedTo;
    Node *raw = node.get();
    addChild(m_task, std::move(node));
    ++m_task->counts[int(Status::Running)];
    return raw;
}

void PlaybookResultsModel::apply(const PlaybookEvent &event)
{
    switch (event.type) {
    case Type::PlaybookStarted:
    case Type::Included:
    case Type::NoHostsLeft:
    case Type::Warning:
        break;
    case Type::PlayStarted: {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Play;
        node->name = event.play;
        node->tooltip = event.location.toString();
        node->started = event.time;
        m_play = node.get();
        m_task = nullptr;
        m_openFailure.clear();
        addChild(m_root.get(), std::move(node));
        break;
    }
    case Type::TaskStarted: {
        if (!m_play)
            break;
        if (m_task && !m_task->finished.isValid()) {
            m_task->finished = event.time;
            changed(m_task);
        }
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Task;
        node->name = event.isHandler ? tr("%1 (handler)").arg(event.task) : event.task;
        node->tooltip = event.location.fileAndLine();
        node->started = event.time;
        m_task = node.get();
        addChild(m_play, std::move(node));
        changed(m_play);
        break;
    }
    case Type::HostOutput: {
        if (Node *node = hostNode(event.host, event)) {
            node->host.output.append(event.text);
            changed(node);
        }
        break;
    }
    case Type::HostRetry:
        if (Node *node = hostNode(event.host, event)) {
            node->host.output.append(tr("FAILED - RETRYING: %1 attempts left")
                                         .arg(event.result.data.value(QStringLiteral("retries")).toInt()
                                              - event.result.data.value(QStringLiteral("attempts")).toInt()));
            changed(node);
        }
        break;
    case Type::HostResult: {
        Node *node = hostNode(event.host, event);
        if (!node)
            break;
        if (event.result.isItem) {
            node->host.items.append(event.result);
            changed(node);
            break;
        }
        // A failure earlier in this play that its host got past was rescued.
        if (Node *failure = m_openFailure.take(event.host); failure && failure != node) {
            Node *task = failure->parent;
            --task->counts[int(Status::Failed)];
            ++task->counts[int(Status::Rescued)];
            failure->host.status = Status::Rescued;
            changed(failure);
            changed(task);
        }
        Node *task = node->parent;
        --task->counts[int(node->host.status)];
        node->host.status = statusOf(event.result);
        node->host.result = event.result;
        node->host.delegatedTo = event.delegatedTo;
        node->host.finished = event.time;
        node->finished = event.time;
        ++task->counts[int(node->host.status)];
        if (node->host.status == Status::Failed)
            m_openFailure.insert(event.host, node);
        m_lastStatus.insert(event.host, node->host.status);
        if (!task->finished.isValid() || task->finished < event.time)
            task->finished = event.time;
        changed(node);
        changed(task);
        break;
    }
    case Type::PlaybookFinished:
        if (m_task && !m_task->finished.isValid())
            m_task->finished = event.time;
        m_recap = event.stats;
        m_exitCode = event.exitCode;
        m_finished = true;
        for (const auto &play : m_root->children) {
            play->finished = event.time;
            changed(play.get());
        }
        break;
    }
}

QModelIndex PlaybookResultsModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

PlaybookResultsModel::Node *PlaybookResultsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PlaybookResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex PlaybookResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<Node *>(child.internalPointer())->parent);
}

int PlaybookResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PlaybookResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlaybookResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<Node *>(index.internalPointer());
    const bool isHost = node->kind == Node::Kind::Host;
    // A task shows the worst status of its hosts.
    Status status = Status::Running;
    if (isHost) {
        status = node->host.status;
    } else if (node->kind == Node::Kind::Task) {
        int worst = -1;
        for (int i = 0; i < StatusCount; ++i) {
            if (node->counts[i] > 0 && severity(Status(i)) > worst) {
                worst = severity(Status(i));
                status = Status(i);
            }
        }
        if (worst < 0)
            status = node->finished.isValid() ? Status::Skipped : Status::Running;
    }
    switch (role) {
    case KindRole:
        return node->kind == Node::Kind::Play ? QStringLiteral("play")
            : node->kind == Node::Kind::Task  ? QStringLiteral("task")
                                              : QStringLiteral("host");
    case HostRole:
        return isHost ? node->host.host : QVariant();
    case StatusRole:
        return node->kind == Node::Kind::Play ? QVariant() : QVariant(int(status));
    case Qt::ToolTipRole:
        return node->tooltip.isEmpty() ? QVariant() : QVariant(node->tooltip);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && node->kind != Node::Kind::Play)
            return statusIcon(markOf(status));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        if (isHost && !node->host.delegatedTo.isEmpty())
            return tr("%1 → %2").arg(node->name, node->host.delegatedTo);
        return node->name;
    case StatusColumn:
        return node->kind == Node::Kind::Play ? QVariant() : QVariant(statusWord(status));
    case DurationColumn:
        return durationText(node->started, node->finished);
    case CountsColumn: {
        if (node->kind == Node::Kind::Play)
            return tr("%n task(s)", nullptr, int(node->children.size()));
        if (isHost) {
            return node->host.items.isEmpty() ? QVariant()
                                              : QVariant(tr("%n item(s)", nullptr, int(node->host.items.size())));
        }
        QStringList parts;
        for (int i = 0; i < StatusCount; ++i) {
            if (node->counts[i] > 0)
                parts.append(tr("%1 %2").arg(node->counts[i]).arg(statusWord(Status(i))));
        }
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant PlaybookResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Play / task / host");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case CountsColumn:
        return tr("Hosts");
    default:
        return {};
    }
}

const PlaybookResultsModel::HostResult *PlaybookResultsModel::hostResult(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node *node = static_cast<Node *>(index.internalPointer());
    return node->kind == Node::Kind::Host ? &node->host : nullptr;
}

QStringList PlaybookResultsModel::failedHosts() const
{
    QStringList hosts;
    if (m_finished) {
        for (auto it = m_recap.cbegin(); it != m_recap.cend(); ++it) {
            if (it->failed > 0 || it->unreachable > 0)
                hosts.append(it.key());
        }
        return hosts;
    }
    for (auto it = m_lastStatus.cbegin(); it != m_lastStatus.cend(); ++it) {
        if (*it == Status::Failed || *it == Status::Unreachable)
            hosts.append(it.key());
    }
    return hosts;
}

QStringList PlaybookResultsModel::rowsText() const
{
    QStringList rows;
    for (const auto &play : m_root->children) {
        for (const auto &task : play->children) {
            for (const auto &host : task->children) {
                rows.append(QStringLiteral("%1 / %2 / %3: %4")
                                .arg(play->name, task->name, host->name, statusWord(host->host.status)));
            }
        }
    }
    return rows;
}

} // namespace antler::gui
