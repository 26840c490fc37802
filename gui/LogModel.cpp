#include "LogModel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace antler::gui {

namespace {

// Batches are coalesced over this interval: 20 model updates a second is
// smooth to the eye and cheap for the event loop.
constexpr int FlushIntervalMs = 50;
// Work per batch before yielding to the event loop (well under a 16 ms frame).
constexpr qint64 BatchBudgetNs = 6'000'000;
// Below this many lines a search runs on the GUI thread: it takes a few
// milliseconds, and the answer is there at once.
constexpr qsizetype SynchronousSearchLines = 20'000;

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { processPending(BatchBudgetNs); });
    // One scan at a time: a newer term cancels the older scan anyway.
    m_pool.setMaxThreadCount(1);
}

LogModel::~LogModel()
{
    // The worker posts its result to this object: it must be gone first.
    ++m_liveGeneration;
    m_pool.waitForDone();
}

void LogModel::append(const LogLine &line)
{
    m_pending.append(line);
    if (line.msecs == 0)
        m_pending.last().msecs = QDateTime::currentMSecsSinceEpoch();
    if (!m_flushTimer.isActive())
        m_flushTimer.start(FlushIntervalMs);
}

void LogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    const qsizetype first = m_pending.size();
    m_pending.append(lines);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = first; i < m_pending.size(); ++i) {
        if (m_pending.at(i).msecs == 0)
            m_pending[i].msecs = now;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start(FlushIntervalMs);
}

void LogModel::flush()
{
    m_flushTimer.stop();
    processPending(std::numeric_limits<qint64>::max());
}

void LogModel::processPending(qint64 budgetNs)
{
    if (pendingCount() == 0)
        return;
    QElapsedTimer elapsed;
    elapsed.start();
    const qsizetype firstNew = m_lineCount;
    const qsizetype hostCount = m_hosts.size();
    while (m_pendingHead < m_pending.size()) {
        const LogLine &line = m_pending.at(m_pendingHead++);
        QStringView text(line.text);
        if (text.endsWith(u'\n'))
            text.chop(1);
        // A producer may hand over several lines at once.
        for (qsizetype start = 0;;) {
            const qsizetype end = text.indexOf(u'\n', start);
            store(line, text.sliced(start, (end < 0 ? text.size() : end) - start));
            if (end < 0)
                break;
            start = end + 1;
        }
        if ((m_pendingHead & 127) == 0 && elapsed.nsecsElapsed() > budgetNs)
            break;
    }
    if (m_pendingHead >= m_pending.size()) {
        m_pending.clear();
        m_pendingHead = 0;
    } else {
        m_flushTimer.start(0); // the rest on the next turn of the event loop
    }

    searchStored(firstNew);
    const int rows = int(m_filtering ? qsizetype(m_rows.size()) : m_lineCount);
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    }
    if (m_hosts.size() != hostCount)
        Q_EMIT hostsChanged();
}

void LogModel::store(const LogLine &line, QStringView text)
{
    if ((m_lineCount & (ChunkLines - 1)) == 0) {
        Chunk chunk;
        chunk.lines.reserve(ChunkLines);
        m_chunks.append(std::move(chunk));
    }
    Chunk &chunk = m_chunks.last();
    const AnsiText parsed = AnsiParser::parse(text);
    LineMeta meta {
        line.msecs, quint32(chunk.text.size()), quint32(chunk.spans.size()), internHost(line.host), line.result,
    };
    chunk.text.append(parsed.text.toUtf8());
    chunk.text.append('\n');
    chunk.spans.append(parsed.spans);
    chunk.lines.append(meta);
    m_longestLine = std::max(m_longestLine, parsed.text.size());
    if (m_filtering && passes(meta))
        m_rows.push_back(quint32(m_lineCount));
    ++m_lineCount;
}

