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

    int taskCount() const
    {
        int count = 0;
        for (const Play &play : plays)
            count += int(play.tasks.size());
        return count;
    }
};

} // namespace antler::playbook
