#include "pipeline/WorkloadStatus.h"

#include <QJsonArray>

namespace antler::pipeline {

QJsonObject WorkloadUnit::toJson() const
{
    return QJsonObject {
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("state"), state},
        {QStringLiteral("ready"), ready},
        {QStringLiteral("restarts"), restarts},
        {QStringLiteral("digest"), digest.isEmpty() ? QJsonValue() : QJsonValue(digest)},
    };
}

QString WorkloadStatus::stateName(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Degraded:
        return QStringLiteral("degraded");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject WorkloadStatus::toJson() const
{
    QJsonArray unitsJson;
    for (const WorkloadUnit &unit : units)
        unitsJson.append(unit.toJson());
    return QJsonObject {
        {QStringLiteral("stage"), stage},
        {QStringLiteral("runtime"), runtime},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("digest"), digest.isEmpty() ? QJsonValue() : QJsonValue(digest)},
        {QStringLiteral("desired"), desired},
        {QStringLiteral("ready"), ready},
        {QStringLiteral("restarts"), restarts},
        {QStringLiteral("units"), unitsJson},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
    };
}

} // namespace antler::pipeline
