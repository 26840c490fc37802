#pragma once

#include "playbook/Task.h"
#include "playbook/TaskResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace antler::playbook {

// Which task file each host of an include_tasks runs: per host (and loop
// item) its when, then its templated file name. Hosts that share a file and
// an item run it together.
class IncludePlan
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::IncludePlan)

public:
    struct File
    {
        QString path;
        QStringList hosts;
        // The loop item's variables (item, ansible_loop_var, index_var).
        QVariantMap itemVars;
    };
    using Variables = std::function<QVariantMap(const QString &host)>;
    // A host for which the include is skipped or fails, as soon as known.
    using Report = std::function<void(const QString &host, const TaskResult &result)>;

    // The files in the order they are first met.
    static QList<File> plan(const Task &task, const QStringList &hosts, const Variables &variablesFor,
                            const Report &report);
    // The tasks of path for the include task: its block when path is the file
    // the parser already read, else the file read and checked as the parser
    // reads a task file (every error keeps its own file:line:column). Each
    // task inherits the include's role and tags. False with *error set when
    // the file cannot be included.
    static bool tasksOf(const Task &task, const QString &path, QList<Task> *tasks, QString *error);
};

} // namespace antler::playbook
