#pragma once

#include "pipeline/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QList>
#include <QSortFilterProxyModel>
#include <QThread>
#include <QTimer>

#include <optional>

namespace antler::gui {

// The pipeline's history (pipeline::History, the file `antler pipeline …`
// writes) as a table: one row per operation, in the order of their ids.
//
// The file is only ever opened read-only, on a thread of its own with a
// connection of its own, so a big history never stalls the window and a
// broken one is never changed. The model follows the file: a watcher on the
// database and its -wal file triggers a debounced re-read, and refresh()
// forces one. Rows keep their identity across re-reads (new operations are
// inserted, changed ones updated), so selections survive.
//
// Rows carry no log (logs can be long); requestDetails() reads one entry
// with its log and answers with detailsLoaded().
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        StagesColumn,
        DigestColumn,
        UserColumn,
        WhenColumn,
        DurationColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SortRole, // a value that sorts the column correctly (times and durations in ms)
        KindRole, // the raw kind: "build", "deploy", …
        StagesRole, // QStringList: the stage and, for a promotion, its source
        ResultRole, // the raw result: History::Succeeded, …
        SearchTextRole, // every field a text filter matches, in one string
    };
    enum class Status {
        Loading, // nothing read yet
        Ready, // rows are what the file holds
        Missing, // no file yet: nothing recorded so far
        Unreadable, // errorString() says why; rows are the last good read, if any
    };
    Q_ENUM(Status)

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // The file to show; empty: pipeline::History::defaultPath(). Reads it
    // at once and then follows it.
    void setPath(const QString &path);
    QString path() const { return m_path; }

    Status status() const { return m_status; }
    // One sentence (what, where, what to do) when Unreadable; else empty.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The entry of a row (without its log).
    const pipeline::HistoryEntry &entryAt(int row) const { return m_entries.at(row); }
    // -1 when id is not (yet) in the model.
    int rowOf(qint64 id) const;
    // The stages named by any row, sorted.
    QStringList stages() const;

    // Reads entry id with its log off the GUI thread; answers with detailsLoaded().
    void requestDetails(qint64 id);

    // Words for the raw values, shared with the filters and the details.
    static QString kindName(const QString &kind);
    static QString resultName(const QString &result);
    // The note a result carries: a rollback's or pin's reason, why a rollout
    // was rolled back or refused, what failed. Empty for a plain success.
    static QString resultNote(const pipeline::HistoryEntry &entry);
    static QIcon resultIcon(const QString &result);
    // "test → staging", "production", "" for a build.
    static QString stagesText(const pipeline::HistoryEntry &entry);
    static QString durationText(const pipeline::HistoryEntry &entry);
    static QString timeText(const QDateTime &time);

public Q_SLOTS:
    // Re-reads the file now (even if the watcher saw no change).
    void refresh();

Q_SIGNALS:
    // A read finished (rows, status and errorString are up to date).
    void refreshed();
    void statusChanged(antler::gui::HistoryModel::Status status);
    void detailsLoaded(const antler::pipeline::HistoryEntry &entry);
    // requestDetails() found no such entry or could not read the file.
    void detailsFailed(qint64 id, const QString &error);

private:
    struct Stamp
    {
        bool operator==(const Stamp &) const = default;
        qint64 dbSize = -1;
        qint64 dbModified = 0;
        qint64 walSize = -1;
        qint64 walModified = 0;
    };
    Stamp currentStamp() const;
    void watch();
    void onFileEvent();
    void startRead();
    void applyRead(quint64 generation, const QList<pipeline::HistoryEntry> &entries, bool missing, const QString &error,
                   const Stamp &stamp);
    void setStatus(Status status);

    QString m_path;
    QList<pipeline::HistoryEntry> m_entries; // ascending ids
    Status m_status = Status::Loading;
    QString m_error;
    Stamp m_loadedStamp;
    bool m_reading = false;
    bool m_readAgain = false;
    quint64 m_generation = 0;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_poll; // while neither the file nor its folder exists
    QThread m_thread;
    QObject *m_worker = nullptr;
};

// Sorting and the filter row of the history view: a text that any field may
// contain (case-insensitive), and exact kind, stage and result (empty: any).
// A stage matches an operation into it or, for a promotion, out of it.
class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKind(const QString &kind);
    void setStage(const QString &stage);
    void setResult(const QString &result);
    QString text() const { return m_text; }
    QString kind() const { return m_kind; }
    QString stage() const { return m_stage; }
    QString result() const { return m_result; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_kind;
    QString m_stage;
    QString m_result;
};

} // namespace antler::gui
