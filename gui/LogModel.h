#pragma once

#include "AnsiParser.h"
#include "LogLine.h"
#include "LogSearch.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <vector>

namespace antler::gui {

// The lines of one operation's log, built for a million of them.
//
// Producers call append() as often as they like; lines are queued and a
// timer (every 50 ms) moves them into storage in one batch, with one
// beginInsertRows() per batch, the way Wireshark's packet list does, so
// 10,000 lines a second cost the GUI thread one short step per batch rather
// than one per line. A batch stops after a few milliseconds of work and the
// rest follows on the next turn of the event loop, so even a huge
// append(QList) never stalls the window.
//
// Storage is compact: chunks of 4096 lines, each one UTF-8 text buffer
// (every line followed by '\n') plus 24 bytes per line (time, interned
// host, result, offsets) and the colour spans the ANSI parser found once,
// when the line arrived. A million 80-character lines take about 110 MB.
//
// The model's rows are the lines that pass the filters (host, result); an
// index of passing lines is kept only while a filter is on and grows as
// lines arrive. A search scans the raw text: on the GUI thread for small
// logs, otherwise on a worker over an implicitly shared snapshot of the
// chunks, tagged with a generation so that a result for an older term or a
// cleared log is dropped. Lines arriving during that scan are searched as
// they are stored. Must be used from the thread it lives in.
class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // qint64, ms since the epoch
        HostRole, // QString
        ResultRole, // int (LogResult)
        MatchRole, // bool: contains the search text
    };

    // A stored line, as the view paints it.
    struct Line
    {
        QString text; // without escape sequences
        QList<AnsiSpan> spans;
        QString host;
        qint64 msecs = 0;
        LogResult result = LogResult::None;
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    // Queue lines; they become rows within about 50 ms (or at flush()).
    void append(const LogLine &line);
    void append(const QList<LogLine> &lines);
    // Store everything queued now (tests, save, and a finished operation).
    void flush();
    void clear();

    qsizetype lineCount() const { return m_lineCount; } // stored lines, filters ignored
    qsizetype pendingCount() const { return m_pending.size() - m_pendingHead; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Line line(qsizetype row) const;
    QString text(qsizetype row) const;
    qsizetype sourceLine(qsizetype row) const; // row → index among all lines
    qsizetype rowOfLine(qsizetype line) const; // first row at or after that line
    qsizetype longestLine() const { return m_longestLine; } // in UTF-16 code units

    // Filters; an empty host or an empty result list means "all".
    void setHostFilter(const QString &host);
    QString hostFilter() const { return m_hostFilter; }
    void setResultFilter(const QList<LogResult> &results);
    QList<LogResult> resultFilter() const;
    bool isFiltered() const { return m_filtering; }
    QStringList hosts() const { return m_hosts.mid(1); } // in the order first seen

    // Search: the rows whose text contains the term (see LogSearch).
    void setSearchText(const QString &text);
    QString searchText() const { return m_search.needle(); }
    const LogSearch &search() const { return m_search; }
    bool isSearching() const { return m_searching; } // a worker still scans older lines
    qsizetype matchCount() const; // matching rows among the filtered ones
    bool isMatch(qsizetype row) const;
    // How many matching rows come before this one ("3 of 120" is index 2).
    qsizetype matchIndex(qsizetype row) const;
    // The next (or previous) matching row after `row` (-1: from the start
    // or end), wrapping around; -1 when none.
    qsizetype nextMatch(qsizetype row, bool forward) const;

    // Writes the rows (filters apply) as "ISO-8601-UTC-time [host] text"
    // lines, replacing the file only once it is complete.
    bool save(const QString &path, QString *error);
    // The text of rows first..last, one line each.
    QString plainText(qsizetype first, qsizetype last) const;

Q_SIGNALS:
    void hostsChanged();
    // The match count or the matching rows changed (search, filter, new lines).
    void matchesChanged();
    void searchFinished();

private:
    struct LineMeta
    {
        qint64 msecs;
        quint32 textBegin; // in the chunk's text
        quint32 spanBegin; // in the chunk's spans
        quint16 host; // index in m_hosts; 0 is "no host"
        LogResult result;
    };
    struct Chunk
    {
        QByteArray text;
        QList<LineMeta> lines;
        QList<AnsiSpan> spans;
    };
    static constexpr int ChunkShift = 12;
    static constexpr qsizetype ChunkLines = qsizetype(1) << ChunkShift;

    void processPending(qint64 budgetNs);
    void store(const LogLine &line, QStringView text);
    quint16 internHost(const QString &host);
    bool passes(const LineMeta &meta) const;
    const LineMeta &meta(qsizetype line) const;
    QByteArrayView rawText(qsizetype line) const;
    void rebuildRows();
    void searchStored(qsizetype firstLine);
    void startSearch();
    void finishSearch(int generation, std::vector<quint32> older);
    qsizetype countVisibleMatches() const;

    QList<Chunk> m_chunks;
    qsizetype m_lineCount = 0;
    qsizetype m_longestLine = 0;
    int m_rowCount = 0; // what views have been told about

    QList<LogLine> m_pending;
    qsizetype m_pendingHead = 0;
    QTimer m_flushTimer;

    QStringList m_hosts {QString()};
    QHash<QString, quint16> m_hostIds;

    bool m_filtering = false;
    QString m_hostFilter;
    int m_hostFilterId = -1; // -1 until that host has been seen
    quint32 m_resultMask = 0;
    std::vector<quint32> m_rows; // lines that pass, while filtering

    LogSearch m_search;
    std::vector<quint32> m_matches; // every matching line, filters ignored, ascending
    qsizetype m_visibleMatches = 0;
    bool m_searching = false;
    int m_generation = 0;
    std::atomic<int> m_liveGeneration {0}; // read by the worker to give up early
    QThreadPool m_pool;
};

} // namespace antler::gui
