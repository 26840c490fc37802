#include "pipeline/HistoryEntry.h"

#include <QJsonArray>

namespace antler::pipeline {

QJsonObject HistoryEntry::toJson(bool withLog) const
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonObject object {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("stage"), orNull(stage)},
        {QStringLiteral("from_stage"), orNull(fromStage)},
        {QStringLiteral("digest"), orNull(release.digest)},
        {QStringLiteral("previous_digest"), orNull(previousDigest)},
        {QStringLiteral("source_commit"), orNull(release.sourceCommit)},
        {QStringLiteral("build_number"), release.buildNumber},
        {QStringLiteral("user"), user},
        {QStringLiteral("result"), result},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"),
         finishedAt.isValid() ? QJsonValue(finishedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("reason"), orNull(reason)},
        {QStringLiteral("error"), orNull(error)},
    };
    if (withLog)
        object.insert(QStringLiteral("log"), QJsonArray::fromStringList(log));
    return object;
}

} // namespace antler::pipeline
