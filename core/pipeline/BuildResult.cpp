#include "pipeline/BuildResult.h"

#include <QJsonArray>

namespace antler::pipeline {

QJsonObject BuildResult::toJson() const
{
    QJsonObject object = release.toJson();
    object.insert(QStringLiteral("ok"), ok);
    object.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error));
    object.insert(QStringLiteral("duration_ms"), durationMs);
    return object;
}

} // namespace antler::pipeline
