#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace antler::pipeline {

// The one event stream of every pipeline operation (build, deploy, promote,
// rollback, stop). Runtimes emit them through Runtime::event(); the pipeline
// controller adds its own (gates, rollback decisions). The CLI prints them on
// stderr (toText) or as JSON lines (toJson), the GUI shows them, and History
// keeps the log lines of each operation.
struct PipelineEvent
{
    enum class Kind {
        Started, // an operation began: message says what
        Step, // a step of it began ("starting moosefacts on 127.0.0.1:18481")
        Log, // one line of output (a build log line, a process's stderr)
        Warning, // something that behaves differently than asked (podman ignores Services)
        Progress, // current/total known: e.g. 1 of 2 replicas ready
        Finished, // the operation ended; ok says how
    };

    Kind kind = Kind::Log;
    QString operation; // "build", "deploy", "promote", "rollback", "stop", "status"
    QString stage; // empty for a build
    QString message; // one line, no trailing newline
    QString digest; // the release concerned, when known
    int current = -1; // Progress: done so far
    int total = -1; // Progress: out of
    bool ok = true; // Finished: success or failure
    QDateTime time = QDateTime::currentDateTimeUtc();

    static PipelineEvent started(const QString &operation, const QString &stage, const QString &message);
    static PipelineEvent step(const QString &operation, const QString &stage, const QString &message);
    static PipelineEvent log(const QString &operation, const QString &stage, const QString &line);
    static PipelineEvent warning(const QString &operation, const QString &stage, const QString &message);
    static PipelineEvent progress(const QString &operation, const QString &stage, int current, int total,
                                  const QString &message);
    static PipelineEvent finished(const QString &operation, const QString &stage, bool ok, const QString &message);

    static QString kindName(Kind kind);
    // "[deploy test] starting moosefacts on 127.0.0.1:18481"
    QString toText() const;
    // {"event":"step","operation":"deploy","stage":"test","message":…,"time":…}
    QJsonObject toJson() const;
};

} // namespace antler::pipeline

Q_DECLARE_METATYPE(antler::pipeline::PipelineEvent)
