#include "pipeline/OperationOutcome.h"

namespace antler::pipeline {

QString OperationOutcome::codeName(Code code)
{
    switch (code) {
    case Code::Succeeded:
        return QStringLiteral("succeeded");
    case Code::Failed:
        return QStringLiteral("failed");
    case Code::RolledBack:
        return QStringLiteral("rolled-back");
    case Code::Refused:
        return QStringLiteral("refused");
    case Code::Invalid:
        return QStringLiteral("invalid");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject OperationOutcome::toJson() const
{
    QJsonObject object = details;
    object.insert(QStringLiteral("operation"), operation);
    object.insert(QStringLiteral("result"), codeName(code));
    object.insert(QStringLiteral("stage"), stage.isEmpty() ? QJsonValue() : QJsonValue(stage));
    object.insert(QStringLiteral("digest"), digest.isEmpty() ? QJsonValue() : QJsonValue(digest));
    object.insert(QStringLiteral("message"), message);
    if (historyId > 0)
        object.insert(QStringLiteral("history_id"), historyId);
    return object;
}

} // namespace antler::pipeline
