#pragma once

#include <QJsonObject>
#include <QString>

namespace antler::pipeline {

// How a PipelineController operation ended, for the CLI's exit code and
// result line and for the GUI.
struct OperationOutcome
{
    enum class Code {
        Succeeded,
        Failed, // the build or rollout failed; nothing was rolled back
        RolledBack, // the rollout failed and the stage is back on its previous release
        Refused, // a gate or pin refused it; nothing changed
        Invalid, // unknown stage, digest or missing build
        Cancelled, // the user cancelled it; the stage keeps or got back its previous release
    };

    Code code = Code::Failed;
    QString operation;
    QString stage;
    QString digest;
    QString message; // one sentence: the result, or what went wrong and what to do
    qint64 historyId = 0;
    QJsonObject details;

    bool ok() const { return code == Code::Succeeded; }
    static QString codeName(Code code);
    QJsonObject toJson() const;
};

} // namespace antler::pipeline
