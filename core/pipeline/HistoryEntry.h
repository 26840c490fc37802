#pragma once

#include "pipeline/Release.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace antler::pipeline {

// One recorded pipeline operation: a build, a rollout into a stage (deploy,
// promote, rollback), or a pin change.
struct HistoryEntry
{
    qint64 id = 0;
    QString kind; // "build", "deploy", "promote", "rollback", "pin", "unpin", "playbook"
    QString stage; // the stage changed; empty for a build
    QString fromStage; // promote: the source stage
    Release release; // what was built or rolled out
    QString previousDigest; // what the stage ran before
    QString user; // the local user who ran it
    QString result; // History::Running, Succeeded, Failed, RolledBack, Refused, Interrupted
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running or when interrupted
    qint64 durationMs = 0;
    QString reason; // rollback/pin: why, as given; automatic rollback: the failure
    QString error; // one sentence when not succeeded
    QStringList log;
    qint64 pid = 0; // the antler process that ran it

    QString digest() const { return release.digest; }
    QJsonObject toJson(bool withLog = false) const;
};

} // namespace antler::pipeline
