#pragma once

#include "health/HealthState.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <optional>

namespace antler::pipeline {
struct PipelineEvent;
}

namespace antler::gui {

// One entry of the Events timeline: something a user may need to know
// happened to a stage or to Antler, from any subsystem.
struct TimelineEvent
{
    enum Severity { Info, Warning, Error };

    QDateTime time = QDateTime::currentDateTimeUtc();
    Severity severity = Info;
    QString stage; // empty: not about one stage (a config or history problem)
    // Which subsystem: "health", "build", "deploy", "promote", "rollback",
    // "pin", "playbook", "config", "history", …
    QString source;
    QString message; // one sentence
    qint64 operationId = 0; // the History entry it belongs to; 0: none

    // The pipeline events that belong on the timeline: an operation started
    // or finished (an error if it failed) and warnings. Steps, progress and
    // log lines stay in the operation's log: nullopt.
    static std::optional<TimelineEvent> fromPipelineEvent(const pipeline::PipelineEvent &event, qint64 operationId = 0);
    // A stage's health changed: down is an error, degraded a warning.
    static TimelineEvent healthChange(const QString &stage, health::HealthState from, health::HealthState to,
                                      const QString &detail = {},
                                      const QDateTime &time = QDateTime::currentDateTimeUtc());

    static QString severityName(Severity severity);
    static QIcon severityIcon(Severity severity);
    static QString sourceName(const QString &source);

    Q_DECLARE_TR_FUNCTIONS(antler::gui::TimelineEvent)
};

// The events of the timeline, oldest first, at most limit() of them.
//
// Events may arrive in bursts (a failing rollout on three stages, a
// playbook's warnings): append() only queues, and a short timer inserts what
// queued in one batch, dropping the oldest rows beyond the limit in one
// removal. flush() inserts at once.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SeverityColumn, StageColumn, SourceColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int: TimelineEvent::Severity
        StageRole, // the raw stage name
        SourceRole, // the raw source
        OperationIdRole, // qint64; 0: none
    };
    static constexpr int DefaultLimit = 10000;
    static constexpr int BatchIntervalMs = 100;

    explicit EventsModel(QObject *parent = nullptr);

    void append(const TimelineEvent &event);
    void append(const QList<TimelineEvent> &events);
    // Inserts the queued events now.
    void flush();
    void clear();
    // The newest limit events are kept (at least 1).
    void setLimit(int limit);
    int limit() const { return m_limit; }
    int pendingCount() const { return int(m_pending.size()); }

    const TimelineEvent &eventAt(int row) const { return m_events.at(row); }
    // Every stage an event named, in the order first seen.
    QStringList stages() const { return m_stages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An event named a stage no earlier one did.
    void stagesChanged(const QStringList &stages);

private:
    QList<TimelineEvent> m_events;
    QList<TimelineEvent> m_pending;
    QStringList m_stages;
    int m_limit = DefaultLimit;
    QTimer m_batch;
};

// The Events view's filters: warnings and errors only, and one stage (empty:
// all). Events that name no stage show only when no stage is chosen.
class EventsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventsFilterModel(QObject *parent = nullptr);

    void setWarningsOnly(bool on);
    bool warningsOnly() const { return m_warningsOnly; }
    void setStage(const QString &stage);
    QString stage() const { return m_stage; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_warningsOnly = false;
    QString m_stage;
};

} // namespace antler::gui
