#include "pipeline/History.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace antler::pipeline {

namespace {

// Kinds that change what a stage runs.
const QString rolloutKinds = QStringLiteral("('deploy','promote','rollback')");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == qint64(::getpid()))
        return true;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    // A recycled pid belongs to some other program.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return true;
    return cmdline.readAll().contains("antler");
}

HistoryEntry entryFrom(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.stage = query.value(2).toString();
    entry.fromStage = query.value(3).toString();
    entry.release = Release::fromJson(QJsonDocument::fromJson(query.value(4).toByteArray()).object());
    entry.release.digest = query.value(5).toString();
    entry.previousDigest = query.value(6).toString();
    entry.user = query.value(7).toString();
    entry.result = query.value(8).toString();
    entry.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
    if (!query.value(10).isNull())
        entry.finishedAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    entry.durationMs = query.value(11).toLongLong();
    entry.reason = query.value(12).toString();
    entry.error = query.value(13).toString();
    const QString log = query.value(14).toString();
    entry.log = log.isEmpty() ? QStringList() : log.split(QLatin1Char('\n'));
    entry.pid = query.value(15).toLongLong();
    return entry;
}

const char *selectColumns = "SELECT id, kind, stage, from_stage, release, digest, previous_digest, user, "
                            "result, started_at, finished_at, duration_ms, reason, error, log, pid "
                            "FROM operations ";

} // namespace

History::History()
    : m_connection(QStringLiteral("antler-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

History::~History()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString History::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/antler/history.sqlite");
}

QString History::currentUser()
{
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("uid %1").arg(::getuid()));
}

bool History::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql)) {
        if (error) {
            *error = tr("%1: cannot prepare the pipeline history (%2); check that the file is writable "
                        "or remove it.")
                         .arg(m_path, query.lastError().text());
        }
        return false;
    }
    return true;
}

bool History::open(const QString &path, QString *error)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("%1: cannot create the folder for the pipeline history; check the permissions.").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error) {
            *error = tr("%1: cannot open the pipeline history (%2); check that the file is writable.")
                         .arg(path, db.lastError().text());
        }
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS operations ("
                                "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, stage TEXT, "
                                "from_stage TEXT, release TEXT, digest TEXT, previous_digest TEXT, "
                                "user TEXT, result TEXT NOT NULL, started_at INTEGER NOT NULL, "
                                "finished_at INTEGER, duration_ms INTEGER DEFAULT 0, reason TEXT, "
                                "error TEXT, log TEXT DEFAULT '', pid INTEGER)"),
                 error)
        || !exec(QStringLiteral("CREATE INDEX IF NOT EXISTS operations_stage ON operations(stage, id)"), error)
        || !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pins (stage TEXT PRIMARY KEY, digest TEXT, "
                                "reason TEXT, user TEXT, since INTEGER)"),
                 error)) {
        db.close();
        return false;
    }
    m_interruptedOnOpen = markInterrupted();
    return true;
}

bool History::openReadOnly(const QString &path, QString *error)
{
    m_path = path;
    m_interruptedOnOpen = 0;
    // SQLite would create a missing file even when asked to read only.
    if (!QFileInfo(path).isFile()) {
        if (error) {
            *error = tr("%1: there is no pipeline history yet; the first build, rollout or pin creates it.").arg(path);
        }
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    // SQLite opens lazily: a file that is not a database, or a database
    // without the operations table, only shows on the first query.
    QString problem;
    // SQLite's own words ("file is not a database"), not the driver's.
    auto words
        = [](const QSqlError &error) { return error.databaseText().isEmpty() ? error.text() : error.databaseText(); };
    if (!db.open()) {
        problem = words(db.lastError());
    } else {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT id FROM operations LIMIT 1")))
            problem = words(probe.lastError());
    }
    if (!problem.isEmpty()) {
        db.close();
        if (error) {
            *error = tr("%1: cannot read the pipeline history (%2); the file is left as it is: restore it "
                        "from a backup, or move it aside so that Antler starts a new one.")
                         .arg(path, problem);
        }
        return false;
    }
    return true;
}

bool History::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

int History::markInterrupted()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery running(db);
    running.prepare(QStringLiteral("SELECT id, pid FROM operations WHERE result = ?"));
    running.addBindValue(Running);
    if (!running.exec())
        return 0;
    QList<qint64> dead;
    while (running.next()) {
        if (!processAlive(running.value(1).toLongLong()))
            dead.append(running.value(0).toLongLong());
    }
    for (qint64 id : std::as_const(dead)) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE operations SET result = ?, error = ? WHERE id = ? AND result = ?"));
        update.addBindValue(Interrupted);
        update.addBindValue(tr("Antler stopped before this operation finished; check the stage with "
                               "“antler status” and run it again if needed."));
        update.addBindValue(id);
        update.addBindValue(Running);
        update.exec();
    }
    return int(dead.size());
}

