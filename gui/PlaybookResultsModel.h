#pragma once

#include "playbook/HostStats.h"
#include "playbook/PlaybookEvent.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <memory>
#include <vector>

class QTimer;

namespace antler::gui {

// A playbook run as a tree, play → task → host, built from the Runner's event
// stream: each host row has its status (ok, changed, failed, unreachable,
// skipped, rescued, ignored — icon and word), how long it took and its whole
// result; each task row counts its hosts by status. Events are queued and
// applied at most every 50 ms, so a run with thousands of output lines a
// second costs a handful of model updates.
class PlaybookResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, DurationColumn, CountsColumn, ColumnCount };
    enum class Status { Running, Ok, Changed, Failed, Unreachable, Skipped, Rescued, Ignored };
    static constexpr int StatusCount = 8;
    static constexpr int KindRole = Qt::UserRole + 1; // "play", "task", "host"
    static constexpr int HostRole = Qt::UserRole + 2;
    static constexpr int StatusRole = Qt::UserRole + 3; // int(Status), host rows

    // One host's result of one task, for the detail pane.
    struct HostResult
    {
        QString host;
        QString delegatedTo;
        QString play;
        QString task;
        Status status = Status::Running;
        playbook::TaskResult result;
        QList<playbook::TaskResult> items; // a loop's items, in order
        QStringList output; // live output lines
        QDateTime started;
        QDateTime finished;
    };

    explicit PlaybookResultsModel(QObject *parent = nullptr);
    ~PlaybookResultsModel() override;

    // Queues one event; applied on the next tick (or by flush()).
    void addEvent(const playbook::PlaybookEvent &event);
    void flush();
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The host result behind a host row; nullptr for play and task rows.
    const HostResult *hostResult(const QModelIndex &index) const;
    // Hosts whose latest result in the run failed or was unreachable.
    QStringList failedHosts() const;
    // The recap once PlaybookFinished arrived (empty before).
    const QMap<QString, playbook::HostStats> &recap() const { return m_recap; }
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // Every host row of the tree as "play / task / host: status", for tests.
    QStringList rowsText() const;

    static QString statusWord(Status status);
    static Status statusOf(const playbook::TaskResult &result);

Q_SIGNALS:
    // The run ended; recap() holds the counters.
    void finished();

private:
    struct Node;
    void apply(const playbook::PlaybookEvent &event);
    Node *hostNode(const QString &host, const playbook::PlaybookEvent &event);
    void addChild(Node *parent, std::unique_ptr<Node> child);
    void changed(Node *node);
    QModelIndex indexOf(Node *node, int column = 0) const;
    Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
    Node *m_play = nullptr;
    Node *m_task = nullptr;
    // A failure is rescued when its host goes on in the same play.
    QHash<QString, Node *> m_openFailure;
    QList<playbook::PlaybookEvent> m_pending;
    QList<Node *> m_dirty;
    QTimer *m_timer;
    QMap<QString, playbook::HostStats> m_recap;
    QMap<QString, Status> m_lastStatus;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace antler::gui
