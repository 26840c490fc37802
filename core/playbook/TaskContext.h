#pragma once

#include "inventory/ConnectionInfo.h"
#include "playbook/Play.h"
#include "playbook/Task.h"
#include "playbook/TaskResult.h"
#include "playbook/modules/ModuleContext.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// What a task's module gets to run with on one host, besides its transport:
// become and become_user (task, then play, then inventory), check and diff
// mode, where files are looked up, the templated environment, and the host
// the task is delegated to.
class TaskContext
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::TaskContext)

public:
    struct Run
    {
        bool checkMode = false;
        bool diffMode = false;
        QString playbookPath;
    };

    // Fills *context and *delegatedTo (templated delegate_to, empty when
    // none). False with *failure when environment or delegate_to cannot be
    // templated; the context is filled all the same.
    static bool build(const Task &task, const Play &play, const inventory::ConnectionInfo &info, const QString &host,
                      const QVariantMap &variables, const Run &run, ModuleContext *context, QString *delegatedTo,
                      TaskResult *failure);
};

} // namespace antler::playbook