qint64 History::begin(const QString &kind, const QString &stage, const Release &release, const QString &fromStage,
                      const QString &reason, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT INTO operations (kind, stage, from_stage, release, digest, user, "
                                 "result, started_at, reason, pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(stage);
    query.addBindValue(fromStage);
    query.addBindValue(QString::fromUtf8(QJsonDocument(release.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(release.digest);
    query.addBindValue(currentUser());
    query.addBindValue(Running);
    query.addBindValue(nowMs());
    query.addBindValue(reason);
    query.addBindValue(qint64(::getpid()));
    if (!query.exec()) {
        if (error) {
            *error = tr("%1: cannot record the %2 in the pipeline history (%3).")
                         .arg(m_path, kind, query.lastError().text());
        }
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool History::setRelease(qint64 id, const Release &release)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("UPDATE operations SET release = ?, digest = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(release.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(release.digest);
    query.addBindValue(id);
    return query.exec();
}

bool History::appendLog(qint64 id, const QString &line)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("UPDATE operations SET log = CASE WHEN log = '' OR log IS NULL THEN ? "
                                 "ELSE log || char(10) || ? END WHERE id = ?"));
    query.addBindValue(line);
    query.addBindValue(line);
    query.addBindValue(id);
    return query.exec();
}

bool History::finish(qint64 id, const QString &result, const QString &error, const QString &previousDigest,
                     const QString &reason)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("UPDATE operations SET result = ?, error = ?, finished_at = ?, "
                                 "duration_ms = ? - started_at, "
                                 "previous_digest = COALESCE(NULLIF(?, ''), previous_digest), "
                                 "reason = COALESCE(NULLIF(?, ''), reason) WHERE id = ?"));
    const qint64 now = nowMs();
    query.addBindValue(result);
    query.addBindValue(error);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(previousDigest);
    query.addBindValue(reason);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

qint64 History::record(const QString &kind, const QString &stage, const Release &release, const QString &result,
                       const QString &reason, const QString &error, const QString &fromStage)
{
    const qint64 id = begin(kind, stage, release, fromStage, reason);
    if (id != 0)
        finish(id, result, error);
    return id;
}

QList<HistoryEntry> History::entries(const QString &stage, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QString sql = QLatin1String(selectColumns);
    if (!stage.isEmpty())
        sql += QLatin1String("WHERE stage = ? ");
    sql += QLatin1String("ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!stage.isEmpty())
        query.addBindValue(stage);
    QList<HistoryEntry> result;
    if (query.exec()) {
        while (query.next())
            result.append(entryFrom(query));
    }
    return result;
}

std::optional<HistoryEntry> History::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QLatin1String(selectColumns) + QLatin1String("WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

int History::nextBuildNumber() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM operations WHERE kind = 'build'")) && query.next())
        return query.value(0).toInt() + 1;
    return 1;
}

std::optional<Release> History::lastBuild() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QLatin1String(selectColumns)
                  + QLatin1String("WHERE kind = 'build' AND result = ? "
                                  "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(Succeeded);
    if (query.exec() && query.next())
        return entryFrom(query).release;
    return std::nullopt;
}

std::optional<Release> History::release(const QString &digest) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QLatin1String(selectColumns)
                  + QLatin1String("WHERE kind = 'build' AND result = ? AND "
                                  "digest = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(Succeeded);
    query.addBindValue(digest);
    if (query.exec() && query.next())
        return entryFrom(query).release;
    return std::nullopt;
}

QString History::deployedDigest(const QString &stage) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT digest FROM operations WHERE stage = ? AND result = ? AND kind IN ")
                  + rolloutKinds + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
    query.addBindValue(stage);
    query.addBindValue(Succeeded);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QDateTime History::deployedSince(const QString &stage) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT finished_at FROM operations WHERE stage = ? AND result = ? AND kind IN ")
                  + rolloutKinds + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
    query.addBindValue(stage);
    query.addBindValue(Succeeded);
    if (query.exec() && query.next())
        return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    return {};
}

QString History::previousDigest(const QString &stage) const
{
    const QString current = deployedDigest(stage);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT digest FROM operations WHERE stage = ? AND result = ? AND digest != ? "
                                 "AND kind IN ")
                  + rolloutKinds + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
    query.addBindValue(stage);
    query.addBindValue(Succeeded);
    query.addBindValue(current);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool History::setPin(const QString &stage, const QString &digest, const QString &reason, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO pins (stage, digest, reason, user, since) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(stage);
    query.addBindValue(digest);
    query.addBindValue(reason);
    query.addBindValue(currentUser());
    query.addBindValue(nowMs());
    if (!query.exec()) {
        if (error)
            *error = tr("%1: cannot pin stage “%2” (%3).").arg(m_path, stage, query.lastError().text());
        return false;
    }
    return true;
}

bool History::clearPin(const QString &stage, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("DELETE FROM pins WHERE stage = ?"));
    query.addBindValue(stage);
    if (!query.exec()) {
        if (error)
            *error = tr("%1: cannot unpin stage “%2” (%3).").arg(m_path, stage, query.lastError().text());
        return false;
    }
    return true;
}

std::optional<History::Pin> History::pin(const QString &stage) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT stage, digest, reason, user, since FROM pins WHERE stage = ?"));
    query.addBindValue(stage);
    if (query.exec() && query.next()) {
        return Pin {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)};
    }
    return std::nullopt;
}

} // namespace antler::pipeline
