#include "HistoryModel.h"

#include "StatusIcon.h"
#include "pipeline/History.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace antler::gui {

using pipeline::History;
using pipeline::HistoryEntry;
using pipeline::Release;

namespace {

constexpr int debounceMs = 300;
constexpr int pollMs = 2000;

// What the worker read. missing: there is no file (nothing recorded yet),
// which is not an error.
struct ReadResult
{
    QList<HistoryEntry> entries;
    bool missing = false;
    QString error;
};

ReadResult readEntries(const QString &path)
{
    ReadResult out;
    if (!QFileInfo(path).isFile()) {
        out.missing = true;
        return out;
    }
    History history;
    if (!history.openReadOnly(path, &out.error))
        return out;
    out.entries = history.entries();
    std::reverse(out.entries.begin(), out.entries.end());
    // Rows keep no logs: the details read the one they show.
    for (HistoryEntry &entry : out.entries) {
        entry.log.clear();
        entry.log.squeeze();
    }
    return out;
}

// Whether a re-read changed what a row shows.
bool sameRow(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.id == b.id && a.kind == b.kind && a.stage == b.stage && a.fromStage == b.fromStage
        && a.release == b.release && a.previousDigest == b.previousDigest && a.user == b.user && a.result == b.result
        && a.startedAt == b.startedAt && a.finishedAt == b.finishedAt && a.durationMs == b.durationMs
        && a.reason == b.reason && a.error == b.error;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(new QObject)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryModel::onFileEvent);
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &HistoryModel::onFileEvent);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));

    m_thread.setObjectName(QStringLiteral("antler-pipeline-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

HistoryModel::~HistoryModel()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void HistoryModel::setPath(const QString &path)
{
    const QString resolved = path.isEmpty() ? History::defaultPath() : path;
    ++m_generation;
    m_path = resolved;
    m_error.clear();
    m_loadedStamp = {};
    if (!m_entries.isEmpty()) {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    }
    setStatus(Status::Loading);
    watch();
    startRead();
}

void HistoryModel::refresh()
{
    if (m_path.isEmpty())
        return;
    watch();
    startRead();
}

HistoryModel::Stamp HistoryModel::currentStamp() const
{
    Stamp stamp;
    const QFileInfo db(m_path);
    if (db.isFile()) {
        stamp.dbSize = db.size();
        stamp.dbModified = db.lastModified().toMSecsSinceEpoch();
    }
    const QFileInfo wal(m_path + QLatin1String("-wal"));
    if (wal.isFile()) {
        stamp.walSize = wal.size();
        stamp.walModified = wal.lastModified().toMSecsSinceEpoch();
    }
    return stamp;
}

// (Re-)arms the watcher: inotify forgets a file that is replaced or removed,
// and a file that does not exist yet is seen through its folder.
void HistoryModel::watch()
{
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    QStringList paths;
    for (const QString &file : {m_path, m_path + QLatin1String("-wal")}) {
        if (QFileInfo(file).isFile())
            paths.append(file);
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    const bool folderExists = QFileInfo(folder).isDir();
    if (folderExists)
        paths.append(folder);
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
    // No folder to watch yet: look now and then whether one appeared.
    if (folderExists)
        m_poll.stop();
    else if (!m_poll.isActive())
        m_poll.start();
}

void HistoryModel::onFileEvent()
{
    watch();
    if (currentStamp() != m_loadedStamp)
        startRead();
}

void HistoryModel::startRead()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_readAgain = false;
    const quint64 generation = m_generation;
    const QString path = m_path;
    const Stamp stamp = currentStamp();
    QMetaObject::invokeMethod(m_worker, [this, generation, path, stamp] {
        const ReadResult result = readEntries(path);
        QMetaObject::invokeMethod(
            this,
            [this, generation, result, stamp] {
                applyRead(generation, result.entries, result.missing, result.error, stamp);
            },
            Qt::QueuedConnection);
    });
}

void HistoryModel::applyRead(quint64 generation, const QList<HistoryEntry> &entries, bool missing, const QString &error,
                             const Stamp &stamp)
{
    m_reading = false;
    if (generation != m_generation) {
        // Read for a path no longer shown.
        startRead();
        return;
    }
    m_loadedStamp = stamp;
    if (!error.isEmpty()) {
        // The last good rows stay; the view says they may be stale.
        m_error = error;
        setStatus(Status::Unreadable);
    } else {
        m_error.clear();
        const bool sameIds = m_entries.size() <= entries.size()
            && std::equal(m_entries.cbegin(), m_entries.cend(), entries.cbegin(),
                          [](const HistoryEntry &a, const HistoryEntry &b) { return a.id == b.id; });
        if (sameIds) {
            for (int row = 0; row < m_entries.size(); ++row) {
                if (!sameRow(m_entries.at(row), entries.at(row))) {
                    m_entries[row] = entries.at(row);
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
            }
            if (entries.size() > m_entries.size()) {
                beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
                m_entries.append(entries.mid(m_entries.size()));
                endInsertRows();
            }
        } else {
            // Operations vanished: the file was replaced.
            beginResetModel();
            m_entries = entries;
            endResetModel();
        }
        setStatus(missing ? Status::Missing : Status::Ready);
    }
    Q_EMIT refreshed();
    if (m_readAgain)
        startRead();
}

void HistoryModel::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void HistoryModel::requestDetails(qint64 id)
{
    const QString path = m_path;
    QMetaObject::invokeMethod(m_worker, [this, path, id] {
        History history;
        QString error;
        std::optional<HistoryEntry> entry;
        if (history.openReadOnly(path, &error)) {
            entry = history.entry(id);
            if (!entry)
                error = tr("Operation %1 is not in the pipeline history %2; refresh the history.").arg(id).arg(path);
        }
        QMetaObject::invokeMethod(
            this,
            [this, id, entry, error] {
                if (entry)
                    Q_EMIT detailsLoaded(*entry);
                else
                    Q_EMIT detailsFailed(id, error);
            },
            Qt::QueuedConnection);
    });
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int HistoryModel::rowOf(qint64 id) const
{
    // Ids ascend.
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
                                     [](const HistoryEntry &entry, qint64 value) { return entry.id < value; });
    return it != m_entries.cend() && it->id == id ? int(it - m_entries.cbegin()) : -1;
}

QStringList HistoryModel::stages() const
{
    QStringList out;
    for (const HistoryEntry &entry : m_entries) {
        for (const QString &stage : {entry.stage, entry.fromStage}) {
            if (!stage.isEmpty() && !out.contains(stage))
                out.append(stage);
        }
    }
    out.sort();
    return out;
}

QString HistoryModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("build"))
        return tr("Build");
    if (kind == QLatin1String("deploy"))
        return tr("Deploy");
    if (kind == QLatin1String("promote"))
        return tr("Promote");
    if (kind == QLatin1String("rollback"))
        return tr("Rollback");
    if (kind == QLatin1String("pin"))
        return tr("Pin");
    if (kind == QLatin1String("unpin"))
        return tr("Unpin");
    if (kind == QLatin1String("stop"))
        return tr("Stop");
    if (kind == QLatin1String("playbook"))
        return tr("Playbook");
    return kind;
}

QString HistoryModel::resultName(const QString &result)
{
    if (result == History::Succeeded)
        return tr("Succeeded");
    if (result == History::Failed)
        return tr("Failed");
    if (result == History::RolledBack)
        return tr("Rolled back");
    if (result == History::Refused)
        return tr("Refused");
    if (result == History::Running)
        return tr("Running");
    if (result == History::Interrupted)
        return tr("Interrupted");
    if (result == QLatin1String("cancelled"))
        return tr("Cancelled");
    return result;
}

QIcon HistoryModel::resultIcon(const QString &result)
{
    if (result == History::Succeeded)
        return statusIcon(StatusMark::Succeeded);
    if (result == History::Failed)
        return statusIcon(StatusMark::Failed);
    if (result == History::RolledBack)
        return statusIcon(StatusMark::RolledBack);
    if (result == History::Refused)
        return statusIcon(StatusMark::Refused);
    if (result == History::Running)
        return statusIcon(StatusMark::Running);
    if (result == History::Interrupted)
        return statusIcon(StatusMark::Interrupted);
    if (result == QLatin1String("cancelled"))
        return statusIcon(StatusMark::Cancelled);
    return statusIcon(StatusMark::Info);
}

QString HistoryModel::resultNote(const HistoryEntry &entry)
{
    // The controller records a refusal's sentence and why a rollout was
    // rolled back as the error; a rollback's or pin's reason as the reason.
    if (entry.result == History::Succeeded || entry.result == History::Running)
        return entry.reason;
    if (entry.result == History::RolledBack || entry.result == History::Refused)
        return entry.error.isEmpty() ? entry.reason : entry.error;
    return entry.error.isEmpty() ? entry.reason : entry.error;
}

QString HistoryModel::stagesText(const HistoryEntry &entry)
{
    if (!entry.fromStage.isEmpty() && !entry.stage.isEmpty())
        return tr("%1 → %2").arg(entry.fromStage, entry.stage);
    return entry.stage;
}

QString HistoryModel::durationText(const HistoryEntry &entry)
{
    if (entry.result == History::Running)
        return tr("running");
    if (!entry.finishedAt.isValid())
        return tr("—");
    const qint64 ms = entry.durationMs;
    const QLocale locale;
    if (ms < 60 * 1000)
        return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString HistoryModel::timeText(const QDateTime &time)
{
    // ISO order: it reads the same in every locale and sorts by eye.
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case KindColumn:
            return kindName(entry.kind);
        case StagesColumn:
            return stagesText(entry);
        case DigestColumn:
            return entry.digest().isEmpty() ? tr("—") : Release::shortDigest(entry.digest());
        case UserColumn:
            return entry.user;
        case WhenColumn:
            return timeText(entry.startedAt);
        case DurationColumn:
            return durationText(entry);
        case ResultColumn: {
            const QString note = resultNote(entry);
            return note.isEmpty() ? resultName(entry.result) : tr("%1 — %2").arg(resultName(entry.result), note);
        }
        }
        break;
    case Qt::DecorationRole:
        if (column == ResultColumn)
            return resultIcon(entry.result);
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case StagesColumn:
            if (!entry.fromStage.isEmpty())
                return tr("From %1 to %2").arg(entry.fromStage, entry.stage);
            if (entry.stage.isEmpty())
                return entry.kind == QLatin1String("playbook") ? tr("A playbook run changes no stage.")
                                                               : tr("A build changes no stage.");
            return entry.stage;
        case DigestColumn:
            if (entry.digest().isEmpty())
                return tr("No digest recorded (yet).");
            if (!entry.previousDigest.isEmpty() && entry.previousDigest != entry.digest())
                return tr("%1\nbefore: %2").arg(entry.digest(), entry.previousDigest);
            return entry.digest();
        case WhenColumn:
            return tr("Started %1 (%2 UTC)")
                .arg(QLocale().toString(entry.startedAt.toLocalTime(), QLocale::LongFormat),
                     entry.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case ResultColumn: {
            const QString note = resultNote(entry);
            return note.isEmpty() ? resultName(entry.result) : tr("%1: %2").arg(resultName(entry.result), note);
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return entry.id;
    case KindRole:
        return entry.kind;
    case StagesRole: {
        QStringList stages;
        if (!entry.stage.isEmpty())
            stages.append(entry.stage);
        if (!entry.fromStage.isEmpty())
            stages.append(entry.fromStage);
        return stages;
    }
    case ResultRole:
        return entry.result;
    case SortRole:
        switch (column) {
        case WhenColumn:
            // Ids follow the start order (begin() inserts) and never tie.
            return entry.id;
        case DurationColumn:
            // Running ones last when ascending: they are not done yet.
            return entry.result == History::Running ? std::numeric_limits<qint64>::max() : entry.durationMs;
        case DigestColumn:
            return entry.digest();
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QStringList {QStringLiteral("#%1").arg(entry.id),
                            entry.kind,
                            kindName(entry.kind),
                            entry.stage,
                            entry.fromStage,
                            entry.digest(),
                            entry.previousDigest,
                            entry.user,
                            entry.result,
                            resultName(entry.result),
                            entry.reason,
                            entry.error,
                            entry.release.sourceCommit,
                            timeText(entry.startedAt)}
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case StagesColumn:
        return role == Qt::ToolTipRole ? tr("The stage changed; for a promotion, from → to") : tr("Stages");
    case DigestColumn:
        return role == Qt::ToolTipRole ? tr("The release's digest; hover a cell for the full one") : tr("Digest");
    case UserColumn:
        return tr("Who");
    case WhenColumn:
        return role == Qt::ToolTipRole ? tr("When it started, local time") : tr("When");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void HistoryFilterModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

void HistoryFilterModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void HistoryFilterModel::setStage(const QString &stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

void HistoryFilterModel::setResult(const QString &result)
{
    if (m_result == result)
        return;
    m_result = result;
    invalidateFilter();
}

bool HistoryFilterModel::isFiltering() const
{
    return !m_text.trimmed().isEmpty() || !m_kind.isEmpty() || !m_stage.isEmpty() || !m_result.isEmpty();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(HistoryModel::KindRole).toString() != m_kind)
        return false;
    if (!m_result.isEmpty() && index.data(HistoryModel::ResultRole).toString() != m_result)
        return false;
    if (!m_stage.isEmpty() && !index.data(HistoryModel::StagesRole).toStringList().contains(m_stage))
        return false;
    // Every word must occur somewhere: "promote staging" finds promotions into or out of staging.
    const QString haystack = index.data(HistoryModel::SearchTextRole).toString();
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace antler::gui
