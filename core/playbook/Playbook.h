#pragma once

#include "playbook/Play.h"

#include <QList>
#include <QString>

namespace antler::playbook {

// A whole playbook file: its plays in order. Built by the PlaybookParser,
// which only hands one out once every play and task has been validated.
struct Playbook
{
    QString path;
    QList<Play> plays;

    // Tasks that run a module (blocks counted by their children, include_tasks
    // and include_role as one, the implicit meta: role_complete not at all),
    // over every play's pre_tasks, tasks and post_tasks.
    int taskCount() const
    {
        int count = 0;
        for (const Play &play : plays)
            count += countTasks(play.preTasks) + countTasks(play.tasks) + countTasks(play.postTasks);
        return count;
    }

    static int countTasks(const QList<Task> &tasks)
    {
        int count = 0;
        for (const Task &task : tasks) {
            if (task.isBlock())
                count += countTasks(task.block) + countTasks(task.rescue) + countTasks(task.always);
            else if (task.isRoleComplete())
                continue;
            else
                ++count;
        }
        return count;
    }
};

} // namespace antler::playbook
