#include "playbook/IncludePlan.h"

#include "playbook/PlaybookParser.h"
#include "playbook/TaskConditions.h"
#include "playbook/TaskExecutor.h"
#include "playbook/TaskLoop.h"
#include "playbook/Templar.h"

#include <QFileInfo>
#include <QHash>

namespace antler::playbook {

QList<IncludePlan::File> IncludePlan::plan(const Task &task, const QStringList &hosts, const Variables &variablesFor,
                                           const Report &report)
{
    QList<File> files;
    // Keyed by file and loop item.
    QHash<QString, qsizetype> indexOf;
    for (const QString &host : hosts) {
        const QVariantMap hostVariables = variablesFor(host);
        QVariantList items {QVariant()};
        QString loopError;
        if (task.hasLoop() && !TaskLoop::items(task, hostVariables, &items, &loopError)) {
            report(host, TaskResult::failed(loopError));
            continue;
        }
        for (qsizetype itemIndex = 0; itemIndex < items.size(); ++itemIndex) {
            QVariantMap variables = hostVariables;
            QVariantMap itemVars;
            if (task.hasLoop()) {
                itemVars.insert(task.loopVar, items.at(itemIndex));
                itemVars.insert(QStringLiteral("ansible_loop_var"), task.loopVar);
                if (!task.loopIndexVar.isEmpty())
                    itemVars.insert(task.loopIndexVar, int(itemIndex));
                for (auto it = itemVars.cbegin(); it != itemVars.cend(); ++it)
                    variables.insert(it.key(), it.value());
            }
            bool holds = true;
            QString error;
            TaskResult result;
            if (!TaskConditions::hold(task.when, variables, &holds, nullptr, &error)) {
                result = TaskResult::failed(error);
            } else if (!holds) {
                result.status = TaskResult::Status::Skipped;
                result.data = {{QStringLiteral("changed"), false},
                               {QStringLiteral("skip_reason"), QStringLiteral("Conditional result was False")}};
            } else {
                QString file;
                if (!Templar(variables).renderText(task.includeFile, &file, &error)) {
                    result = TaskResult::failed(TaskExecutor::templateError(task, error));
                } else {
                    const QString path = QFileInfo(PlaybookParser::includedTaskFile(file, task)).absoluteFilePath();
                    const QString key
                        = task.hasLoop() ? path + QLatin1Char('\n') + Templar::toText(items.at(itemIndex)) : path;
                    auto it = indexOf.constFind(key);
                    if (it == indexOf.cend()) {
                        it = indexOf.insert(key, files.size());
                        files.append(File {path, {}, itemVars});
                    }
                    files[it.value()].hosts.append(host);
                    continue;
                }
            }
            report(host, result);
        }
    }
    return files;
}

bool IncludePlan::tasksOf(const Task &task, const QString &path, QList<Task> *tasks, QString *error)
{
    if (path == task.includePath && !task.block.isEmpty()) {
        *tasks = task.block;
    } else {
        QList<PlaybookError> errors;
        if (!PlaybookParser::parseIncludedTasks(path, task, tasks, &errors)) {
            *error = tr("the tasks of %1 cannot be included: %2").arg(path, PlaybookError::join(errors));
            return false;
        }
    }
    for (Task &child : *tasks) {
        if (task.role.isValid() && !child.role.isValid())
            child.role = task.role;
        for (const QString &tag : task.tags) {
            if (!child.tags.contains(tag))
                child.tags.append(tag);
        }
    }
    return true;
}

} // namespace antler::playbook
