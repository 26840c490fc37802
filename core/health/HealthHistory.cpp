#include "health/HealthHistory.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>
#include <QVariant>

#include <limits>
#include <memory>

namespace antler::health {

namespace {

// Runs sql, whose four placeholders are the stage, the probe and a time range.
bool selectRange(QSqlQuery &query, const QString &sql, const QString &stage, ProbeSpec::Kind kind, qint64 fromMs,
                 qint64 toMs)
{
    query.prepare(sql);
    query.addBindValue(stage);
    query.addBindValue(ProbeSpec::kindName(kind));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    return query.exec();
}

QString seriesKey(const QString &stage, ProbeSpec::Kind kind)
{
    return stage + QLatin1Char('/') + ProbeSpec::kindName(kind);
}

QStringList probeNames(const QList<ProbeSpec::Kind> &kinds)
{
    QStringList names;
    for (ProbeSpec::Kind kind : kinds)
        names.append(QLatin1Char('\'') + ProbeSpec::kindName(kind) + QLatin1Char('\''));
    return names;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

HealthHistory::HealthHistory(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("antler-health-%1").arg(quintptr(this), 0, 16))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    connect(&m_compactionTimer, &QTimer::timeout, this, &HealthHistory::compactInBackground);
    connect(&m_compaction, &QFutureWatcherBase::finished, this, [this] {
        m_compacting = false;
        const Compaction done = m_compaction.result();
        Q_EMIT compacted(done.ok, done.error);
    });
}

void HealthHistory::setCompactionInterval(qint64 intervalMs)
{
    if (intervalMs <= 0) {
        m_compactionTimer.stop();
        return;
    }
    m_compactionTimer.start(int(std::min<qint64>(intervalMs, std::numeric_limits<int>::max())));
    compactInBackground();
}

void HealthHistory::compactInBackground()
{
    if (m_compacting || !isOpen())
        return;
    // What is queued goes to the file first, so the other connection sees it.
    flush();
    m_compacting = true;
    const QString path = m_path;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The outcome comes back through a future this object watches: the pool
    // thread never touches the object, which may be destroyed (its window
    // closed) while the compaction runs; its watcher then hears nothing.
    auto promise = std::make_shared<QPromise<Compaction>>();
    m_compaction.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, now] {
        const QString name = QStringLiteral("antler-health-compact-") + QUuid::createUuid().toString(QUuid::Id128);
        QString error;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            // Waits for a writer instead of failing at once.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                ok = compactDatabase(name, path, now, &error);
            else
                error = db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        promise->addResult(Compaction {ok, error});
        promise->finish();
    });
}

HealthHistory::~HealthHistory()
{
    close();
}

QString HealthHistory::defaultPath()
{
    // ~/.local/share/antler, beside History (not AppDataLocation, which
    // would add the organization's name the window sets for QSettings).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/antler/health.sqlite");
}

bool HealthHistory::open(const QString &path, QString *error)
{
    close();
    const QString file = path.isEmpty() ? defaultPath() : path;
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error) {
            *error = tr("cannot create the folder %1 for the health history; check its "
                        "permissions.")
                         .arg(QFileInfo(file).absolutePath());
        }
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(file);
        if (!db.open()) {
            if (error) {
                *error = tr("cannot open the health history %1: %2; check that the file is a "
                            "writable SQLite database.")
                             .arg(file, db.lastError().text());
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
    }
    m_path = file;
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS samples (stage TEXT NOT NULL, probe TEXT NOT "
                       "NULL, t INTEGER NOT NULL, ok INTEGER NOT NULL, latency_ms REAL, "
                       "http_status INTEGER, error TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS samples_by_time ON samples (stage, probe, t)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS aggregates (stage TEXT NOT NULL, probe TEXT "
                       "NOT NULL, minute INTEGER NOT NULL, count INTEGER NOT NULL, failures "
                       "INTEGER NOT NULL, min_ms REAL, max_ms REAL, avg_ms REAL, PRIMARY KEY "
                       "(stage, probe, minute))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS markers (t INTEGER NOT NULL, stage TEXT, "
                       "label TEXT NOT NULL)"),
    };
    for (const QString &sql : schema) {
        if (!exec(sql, error)) {
            close();
            return false;
        }
    }
    return true;
}

void HealthHistory::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    flush();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

bool HealthHistory::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool HealthHistory::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    if (error) {
        *error = tr("the health history %1 refused an update: %2.").arg(m_path, query.lastError().text());
    }
    return false;
}

void HealthHistory::setWindowMs(qint64 windowMs)
{
    m_windowMs = windowMs;
    for (TimeSeries &series : m_series)
        series.setWindowMs(windowMs);
}

