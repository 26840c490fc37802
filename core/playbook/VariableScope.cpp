#include "playbook/VariableScope.h"

#include "playbook/Templar.h"

#include <QFileInfo>

namespace antler::playbook {

namespace {

void merge(QVariantMap &into, const QVariantMap &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

VariableScope::VariableScope(const inventory::Inventory *inventory)
    : m_inventory(inventory)
{
}

void VariableScope::setHostVariable(const QString &host, const QString &name, const QVariant &value)
{
    m_hostVariables[host].insert(name, value);
    m_hostvarsValid = false;
}

void VariableScope::setFact(const QString &host, const QString &name, const QVariant &value)
{
    m_facts[host].insert(name, value);
    m_hostvarsValid = false;
}

void VariableScope::clearFacts(const QString &host)
{
    m_facts.remove(host);
    m_hostvarsValid = false;
}

void VariableScope::recordResult(const QString &host, const Task &task, const TaskResult &result)
{
    if (!task.registerAs.isEmpty()) {
        QVariantMap value = result.registered();
        if (result.isLoop)
            value.remove(QStringLiteral("unreachable"));
        setHostVariable(host, task.registerAs, value);
    }
    if (result.status == TaskResult::Status::Failed || result.status == TaskResult::Status::Unreachable)
        return;
    // include_vars sits just below set_fact in Ansible's precedence; here the
    // later of the two wins.
    const bool variables = task.module == QLatin1String("set_fact") || task.module == QLatin1String("include_vars");
    auto store = [&](const QVariantMap &facts) {
        for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
            if (variables)
                setHostVariable(host, it.key(), it.value());
            else
                setFact(host, it.key(), it.value());
        }
    };
    store(result.data.value(QStringLiteral("ansible_facts")).toMap());
    for (const QVariant &item : result.data.value(QStringLiteral("results")).toList())
        store(item.toMap().value(QStringLiteral("ansible_facts")).toMap());
}

QString VariableScope::templatedName(const QString &name, const Play *play) const
{
    if (!Templar::isTemplate(name))
        return name;
    QVariantMap variables;
    if (play)
        variables = play->vars;
    merge(variables, m_extraVariables);
    QString text;
    QString error;
    return Templar(variables).renderText(name, &text, &error) ? text : name;
}

QString VariableScope::taskName(const Task &task, const Play *play) const
{
    const QString name = templatedName(task.displayName(), play);
    // ansible-playbook names an include_role without the role it is in.
    if (task.role.isValid() && !task.isIncludeRole())
        return task.role.name + QStringLiteral(" : ") + name;
    return name;
}

QVariantMap VariableScope::inventoryVariables(const QString &host) const
{
    auto it = m_inventoryVariables.constFind(host);
    if (it == m_inventoryVariables.cend())
        it = m_inventoryVariables.insert(host, m_inventory->hostVars(host));
    return it.value();
}

const QVariantMap &VariableScope::hostvars() const
{
    if (!m_hostvarsValid) {
        m_hostvars.clear();
        for (const QString &name : m_inventory->hostNames()) {
            QVariantMap vars = inventoryVariables(name);
            merge(vars, m_facts.value(name));
            merge(vars, m_hostVariables.value(name));
            vars.insert(QStringLiteral("inventory_hostname"), name);
            m_hostvars.insert(name, vars);
        }
        m_hostvarsValid = true;
    }
    return m_hostvars;
}

const QVariantMap &VariableScope::groups() const
{
    if (!m_groupsValid) {
        for (const QString &group : m_inventory->groupNames())
            m_groups.insert(group, m_inventory->hostsOf(group));
        m_groupsValid = true;
    }
    return m_groups;
}

QVariantMap VariableScope::ansibleVersion()
{
    return {{QStringLiteral("full"), QStringLiteral("2.14.18")},
            {QStringLiteral("major"), 2},
            {QStringLiteral("minor"), 14},
            {QStringLiteral("revision"), 18},
            {QStringLiteral("string"), QStringLiteral("2.14.18")}};
}

QVariantMap VariableScope::variablesFor(const QString &host, const Play *play, const Task *task,
                                        const QVariantMap &frameVars, const RunState &run) const
{
    QVariantMap variables;
    // Ansible's default private_role_vars=false: every role of the play
    // lends its defaults and vars to the whole play.
    if (play) {
        for (const Role &role : play->roles)
            merge(variables, role.defaults);
    }
    if (task && task->role.isValid())
        merge(variables, task->role.defaults);
    merge(variables, inventoryVariables(host));
    const QVariantMap facts = m_facts.value(host);
    merge(variables, facts);
    QVariantMap namespaced;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        QString key = it.key();
        if (key.startsWith(QLatin1String("ansible_")))
            key = key.mid(8);
        namespaced.insert(key, it.value());
    }
    variables.insert(QStringLiteral("ansible_facts"), namespaced);
    if (play) {
        merge(variables, play->vars);
        merge(variables, play->varsFromFiles);
        for (const Role &role : play->roles)
            merge(variables, role.vars);
    }
    if (task && task->role.isValid()) {
        merge(variables, task->role.vars);
        variables.insert(QStringLiteral("role_name"), task->role.name);
        variables.insert(QStringLiteral("role_path"), task->role.path);
    }
    merge(variables, frameVars);
    if (task)
        merge(variables, task->vars);
    merge(variables, m_hostVariables.value(host));
    if (task && task->role.isValid())
        merge(variables, task->role.params);
    merge(variables, m_extraVariables);

