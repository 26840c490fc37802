#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace antler::pipeline {

// The outcome of Runtime::deploy(): the stage either runs digest and passed
// the rollout check (readiness plus `/`, `/api/facts/random` and `/version`
// reporting digest), or ok is false with one sentence in error. A runtime
// leaves the stage as it found it when it can (the old workload keeps serving
// until the new one is healthy); PipelineController then rolls back to the
// previous digest and records rolledBackTo.
struct DeployResult
{
    bool ok = false;
    QString stage;
    QString digest; // what was asked for
    QString previousDigest; // what ran before, empty on a first deploy
    QString error;
    bool rolledBack = false; // set by PipelineController after an automatic rollback
    QString rolledBackTo;
    QStringList log;
    qint64 durationMs = 0;

    QJsonObject toJson() const;
};

} // namespace antler::pipeline