const TimeSeries *HealthHistory::series(const QString &stage, ProbeSpec::Kind kind) const
{
    const auto it = m_series.constFind(seriesKey(stage, kind));
    return it == m_series.cend() ? nullptr : &it.value();
}

void HealthHistory::record(const ProbeResult &result)
{
    auto it = m_series.find(seriesKey(result.stage, result.kind));
    if (it == m_series.end())
        it = m_series.insert(seriesKey(result.stage, result.kind), TimeSeries(m_windowMs));
    it->append(HealthSample {result.timeMs, result.ok, result.latencyMs});
    if (!isOpen())
        return;
    m_pending.append(result);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool HealthHistory::flush(QString *error)
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !isOpen())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO samples (stage, probe, t, ok, latency_ms, "
                                  "http_status, error) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ProbeResult &result : std::as_const(m_pending)) {
        insert.addBindValue(result.stage);
        insert.addBindValue(result.probeName());
        insert.addBindValue(result.timeMs);
        insert.addBindValue(result.ok ? 1 : 0);
        insert.addBindValue(result.ok ? QVariant(result.latencyMs) : QVariant());
        insert.addBindValue(result.httpStatus ? QVariant(result.httpStatus) : QVariant());
        insert.addBindValue(result.error.isEmpty() ? QVariant() : QVariant(result.error));
        if (!insert.exec()) {
            db.rollback();
            if (error) {
                *error = tr("cannot write to the health history %1: %2; check the disk space "
                            "and the file's permissions.")
                             .arg(m_path, insert.lastError().text());
            }
            return false;
        }
    }
    m_pending.clear();
    return db.commit();
}

bool HealthHistory::compact(qint64 nowMs, QString *error)
{
    if (!flush(error))
        return false;
    return compactDatabase(m_connection, m_path, nowMs, error);
}

bool HealthHistory::compactDatabase(const QString &connectionName, const QString &path, qint64 nowMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const qint64 rawCutoff = nowMs - RawRetentionMs;
    // Only whole minutes move, so a minute is never half raw, half aggregated.
    const qint64 cutoff = rawCutoff - (rawCutoff % AggregateBucketMs + AggregateBucketMs) % AggregateBucketMs;
    db.transaction();
    QSqlQuery fold(db);
    // The successful samples' average is merged weighted by their counts.
    fold.prepare(
        QStringLiteral("INSERT INTO aggregates (stage, probe, minute, count, failures, min_ms, max_ms, avg_ms) "
                       "SELECT stage, probe, (t / 60000) * 60000, count(*), sum(ok = 0), "
                       "min(CASE WHEN ok THEN latency_ms END), max(CASE WHEN ok THEN latency_ms END), "
                       "avg(CASE WHEN ok THEN latency_ms END) FROM samples WHERE t < :cutoff "
                       "GROUP BY stage, probe, (t / 60000) * 60000 "
                       "ON CONFLICT (stage, probe, minute) DO UPDATE SET "
                       "count = count + excluded.count, failures = failures + excluded.failures, "
                       "min_ms = min(coalesce(min_ms, excluded.min_ms), coalesce(excluded.min_ms, min_ms)), "
                       "max_ms = max(coalesce(max_ms, excluded.max_ms), coalesce(excluded.max_ms, max_ms)), "
                       "avg_ms = CASE WHEN (count - failures) + (excluded.count - excluded.failures) > 0 THEN "
                       "(coalesce(avg_ms, 0) * (count - failures) + coalesce(excluded.avg_ms, 0) * "
                       "(excluded.count - excluded.failures)) / ((count - failures) + (excluded.count - "
                       "excluded.failures)) END"));
    fold.bindValue(QStringLiteral(":cutoff"), cutoff);
    QSqlQuery dropRaw(db);
    dropRaw.prepare(QStringLiteral("DELETE FROM samples WHERE t < :cutoff"));
    dropRaw.bindValue(QStringLiteral(":cutoff"), cutoff);
    QSqlQuery dropOld(db);
    dropOld.prepare(QStringLiteral("DELETE FROM aggregates WHERE minute < :cutoff"));
    dropOld.bindValue(QStringLiteral(":cutoff"), nowMs - AggregateRetentionMs);
    for (QSqlQuery *query : {&fold, &dropRaw, &dropOld}) {
        if (!query->exec()) {
            db.rollback();
            if (error) {
                *error = HealthHistory::tr("cannot downsample the health history %1: %2.")
                             .arg(path, query->lastError().text());
            }
            return false;
        }
    }
    return db.commit();
}

QList<HealthSample> HealthHistory::samples(const QString &stage, ProbeSpec::Kind kind, qint64 fromMs, qint64 toMs)
{
    QList<HealthSample> out;
    if (!isOpen() || !flush())
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!selectRange(query,
                     QStringLiteral("SELECT t, ok, latency_ms FROM samples WHERE stage = ? AND "
                                    "probe = ? AND t >= ? AND t < ? ORDER BY t"),
                     stage, kind, fromMs, toMs))
        return out;
    while (query.next()) {
        out.append(HealthSample {query.value(0).toLongLong(), query.value(1).toInt() != 0, query.value(2).toDouble()});
    }
    return out;
}