quint16 LogModel::internHost(const QString &host)
{
    if (host.isEmpty())
        return 0;
    const auto found = m_hostIds.constFind(host);
    if (found != m_hostIds.constEnd())
        return *found;
    // Past 65,535 hosts the rest share the last slot; no run has that many.
    if (m_hosts.size() > std::numeric_limits<quint16>::max())
        return std::numeric_limits<quint16>::max();
    const auto id = quint16(m_hosts.size());
    m_hosts.append(host);
    m_hostIds.insert(host, id);
    if (host == m_hostFilter)
        m_hostFilterId = id;
    return id;
}

bool LogModel::passes(const LineMeta &meta) const
{
    if (!m_hostFilter.isEmpty() && int(meta.host) != m_hostFilterId)
        return false;
    return m_resultMask == 0 || (m_resultMask & (1u << int(meta.result)));
}

const LogModel::LineMeta &LogModel::meta(qsizetype line) const
{
    return m_chunks.at(line >> ChunkShift).lines.at(line & (ChunkLines - 1));
}

QByteArrayView LogModel::rawText(qsizetype line) const
{
    const Chunk &chunk = m_chunks.at(line >> ChunkShift);
    const qsizetype index = line & (ChunkLines - 1);
    const qsizetype begin = chunk.lines.at(index).textBegin;
    const qsizetype end
        = index + 1 < chunk.lines.size() ? qsizetype(chunk.lines.at(index + 1).textBegin) : chunk.text.size();
    return QByteArrayView(chunk.text.constData() + begin, end - begin - 1); // without '\n'
}

void LogModel::clear()
{
    beginResetModel();
    m_flushTimer.stop();
    m_pending.clear();
    m_pendingHead = 0;
    m_chunks.clear();
    m_lineCount = 0;
    m_longestLine = 0;
    m_rowCount = 0;
    m_rows.clear();
    m_hosts = QStringList {QString()};
    m_hostIds.clear();
    m_hostFilterId = -1;
    m_matches.clear();
    m_visibleMatches = 0;
    m_searching = false;
    m_liveGeneration = ++m_generation; // a running scan is for lines that are gone
    endResetModel();
    Q_EMIT hostsChanged();
    Q_EMIT matchesChanged();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const qsizetype source = sourceLine(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromUtf8(rawText(source));
    case TimeRole:
        return meta(source).msecs;
    case HostRole:
        return m_hosts.value(meta(source).host);
    case ResultRole:
        return int(meta(source).result);
    case MatchRole:
        return isMatch(index.row());
    default:
        return {};
    }
}

qsizetype LogModel::sourceLine(qsizetype row) const
{
    return m_filtering ? qsizetype(m_rows.at(std::size_t(row))) : row;
}

qsizetype LogModel::rowOfLine(qsizetype line) const
{
    if (!m_filtering)
        return std::min(line, qsizetype(m_rowCount));
    const auto end = m_rows.begin() + m_rowCount;
    return std::lower_bound(m_rows.begin(), end, quint32(line)) - m_rows.begin();
}

LogModel::Line LogModel::line(qsizetype row) const
{
    const qsizetype source = sourceLine(row);
    const Chunk &chunk = m_chunks.at(source >> ChunkShift);
    const qsizetype index = source & (ChunkLines - 1);
    const LineMeta &info = chunk.lines.at(index);
    const qsizetype spanEnd
        = index + 1 < chunk.lines.size() ? qsizetype(chunk.lines.at(index + 1).spanBegin) : chunk.spans.size();
    Line result;
    result.text = QString::fromUtf8(rawText(source));
    result.spans = chunk.spans.mid(info.spanBegin, spanEnd - info.spanBegin);
    result.host = m_hosts.value(info.host);
    result.msecs = info.msecs;
    result.result = info.result;
    return result;
}

QString LogModel::text(qsizetype row) const
{
    return QString::fromUtf8(rawText(sourceLine(row)));
}

void LogModel::setHostFilter(const QString &host)
{
    if (host == m_hostFilter)
        return;
    m_hostFilter = host;
    m_hostFilterId = host.isEmpty() ? -1 : int(m_hostIds.value(host, 0));
    if (m_hostFilterId == 0)
        m_hostFilterId = -1;
    rebuildRows();
}

