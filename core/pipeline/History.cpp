#include "pipeline/History.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <array>
#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace antler::pipeline {

namespace {

// SQLite locks a database with POSIX advisory locks, and a process loses all
// its locks on a file as soon as it closes any descriptor of that file. A
// header read through QFile while a History of this process has the file
// open would drop that connection's locks unseen: another process (the CLI)
// closing its own connection would then take itself for the last one and
// delete the -wal file the window goes on writing to, and everything the
// window wrote after that would be lost. So the header is read only while
// no History of this process has the file open (counted here, under a mutex
// held from the read until SQLite holds the file).
QMutex openFilesMutex;
QHash<QString, int> openFiles; // absolute path -> Histories of this process that have it open

// The same key before and after the file exists: its folder's real path.
QString openFileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

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

// SQLite's result codes for "this is no database" and "the database is damaged".
bool isDamageCode(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    const int primary = code & 0xff;
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

// SQLite's own words ("file is not a database"), not the driver's.
QString sqliteWords(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// A full disk shows as SQLITE_FULL, or as SQLITE_IOERR when the -shm or
// -wal file cannot grow; the free space tells them apart from a bad disk.
bool diskFull(const QSqlError &error, const QString &path)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    if (primary == 13 /* SQLITE_FULL */)
        return true;
    if (primary != 10 /* SQLITE_IOERR */)
        return false;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

const char *selectColumns = "SELECT id, kind, stage, from_stage, release, digest, previous_digest, user, "
                            "result, started_at, finished_at, duration_ms, reason, error, log, pid "
                            "FROM operations ";

} // namespace

History::History()
    : m_connection(QStringLiteral("antler-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void History::forgetOpenFile()
{
    if (m_openFile.isEmpty())
        return;
    const QMutexLocker lock(&openFilesMutex);
    if (--openFiles[m_openFile] <= 0)
        openFiles.remove(m_openFile);
    m_openFile.clear();
}

History::~History()
{
    forgetOpenFile();
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
    // getpwuid_r: History may be opened off the GUI thread.
    passwd entry {};
    passwd *found = nullptr;
    std::array<char, 4096> buffer {};
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("uid %1").arg(::getuid()));
}

bool History::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql)) {
        if (error && diskFull(query.lastError(), m_path)) {
            *error = tr("%1: the disk holding the pipeline history is full; free some space and try again. "
                        "Nothing recorded so far is lost.")
                         .arg(m_path);
        } else if (error) {
            *error = tr("%1: cannot prepare the pipeline history (%2); check that the file and its folder are "
                        "writable.")
                         .arg(m_path, sqliteWords(query.lastError()));
        }
        return false;
    }
    return true;
}

bool History::open(const QString &path, QString *error)
{
    forgetOpenFile();
    m_path = path;
    m_damaged = false;
    const QString folder = QFileInfo(path).absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("%1: cannot create the folder for the pipeline history; check the permissions.").arg(path);
        return false;
    }
    // Only a folder made here is narrowed: a shared one keeps its mode.
    if (newFolder)
        ::chmod(QFile::encodeName(folder).constData(), 0700);
    // SQLite would create the file with the umask's mode (often 0644); an
    // empty file is a valid new database, and SQLite gives its -wal and
    // -shm files the mode of the database file.
    // A file that is no SQLite database at all is judged before SQLite sees
    // it: SQLite would drop a -wal file beside it on close.
    QMutexLocker lock(&openFilesMutex);
    const QString key = openFileKey(path);
    if (QFile file(path); openFiles.value(key) == 0 && file.open(QIODevice::ReadOnly) && file.size() > 0
        && file.read(16) != QByteArray("SQLite format 3\0", 16)) {
        m_damaged = true;
        if (error) {
            *error = tr("%1: the pipeline history is damaged (it is not an SQLite database); the file is left as it "
                        "is.")
                         .arg(path);
        }
        return false;
    }
    if (!QFileInfo::exists(path)) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
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
    // A file that is no database (or a damaged one) only shows on the first
    // statements; it is left exactly as it is.
    {
        QSqlQuery check(db);
        QString problem;
        if (!check.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
            if (isDamageCode(check.lastError()))
                problem = sqliteWords(check.lastError());
        } else if (check.next() && check.value(0).toString() != QLatin1String("ok")) {
            problem = check.value(0).toString();
        }
        if (!problem.isEmpty()) {
            check.finish();
            db.close();
            m_damaged = true;
            if (error) {
                *error = tr("%1: the pipeline history is damaged (%2); the file is left as it is.").arg(path, problem);
            }
            return false;
        }
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
    m_openFile = key;
    ++openFiles[m_openFile];
    lock.unlock();
    m_interruptedOnOpen = markInterrupted();
    return true;
}

bool History::openReadOnly(const QString &path, QString *error)
{
    forgetOpenFile();
    m_path = path;
    m_interruptedOnOpen = 0;
    QMutexLocker lock(&openFilesMutex);
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
    const auto probe = [&db, &problem] {
        if (!db.open()) {
            problem = sqliteWords(db.lastError());
            return db.lastError();
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id FROM operations LIMIT 1")))
            problem = sqliteWords(query.lastError());
        return query.lastError();
    };
    const QSqlError first = probe();
    // Reading a WAL database needs its -shm file, which a full disk or a
    // read-only folder cannot give; with no -wal beside it, or an empty one
    // (the last writer closed cleanly), the main file is the whole record.
    if (!problem.isEmpty() && (diskFull(first, path) || (first.nativeErrorCode().toInt() & 0xff) == 14)
        && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        db.close();
        problem.clear();
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setScheme(QStringLiteral("file"));
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        probe();
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
    m_openFile = openFileKey(path);
    ++openFiles[m_openFile];
    return true;
}

QString History::setAside(const QString &path, QString *error)
{
    const QString suffix
        = QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + suffix + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(path, target)) {
        if (error) {
            *error = tr("%1: cannot rename the damaged pipeline history to %2; check the folder's permissions.")
                         .arg(path, target);
        }
        return {};
    }
    // The companions belong to the damaged file: a new database must not
    // replay its write-ahead log.
    for (const QLatin1String companion : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(path + companion))
            QFile::rename(path + companion, target + companion);
    }
    return target;
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
            *error = diskFull(query.lastError(), m_path)
                ? tr("%1: cannot record the %2: the disk holding the pipeline history is full; free some space "
                     "and try again.")
                      .arg(m_path, kind)
                : tr("%1: cannot record the %2 in the pipeline history (%3).")
                      .arg(m_path, kind, sqliteWords(query.lastError()));
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
