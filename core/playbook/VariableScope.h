#pragma once

#include "inventory/Inventory.h"
#include "playbook/Play.h"
#include "playbook/Task.h"
#include "playbook/TaskResult.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::playbook {

// The variables a task sees on a host, in Ansible's precedence, with the
// magic variables (inventory_hostname, hostvars, groups, ansible_play_hosts…).
// It owns what a run learns per host (facts, set_fact and registered results)
// and builds hostvars and groups once per change, not once per host and task.
class VariableScope
{
public:
    // What the magic variables say about the run and the play.
    struct RunState
    {
        QString playbookPath;
        bool checkMode = false;
        bool diffMode = false;
        int verbosity = 0;
        QStringList onlyTags;
        QStringList skipTags;
        QString playName;
        // All hosts of the play, and those not failed nor unreachable; the
        // latter of the serial batch running now (all of them without serial).
        QStringList playHosts;
        QStringList activeHosts;
        QStringList batchHosts;
        int forks = 5;
        // --limit as given; empty: none.
        QString limit;
    };

    // ansible_version: the ansible-core release whose behaviour the engine
    // follows (full, major, minor, revision, string), so roles that check
    // it take their 2.14 branch.
    static QVariantMap ansibleVersion();

    explicit VariableScope(const inventory::Inventory *inventory);

    void setExtraVariables(const QVariantMap &variables) { m_extraVariables = variables; }
    const QVariantMap &extraVariables() const { return m_extraVariables; }

    // set_fact, include_vars and register.
    void setHostVariable(const QString &host, const QString &name, const QVariant &value);
    // Facts from gather_facts, setup and modules' ansible_facts.
    void setFact(const QString &host, const QString &name, const QVariant &value);
    // What a task's result on host teaches: its register:, the facts and
    // (set_fact, include_vars) variables it returns.
    void recordResult(const QString &host, const Task &task, const TaskResult &result);
    // meta: clear_facts.
    void clearFacts(const QString &host);

    // Ansible's precedence, lowest first: role defaults, inventory (group
    // vars, then host vars), facts, play vars, vars_files, role vars, block
    // and task vars (include vars), set_fact and registered results, role
    // parameters, extra vars; then the magic variables.
    QVariantMap variablesFor(const QString &host, const Play *play, const Task *task, const QVariantMap &frameVars,
                             const RunState &run) const;

    // Task and play names are templated with the play's and the extra
    // variables only, since they are printed once for all hosts; a name that
    // cannot be templated is printed as written, as Ansible does.
    QString templatedName(const QString &name, const Play *play) const;
    // A task's name as the output shows it: templated, after "ROLE : ".
    QString taskName(const Task &task, const Play *play) const;

private:
    QVariantMap inventoryVariables(const QString &host) const;
    const QVariantMap &hostvars() const;
    const QVariantMap &groups() const;

    const inventory::Inventory *m_inventory;
    QVariantMap m_extraVariables;
    QHash<QString, QVariantMap> m_hostVariables; // set_fact and register
    QHash<QString, QVariantMap> m_facts; // ansible_-prefixed
    mutable QHash<QString, QVariantMap> m_inventoryVariables;
    // Built on first use after a change of facts or host variables.
    mutable QVariantMap m_hostvars;
    mutable bool m_hostvarsValid = false;
    mutable QVariantMap m_groups;
    mutable bool m_groupsValid = false;
};

} // namespace antler::playbook
