#pragma once

#include "playbook/Task.h"
#include "playbook/TaskResult.h"

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
};

} // namespace antler::playbook
