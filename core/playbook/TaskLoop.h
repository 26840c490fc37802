#pragma once

#include "playbook/Task.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace antler::playbook {

// What a task's loop: (or with_items:) runs over on a host.
class TaskLoop
{
public:
    // Renders a loop: to a list (with_items flattened one level). False with
    // *error when the value is not a list.
    static bool items(const Task &task, const QVariantMap &variables, QVariantList *items, QString *error);
};

} // namespace antler::playbook
