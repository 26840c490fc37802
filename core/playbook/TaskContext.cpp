#include "playbook/TaskContext.h"

#include "playbook/TaskExecutor.h"
#include "playbook/TaskKeywords.h"
#include "playbook/Templar.h"
#include "playbook/YamlReader.h"
#include "playbook/jinja/Value.h"

#include <QFileInfo>

namespace antler::playbook {

bool TaskContext::build(const Task &task, const Play &play, const inventory::ConnectionInfo &info, const QString &host,
                        const QVariantMap &variables, const Run &run, ModuleContext *context, QString *delegatedTo,
                        TaskResult *failure)
{
    context->host = host;
    context->variables = variables;
    bool ok = true;
    std::optional<bool> playBecome = play.become;
    if (const auto found = play.keywordTemplates.constFind(QStringLiteral("become"));
        found != play.keywordTemplates.cend()) {
        bool value = false;
        QString error;
        if (TaskKeywords::renderBoolean(found.key(), found.value(), play.location, variables, &value, &error)) {
            playBecome = value;
        } else {
            *failure = TaskResult::failed(error);
            ok = false;
        }
    }
    context->become = task.become.value_or(playBecome.value_or(info.become));
    context->becomeUser = !task.becomeUser.isEmpty() ? task.becomeUser
        : !play.becomeUser.isEmpty()                 ? play.becomeUser
                                                     : info.becomeUser;
    if (YamlReader::isTemplateText(context->becomeUser)) {
        QString error;
        if (!Templar(variables).renderText(context->becomeUser, &context->becomeUser, &error)) {
            *failure = TaskResult::failed(TaskExecutor::templateError(task, error));
            ok = false;
        }
    }
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

    // environment: the mappings written as templates (outer levels first),
    // then the literal one on top.
    QVariantMap environment;
    for (const QString &text : task.environmentTemplates) {
        QVariant rendered;
        QString error;
        if (!Templar(variables).render(text, &rendered, &error)) {
            *failure = TaskResult::failed(TaskExecutor::templateError(task, error));
            ok = false;
        } else if (!jinja::Value::isMap(rendered) && !Templar::toText(rendered).trimmed().isEmpty()) {
            *failure = TaskResult::failed(
                tr("“environment” of the task at %1 is “%2”, not a mapping; make the template give names and values.")
                    .arg(task.location.fileAndLine(), Templar::toText(rendered)));
            ok = false;
        } else {
            const QVariantMap map = rendered.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                environment.insert(it.key(), it.value());
        }
    }
    if (!task.environment.isEmpty()) {
        QVariant rendered;
        QString error;
        if (!Templar(variables).renderValue(task.environment, &rendered, &error)) {
            *failure = TaskResult::failed(TaskExecutor::templateError(task, error));
            ok = false;
        } else {
            const QVariantMap map = rendered.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                environment.insert(it.key(), it.value());
        }
    }
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        context->environment.append({it.key().toUtf8(), Templar::toText(it.value()).toUtf8()});
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
