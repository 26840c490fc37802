#pragma once

#include "playbook/SourceLocation.h"
#include "playbook/Task.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace antler::playbook {

// One play: which hosts, with which variables and privileges, run which tasks.
struct Play
{
    QString name;
    // An inventory pattern: a host, a group, all, or a:b lists.
    QString hosts;
    bool gatherFacts = true;
    std::optional<bool> become;
    QString becomeUser;
    QVariantMap vars;
    QList<Task> tasks;
    SourceLocation location;

    // ansible-playbook prints the hosts pattern for a play without a name.
    QString displayName() const { return name.isEmpty() ? hosts : name; }
};

} // namespace antler::playbook
