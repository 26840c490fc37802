#include "playbook/TaskContext.h"

#include "playbook/TaskExecutor.h"
#include "playbook/Templar.h"

#include <QFileInfo>

namespace antler::playbook {

bool TaskContext::build(const Task &task, const Play &play, const inventory::ConnectionInfo &info, const QString &host,
                        const QVariantMap &variables, const Run &run, ModuleContext *context, QString *delegatedTo,
                        TaskResult *failure)
{
    context->host = host;
    context->variables = variables;
    context->become = task.become.value_or(play.become.value_or(info.become));
    context->becomeUser = !task.becomeUser.isEmpty() ? task.becomeUser
        : !play.becomeUser.isEmpty()                 ? play.becomeUser
                                                     : info.becomeUser;
    context->checkMode = run.checkMode;
    context->diffMode = run.diffMode;
    context->noLog = task.noLog;
    context->location = task.location;
    const QString playbookDir = QFileInfo(run.playbookPath).absolutePath();
    if (task.role.isValid()) {
        context->searchPaths << task.role.subfolder(QStringLiteral("files"))
                             << task.role.subfolder(QStringLiteral("templates")) << task.role.path;
    }
    context->searchPaths << playbookDir << playbookDir + QStringLiteral("/files")
                         << playbookDir + QStringLiteral("/templates");

    bool ok = true;
    if (!task.environment.isEmpty()) {
        QVariant rendered;
        QString error;
        if (!Templar(variables).renderValue(task.environment, &rendered, &error)) {
            *failure = TaskResult::failed(TaskExecutor::templateError(task, error));
            ok = false;
        } else {
            const QVariantMap environment = rendered.toMap();
            for (auto it = environment.cbegin(); it != environment.cend(); ++it)
                context->environment.append({it.key().toUtf8(), Templar::toText(it.value()).toUtf8()});
        }
    }
    delegatedTo->clear();
    if (!task.delegateTo.isEmpty()) {
        QString error;
        if (!Templar(variables).renderText(task.delegateTo, delegatedTo, &error)) {
            *failure = TaskResult::failed(TaskExecutor::templateError(task, error));
            ok = false;
        }
    }
    return ok;
}

} // namespace antler::playbook
