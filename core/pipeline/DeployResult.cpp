#include "pipeline/DeployResult.h"

namespace antler::pipeline {

QJsonObject DeployResult::toJson() const
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject {
        {QStringLiteral("ok"), ok},
        {QStringLiteral("stage"), stage},
        {QStringLiteral("digest"), digest},
        {QStringLiteral("previous_digest"), orNull(previousDigest)},
        {QStringLiteral("error"), orNull(error)},
        {QStringLiteral("rolled_back"), rolledBack},
        {QStringLiteral("rolled_back_to"), orNull(rolledBackTo)},
        {QStringLiteral("duration_ms"), durationMs},
    };
}

} // namespace antler::pipeline