void LogModel::setResultFilter(const QList<LogResult> &results)
{
    quint32 mask = 0;
    for (LogResult result : results)
        mask |= 1u << int(result);
    if (mask == m_resultMask)
        return;
    m_resultMask = mask;
    rebuildRows();
}

QList<LogResult> LogModel::resultFilter() const
{
    QList<LogResult> results;
    for (int i = 0; i < LogResultCount; ++i) {
        if (m_resultMask & (1u << i))
            results.append(LogResult(i));
    }
    return results;
}

void LogModel::rebuildRows()
{
    // Queued lines are stored first so that they are filtered the same way.
    flush();
    beginResetModel();
    m_filtering = !m_hostFilter.isEmpty() || m_resultMask != 0;
    m_rows.clear();
    if (m_filtering) {
        quint32 line = 0;
        for (const Chunk &chunk : std::as_const(m_chunks)) {
            for (const LineMeta &info : chunk.lines) {
                if (passes(info))
                    m_rows.push_back(line);
                ++line;
            }
        }
        m_rows.shrink_to_fit();
    }
    m_rowCount = int(m_filtering ? qsizetype(m_rows.size()) : m_lineCount);
    m_visibleMatches = countVisibleMatches();
    endResetModel();
    Q_EMIT matchesChanged();
}

qsizetype LogModel::countVisibleMatches() const
{
    if (!m_filtering)
        return qsizetype(m_matches.size());
    qsizetype count = 0;
    for (quint32 line : m_matches)
        count += passes(meta(line)) ? 1 : 0;
    return count;
}

void LogModel::setSearchText(const QString &text)
{
    LogSearch search(text);
    if (search.needle() == m_search.needle())
        return;
    m_search = search;
    m_liveGeneration = ++m_generation;
    m_matches.clear();
    m_visibleMatches = 0;
    m_searching = false;
    if (!m_search.isEmpty()) {
        if (m_lineCount <= SynchronousSearchLines)
            searchStored(0);
        else
            startSearch();
    }
    Q_EMIT matchesChanged();
    if (!m_searching)
        Q_EMIT searchFinished();
}

// Finds the matches among lines [firstLine, lineCount) on this thread.
void LogModel::searchStored(qsizetype firstLine)
{
    if (m_search.isEmpty() || firstLine >= m_lineCount)
        return;
    const qsizetype before = m_visibleMatches;
    for (qsizetype c = firstLine >> ChunkShift; c < m_chunks.size(); ++c) {
        const Chunk &chunk = m_chunks.at(c);
        const qsizetype chunkFirst = c << ChunkShift;
        const qsizetype from = std::max(firstLine, chunkFirst) - chunkFirst;
        const qsizetype offset = chunk.lines.at(from).textBegin;
        const QByteArrayView text(chunk.text.constData() + offset, chunk.text.size() - offset);
        qsizetype index = from;
        m_search.scan(text, [&](qsizetype at) {
            const auto position = quint32(offset + at);
            while (index + 1 < chunk.lines.size() && chunk.lines.at(index + 1).textBegin <= position)
                ++index;
            m_matches.push_back(quint32(chunkFirst + index));
            if (!m_filtering || passes(chunk.lines.at(index)))
                ++m_visibleMatches;
        });
    }
    if (m_visibleMatches != before)
        Q_EMIT matchesChanged();
}

void LogModel::startSearch()
{
    m_searching = true;
    const int generation = m_generation;
    // Shallow copies: the chunks' buffers are shared until this thread
    // writes to the last one, which then detaches (at most one chunk).
    const QList<Chunk> snapshot = m_chunks;
    const LogSearch search = m_search;
    m_pool.start([this, snapshot, search, generation] {
        std::vector<quint32> found;
        quint32 first = 0;
        for (const Chunk &chunk : snapshot) {
            if (m_liveGeneration.load(std::memory_order_relaxed) != generation)
                return; // a newer term or a cleared log: nobody wants this
            qsizetype index = 0;
            search.scan(QByteArrayView(chunk.text), [&](qsizetype at) {
                const auto position = quint32(at);
                while (index + 1 < chunk.lines.size() && chunk.lines.at(index + 1).textBegin <= position)
                    ++index;
                found.push_back(first + quint32(index));
            });
            first += quint32(chunk.lines.size());
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, found = std::move(found)]() mutable { finishSearch(generation, std::move(found)); },
            Qt::QueuedConnection);
    });
}

