#include "EventsModel.h"

#include "StatusIcon.h"
#include "pipeline/PipelineEvent.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace antler::gui {

namespace {

QString stateWord(health::HealthState state)
{
    switch (state) {
    case health::HealthState::Unknown:
        return TimelineEvent::tr("unknown");
    case health::HealthState::Up:
        return TimelineEvent::tr("up");
    case health::HealthState::Degraded:
        return TimelineEvent::tr("degraded");
    case health::HealthState::Down:
        return TimelineEvent::tr("down");
    }
    return {};
}

// Warning and error words in a colour that keeps its contrast on the
// palette's base, light or dark.
QVariant severityColour(TimelineEvent::Severity severity)
{
    if (severity == TimelineEvent::Info)
        return {};
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (severity == TimelineEvent::Error)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
}

} // namespace

std::optional<TimelineEvent> TimelineEvent::fromPipelineEvent(const pipeline::PipelineEvent &event, qint64 operationId)
{
    using Kind = pipeline::PipelineEvent::Kind;
    TimelineEvent out;
    out.time = event.time;
    out.stage = event.stage;
    out.source = event.operation;
    out.operationId = operationId;
    switch (event.kind) {
    case Kind::Started:
        out.severity = Info;
        out.message = event.message.isEmpty() ? tr("%1 started").arg(sourceName(event.operation)) : event.message;
        return out;
    case Kind::Finished:
        out.severity = event.ok ? Info : Error;
        out.message = event.message.isEmpty()
            ? (event.ok ? tr("%1 succeeded") : tr("%1 failed")).arg(sourceName(event.operation))
            : event.message;
        return out;
    case Kind::Warning:
        out.severity = Warning;
        out.message = event.message;
        return out;
    case Kind::Step:
    case Kind::Log:
    case Kind::Progress:
        break;
    }
    return std::nullopt;
}

TimelineEvent TimelineEvent::healthChange(const QString &stage, health::HealthState from, health::HealthState to,
                                          const QString &detail, const QDateTime &time)
{
    TimelineEvent out;
    out.time = time;
    out.stage = stage;
    out.source = QStringLiteral("health");
    out.severity = to == health::HealthState::Down ? Error : to == health::HealthState::Degraded ? Warning : Info;
    out.message = detail.isEmpty() ? tr("%1 is %2 (was %3).").arg(stage, stateWord(to), stateWord(from))
                                   : tr("%1 is %2 (was %3): %4").arg(stage, stateWord(to), stateWord(from), detail);
    return out;
}

QString TimelineEvent::severityName(Severity severity)
{
    switch (severity) {
    case Info:
        return tr("Info");
    case Warning:
        return tr("Warning");
    case Error:
        return tr("Error");
    }
    return {};
}

QIcon TimelineEvent::severityIcon(Severity severity)
{
    switch (severity) {
    case Info:
        return statusIcon(StatusMark::Info);
    case Warning:
        return statusIcon(StatusMark::Warning);
    case Error:
        return statusIcon(StatusMark::Failed);
    }
    return {};
}

QString TimelineEvent::sourceName(const QString &source)
{
    static const struct
    {
        const char *source;
        const char *name;
    } names[] = {
        {"health", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Health")},
        {"build", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Build")},
        {"deploy", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Deploy")},
        {"promote", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Promote")},
        {"rollback", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Rollback")},
        {"pin", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Pin")},
        {"unpin", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Unpin")},
        {"stop", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Stop")},
        {"playbook", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Playbook")},
        {"config", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Config")},
        {"history", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "History")},
        {"webhook", QT_TRANSLATE_NOOP("antler::gui::TimelineEvent", "Webhook")},
    };
    for (const auto &entry : names) {
        if (source == QLatin1String(entry.source))
            return tr(entry.name);
    }
    return source;
}

EventsModel::EventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(BatchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &EventsModel::flush);
}

void EventsModel::append(const TimelineEvent &event)
{
    m_pending.append(event);
    if (!m_batch.isActive())
        m_batch.start();
}

void EventsModel::append(const QList<TimelineEvent> &events)
{
    if (events.isEmpty())
        return;
    m_pending.append(events);
    if (!m_batch.isActive())
        m_batch.start();
}

void EventsModel::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    QList<TimelineEvent> batch;
    batch.swap(m_pending);
    if (batch.size() > m_limit)
        batch.remove(0, batch.size() - m_limit);

    bool newStage = false;
    for (const TimelineEvent &event : std::as_const(batch)) {
        if (!event.stage.isEmpty() && !m_stages.contains(event.stage)) {
            m_stages.append(event.stage);
            newStage = true;
        }
    }
    const qsizetype overflow = m_events.size() + batch.size() - m_limit;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_events.remove(0, overflow); // cheap at the front of a QList
        endRemoveRows();
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + batch.size()) - 1);
    m_events.append(batch);
    endInsertRows();
    if (newStage)
        Q_EMIT stagesChanged(m_stages);
}

void EventsModel::clear()
{
    m_batch.stop();
    m_pending.clear();
    beginResetModel();
    m_events.clear();
    endResetModel();
}

void EventsModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    if (m_events.size() > m_limit) {
        beginRemoveRows({}, 0, int(m_events.size() - m_limit) - 1);
        m_events.remove(0, m_events.size() - m_limit);
        endRemoveRows();
    }
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TimelineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime local = event.time.toLocalTime();
            // The date only when it is not today's: most events are recent.
            return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                        : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        case SeverityColumn:
            return TimelineEvent::severityName(event.severity);
        case StageColumn:
            return event.stage;
        case SourceColumn:
            return TimelineEvent::sourceName(event.source);
        case MessageColumn:
            return event.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return TimelineEvent::severityIcon(event.severity);
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return severityColour(event.severity);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(event.time.toLocalTime(), QLocale::LongFormat);
        case MessageColumn:
            return event.operationId > 0
                ? tr("%1\n(operation #%2: activate to open it in History)").arg(event.message).arg(event.operationId)
                : event.message;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return int(event.severity);
    case StageRole:
        return event.stage;
    case SourceRole:
        return event.source;
    case OperationIdRole:
        return event.operationId;
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case StageColumn:
        return tr("Stage");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

EventsFilterModel::EventsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventsFilterModel::setWarningsOnly(bool on)
{
    if (m_warningsOnly == on)
        return;
    m_warningsOnly = on;
    invalidateFilter();
}

void EventsFilterModel::setStage(const QString &stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

bool EventsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_warningsOnly && m_stage.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_warningsOnly && index.data(EventsModel::SeverityRole).toInt() == TimelineEvent::Info)
        return false;
    if (!m_stage.isEmpty() && index.data(EventsModel::StageRole).toString() != m_stage)
        return false;
    return true;
}

} // namespace antler::gui
