#pragma once

#include "pipeline/HistoryEntry.h"
#include "pipeline/Release.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace antler::pipeline {

// The pipeline's record (SQLite through Qt Sql, WAL mode), by default
// $XDG_DATA_HOME/antler/history.sqlite: every build, rollout, promotion and
// rollback with time, stage, digest, source commit, user, result, duration
// and log, and the pins of the stages.
//
// An operation is inserted as "running" before it starts (begin()) and
// updated when it ends (finish()); one whose antler process died meanwhile
// (killed, crashed, power cut) becomes "interrupted" the next time a history
// is opened, so nothing is lost and nothing half-done looks successful.
//
// Several antler processes may use one file; each opens its own connection.
class History
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::History)

public:
    static inline const QString Running = QStringLiteral("running");
    static inline const QString Succeeded = QStringLiteral("succeeded");
    static inline const QString Failed = QStringLiteral("failed");
    // A rollout that failed its checks and was rolled back automatically.
    static inline const QString RolledBack = QStringLiteral("rolled-back");
    // A promotion its gate refused; nothing changed.
    static inline const QString Refused = QStringLiteral("refused");
    static inline const QString Interrupted = QStringLiteral("interrupted");
    // Cancelled by the user while it ran (Cancel in the window).
    static inline const QString Cancelled = QStringLiteral("cancelled");

    struct Pin
    {
        QString stage;
        QString digest;
        QString reason;
        QString user;
        QDateTime since;
    };

    History();
    ~History();
    History(const History &) = delete;
    History &operator=(const History &) = delete;

    static QString defaultPath();
    // Opens (creating) the database and marks operations of dead processes
    // interrupted. False with *error set to one sentence. A new file is
    // created 0600 (its folder 0700): it holds logs and who did what.
    bool open(const QString &path, QString *error);
    // Whether the last open() failed because the file is not a readable
    // SQLite database (damaged, truncated, overwritten). Such a file is
    // never changed; setAside() keeps it under another name.
    bool isDamaged() const { return m_damaged; }
    // Renames a damaged history (and its -wal/-shm companions) to
    // PATH.damaged-YYYYMMDD-HHMMSS beside it, so that open() starts a new
    // one; nothing is deleted. Returns the new name, or empty with *error set.
    static QString setAside(const QString &path, QString *error);
    // Opens an existing history only to read it: creates, changes and marks
    // nothing (operations of dead processes stay "running"; the next open()
    // marks them), so a view can show a file it must never touch. Writes
    // fail. False with *error set to one sentence when the file is missing
    // or is not a pipeline history.
    bool openReadOnly(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    // How many operations open() found interrupted.
    int interruptedOnOpen() const { return m_interruptedOnOpen; }

    // Records the start of an operation; returns its id, or 0 on failure.
    qint64 begin(const QString &kind, const QString &stage, const Release &release, const QString &fromStage = {},
                 const QString &reason = {}, QString *error = nullptr);
    // Sets the release of a running operation (a build knows it at the end).
    bool setRelease(qint64 id, const Release &release);
    // Adds a log line while it runs, so a killed operation keeps its log.
    bool appendLog(qint64 id, const QString &line);
    bool finish(qint64 id, const QString &result, const QString &error = {}, const QString &previousDigest = {},
                const QString &reason = {});
    // begin() and finish() in one, for instant operations (pin, refusal).
    qint64 record(const QString &kind, const QString &stage, const Release &release, const QString &result,
                  const QString &reason = {}, const QString &error = {}, const QString &fromStage = {});

    // Newest first; stage empty: all; limit <= 0: all.
    QList<HistoryEntry> entries(const QString &stage = {}, int limit = 0) const;
    std::optional<HistoryEntry> entry(qint64 id) const;

    int nextBuildNumber() const;
    // The newest successful build.
    std::optional<Release> lastBuild() const;
    // The release built with digest, with its artifacts.
    std::optional<Release> release(const QString &digest) const;

    // What the pipeline last put into stage successfully (deploy, promote or
    // rollback); empty if nothing. The status command compares it with what
    // /version reports to detect drift.
    QString deployedDigest(const QString &stage) const;
    // When that digest became live there (for soak times); invalid if none.
    QDateTime deployedSince(const QString &stage) const;
    // The digest stage ran successfully before the current one; empty if none.
    QString previousDigest(const QString &stage) const;

    bool setPin(const QString &stage, const QString &digest, const QString &reason, QString *error = nullptr);
    bool clearPin(const QString &stage, QString *error = nullptr);
    std::optional<Pin> pin(const QString &stage) const;

    static QString currentUser();

private:
    bool exec(const QString &sql, QString *error);
    int markInterrupted();
    void forgetOpenFile();

    QString m_connection;
    QString m_openFile; // the file counted as open by this process, while it is
    QString m_path;
    int m_interruptedOnOpen = 0;
    bool m_damaged = false;
};

} // namespace antler::pipeline