QList<SampleAggregate> HealthHistory::aggregates(const QString &stage, ProbeSpec::Kind kind, qint64 fromMs, qint64 toMs)
{
    QList<SampleAggregate> out;
    if (!isOpen() || !flush())
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!selectRange(query,
                     QStringLiteral("SELECT minute, count, failures, min_ms, max_ms, avg_ms FROM "
                                    "aggregates WHERE stage = ? AND probe = ? AND minute >= ? AND "
                                    "minute < ? ORDER BY minute"),
                     stage, kind, fromMs, toMs))
        return out;
    while (query.next()) {
        out.append(SampleAggregate {query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt(),
                                    optionalDouble(query.value(3)), optionalDouble(query.value(4)),
                                    optionalDouble(query.value(5))});
    }
    return out;
}

std::optional<double> HealthHistory::uptime(const QString &stage, qint64 fromMs, qint64 toMs,
                                            const QList<ProbeSpec::Kind> &probes)
{
    if (!isOpen() || !flush())
        return std::nullopt;
    const QList<ProbeSpec::Kind> kinds = probes.isEmpty()
        ? QList<ProbeSpec::Kind> {ProbeSpec::Kind::Frontend, ProbeSpec::Kind::Api, ProbeSpec::Kind::Tcp}
        : probes;
    // The probe names are ours, never user text, so they can be inlined.
    const QString in = probeNames(kinds).join(QLatin1Char(','));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT sum(total), sum(good) FROM ("
                                 "SELECT count(*) AS total, sum(ok) AS good FROM samples WHERE stage = ? AND "
                                 "probe IN (%1) AND t >= ? AND t < ? "
                                 "UNION ALL SELECT sum(count), sum(count - failures) FROM aggregates WHERE "
                                 "stage = ? AND probe IN (%1) AND minute >= ? AND minute < ?)")
                      .arg(in));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(stage);
        query.addBindValue(fromMs);
        query.addBindValue(toMs);
    }
    if (!query.exec() || !query.next())
        return std::nullopt;
    const double total = query.value(0).toDouble();
    if (total <= 0)
        return std::nullopt;
    return 100.0 * query.value(1).toDouble() / total;
}

UptimeSummary HealthHistory::uptimeSummary(const QString &stage, qint64 nowMs)
{
    const qint64 hour = 60LL * 60 * 1000;
    // The end is exclusive: include a sample taken at nowMs.
    const qint64 end = nowMs + 1;
    return UptimeSummary {uptime(stage, end - hour, end), uptime(stage, end - 24 * hour, end),
                          uptime(stage, end - 7 * 24 * hour, end), uptime(stage, end - 30 * 24 * hour, end)};
}

LatencyPercentiles HealthHistory::latency(const QString &stage, ProbeSpec::Kind kind, qint64 fromMs, qint64 toMs)
{
    LatencyPercentiles out;
    if (!isOpen() || !flush())
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!selectRange(query,
                     QStringLiteral("SELECT latency_ms FROM samples WHERE stage = ? AND probe = ? "
                                    "AND t >= ? AND t < ? AND ok = 1 ORDER BY latency_ms"),
                     stage, kind, fromMs, toMs))
        return out;
    QList<double> sorted;
    while (query.next())
        sorted.append(query.value(0).toDouble());
    out.count = int(sorted.size());
    out.p50 = TimeSeries::percentileOfSorted(sorted, 50);
    out.p95 = TimeSeries::percentileOfSorted(sorted, 95);
    return out;
}

bool HealthHistory::addMarker(const HistoryMarker &marker, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("the health history is not open; open it before adding markers.");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO markers (t, stage, label) VALUES (?, ?, ?)"));
    query.addBindValue(marker.timeMs);
    query.addBindValue(marker.stage.isEmpty() ? QVariant() : QVariant(marker.stage));
    query.addBindValue(marker.label);
    if (!query.exec()) {
        if (error) {
            *error = tr("cannot write a marker to the health history %1: %2.").arg(m_path, query.lastError().text());
        }
        return false;
    }
    return true;
}

QList<HistoryMarker> HealthHistory::markers(qint64 fromMs, qint64 toMs)
{
    QList<HistoryMarker> out;
    if (!isOpen())
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT t, stage, label FROM markers WHERE t >= ? AND t < ? "
                                 "ORDER BY t"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec())
        return out;
    while (query.next()) {
        out.append(HistoryMarker {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return out;
}

} // namespace antler::health