void LogModel::finishSearch(int generation, std::vector<quint32> older)
{
    if (generation != m_generation)
        return;
    // Lines stored since the scan began were searched as they came: they
    // follow the scanned ones.
    older.insert(older.end(), m_matches.begin(), m_matches.end());
    m_matches = std::move(older);
    m_visibleMatches = countVisibleMatches();
    m_searching = false;
    Q_EMIT matchesChanged();
    Q_EMIT searchFinished();
}

qsizetype LogModel::matchCount() const
{
    return m_visibleMatches;
}

bool LogModel::isMatch(qsizetype row) const
{
    if (m_matches.empty() || row < 0 || row >= m_rowCount)
        return false;
    return std::binary_search(m_matches.begin(), m_matches.end(), quint32(sourceLine(row)));
}

qsizetype LogModel::matchIndex(qsizetype row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    const auto end = std::lower_bound(m_matches.begin(), m_matches.end(), quint32(sourceLine(row)));
    if (!m_filtering)
        return end - m_matches.begin();
    return std::count_if(m_matches.begin(), end, [this](quint32 line) { return passes(meta(line)); });
}

qsizetype LogModel::nextMatch(qsizetype row, bool forward) const
{
    if (m_matches.empty() || m_rowCount == 0)
        return -1;
    const auto visible
        = [this](quint32 line) { return line < quint32(m_lineCount) && (!m_filtering || passes(meta(line))); };
    const auto toRow = [this](quint32 line) { return rowOfLine(line); };
    if (forward) {
        const quint32 from = row < 0 ? 0 : quint32(sourceLine(row)) + 1;
        auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
        for (auto i = it; i != m_matches.end(); ++i) {
            if (visible(*i))
                return toRow(*i);
        }
        for (auto i = m_matches.begin(); i != it; ++i) {
            if (visible(*i))
                return toRow(*i);
        }
    } else {
        const quint32 from = row < 0 ? std::numeric_limits<quint32>::max() : quint32(sourceLine(row));
        auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
        for (auto i = std::make_reverse_iterator(it); i != m_matches.rend(); ++i) {
            if (visible(*i))
                return toRow(*i);
        }
        for (auto i = m_matches.rbegin(); i != std::make_reverse_iterator(it); ++i) {
            if (visible(*i))
                return toRow(*i);
        }
    }
    return -1;
}

bool LogModel::save(const QString &path, QString *error)
{
    flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the log to %1: %2. Choose another folder or file name.")
                         .arg(path, file.errorString());
        return false;
    }
    QByteArray out;
    out.reserve(1 << 20);
    qint64 cachedSecond = std::numeric_limits<qint64>::min();
    QByteArray secondText;
    for (qsizetype row = 0; row < m_rowCount; ++row) {
        const qsizetype source = sourceLine(row);
        const LineMeta &info = meta(source);
        // Formatting a date is slow; lines share their second most of the time.
        const qint64 second = info.msecs >= 0 ? info.msecs / 1000 : (info.msecs - 999) / 1000;
        if (second != cachedSecond) {
            cachedSecond = second;
            secondText = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                             .toLatin1();
        }
        const int millis = int(info.msecs - second * 1000);
        out += secondText;
        out += '.';
        out += char('0' + millis / 100);
        out += char('0' + millis / 10 % 10);
        out += char('0' + millis % 10);
        out += "Z ";
        if (info.host != 0) {
            out += '[';
            out += m_hosts.at(info.host).toUtf8();
            out += "] ";
        }
        out += rawText(source);
        out += '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write the log to %1: %2. Check the free space and the permissions.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString LogModel::plainText(qsizetype first, qsizetype last) const
{
    QString result;
    for (qsizetype row = std::max<qsizetype>(first, 0); row <= last && row < m_rowCount; ++row) {
        result += text(row);
        result += u'\n';
    }
    return result;
}

} // namespace antler::gui
