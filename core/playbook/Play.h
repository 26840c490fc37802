#pragma once

#include "playbook/Role.h"
#include "playbook/SourceLocation.h"
#include "playbook/Task.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace antler::playbook {

// One play: which hosts, with which variables and privileges, run which tasks.
// Sections run in Ansible's order: preTasks, handlers flushed, tasks (which
// begin with one Block per role), handlers flushed, postTasks, handlers
// flushed. Play-level keywords that tasks inherit (tags, environment,
// ignore_errors, no_log, check_mode, diff, any_errors_fatal…) are already
// merged into every task by the parser; become/become_user/vars stay here
// and are applied by the Runner (task, then play, then inventory).
struct Play
{
    QString name;
    // An inventory pattern: a host, a group, all, a:b, a,b, a:&b, a:!b, wildcards.
    QString hosts;
    bool gatherFacts = true;
    std::optional<bool> become;
    // become/become_user may hold templates (become is then kept here, by
    // keyword, and rendered per host when a task runs).
    QString becomeUser;
    QMap<QString, QString> keywordTemplates;
    // vars: as written, values may hold templates.
    QVariantMap vars;
    // vars_files: the absolute paths, in order, loaded at parse time.
    QStringList varsFiles;
    // Their variables merged in order (later files win); above vars in
    // precedence, below role vars.
    QVariantMap varsFromFiles;
    // serial: the batch sizes as written, numbers or "N%" texts (the last one
    // repeats); empty: all hosts in one batch. Each batch runs the whole play.
    QVariantList serial;
    // strategy: free (otherwise linear).
    bool freeStrategy = false;
    // any_errors_fatal: one host failing ends the play for all; unset = false.
    std::optional<bool> anyErrorsFatal;
    // tags written on the play (already inherited by every task).
    QStringList tags;

    QList<Task> preTasks;
    // roles: in order; each role's tasks are also the first Blocks of tasks.
    QList<Role> roles;
    // Every role the play uses, dependencies before the roles needing them
    // (ansible_role_names).
    QStringList allRoleNames;
    // The play's tasks, starting with one Block per role (tagged with the
    // role entry's tags, task.role set on every task inside).
    QList<Task> tasks;
    QList<Task> postTasks;
    // handlers: the play's own, then those of its roles. Matched by name or
    // by listen topic.
    QList<Task> handlers;
    SourceLocation location;

    // ansible-playbook prints the hosts pattern for a play without a name.
    QString displayName() const { return name.isEmpty() ? hosts : name; }
};

} // namespace antler::playbook