    // Magic variables.
    variables.insert(QStringLiteral("inventory_hostname"), host);
    variables.insert(QStringLiteral("inventory_hostname_short"), host.section(QLatin1Char('.'), 0, 0));
    variables.insert(QStringLiteral("playbook_dir"), QFileInfo(run.playbookPath).absolutePath());
    variables.insert(QStringLiteral("ansible_version"), ansibleVersion());
    variables.insert(QStringLiteral("ansible_forks"), run.forks);
    if (!run.limit.isEmpty())
        variables.insert(QStringLiteral("ansible_limit"), run.limit);
    // The inventory file the hosts come from (none for a -i host list).
    if (const QString source = m_inventory->sourcePath(); !source.isEmpty() && QFileInfo::exists(source)) {
        const QFileInfo info(source);
        variables.insert(QStringLiteral("inventory_file"), info.absoluteFilePath());
        variables.insert(QStringLiteral("inventory_dir"), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
        variables.insert(QStringLiteral("ansible_inventory_sources"), QStringList {info.absoluteFilePath()});
    }
    if (play) {
        QStringList roleNames;
        for (const Role &role : play->roles) {
            if (!roleNames.contains(role.name))
                roleNames.append(role.name);
        }
        variables.insert(QStringLiteral("role_names"), roleNames);
        variables.insert(QStringLiteral("ansible_role_names"), play->allRoleNames);
    }
    variables.insert(QStringLiteral("ansible_check_mode"), run.checkMode);
    variables.insert(QStringLiteral("ansible_diff_mode"), run.diffMode);
    variables.insert(QStringLiteral("ansible_verbosity"), run.verbosity);
    variables.insert(QStringLiteral("ansible_run_tags"), run.onlyTags);
    variables.insert(QStringLiteral("ansible_skip_tags"), run.skipTags);
    if (play)
        variables.insert(QStringLiteral("ansible_play_name"), run.playName);
    variables.insert(QStringLiteral("ansible_play_hosts"), run.activeHosts);
    variables.insert(QStringLiteral("ansible_play_batch"), run.batchHosts);
    variables.insert(QStringLiteral("play_hosts"), run.batchHosts);
    variables.insert(QStringLiteral("ansible_play_hosts_all"), run.playHosts);
    variables.insert(QStringLiteral("groups"), groups());
    QStringList groupNames = m_inventory->groupsOf(host);
    groupNames.removeAll(QStringLiteral("all"));
    groupNames.removeAll(QStringLiteral("ungrouped"));
    groupNames.sort();
    variables.insert(QStringLiteral("group_names"), groupNames);
    variables.insert(QStringLiteral("hostvars"), hostvars());
    return variables;
}

} // namespace antler::playbook
