#include "playbook/TaskResult.h"

namespace antler::playbook {

QVariantMap TaskResult::registered() const
{
    QVariantMap value = data;
    value.insert(QStringLiteral("changed"), data.value(QStringLiteral("changed")).toBool());
    value.insert(QStringLiteral("failed"), status == Status::Failed);
    if (status == Status::Skipped)
        value.insert(QStringLiteral("skipped"), true);
    if (status == Status::Unreachable)
        value.insert(QStringLiteral("unreachable"), true);
    return value;
}

QVariantMap TaskResult::displayed() const
{
    if (noLog) {
        QVariantMap censored {{QStringLiteral("censored"), censoredMessage()},
                              {QStringLiteral("changed"), data.value(QStringLiteral("changed")).toBool()}};
        if (status == Status::Unreachable)
            censored.insert(QStringLiteral("unreachable"), true);
        if (data.contains(QStringLiteral("ansible_loop_var"))) {
            const QString loopVar = data.value(QStringLiteral("ansible_loop_var")).toString();
            censored.insert(QStringLiteral("ansible_loop_var"), loopVar);
        }
        return censored;
    }
    QVariantMap value = data;
    value.remove(QStringLiteral("failed"));
    return value;
}

QString TaskResult::censoredMessage()
{
    return QStringLiteral(
        "the output has been hidden due to the fact that 'no_log: true' was specified for this result");
}

QString TaskResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Changed:
        return QStringLiteral("changed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

TaskResult TaskResult::unreachable(const QString &message)
{
    TaskResult result;
    result.status = Status::Unreachable;
    result.data
        = {{QStringLiteral("changed"), false}, {QStringLiteral("msg"), message}, {QStringLiteral("unreachable"), true}};
    return result;
}

TaskResult TaskResult::failed(const QString &message)
{
    TaskResult result;
    result.status = Status::Failed;
    result.data = {{QStringLiteral("changed"), false}, {QStringLiteral("msg"), message}};
    return result;
}

} // namespace antler::playbook
