#include "playbook/PlaybookKeywords.h"

#include <QList>

#include <algorithm>

namespace antler::playbook {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const QString &PlaybookKeywords::builtinPrefix()
{
    static const QString prefix = QStringLiteral("ansible.builtin.");
    return prefix;
}

const QString &PlaybookKeywords::legacyPrefix()
{
    static const QString prefix = QStringLiteral("ansible.legacy.");
    return prefix;
}

const QHash<QString, QString> &PlaybookKeywords::refusedPlayKeywords()
{
    static const QHash<QString, QString> keywords = {
        {QStringLiteral("vars_prompt"), tr("prompting is not supported in a headless run; pass the values with -e")},
        {QStringLiteral("max_fail_percentage"),
         tr("a failure percentage is not supported; a batch whose hosts all fail ends the run")},
        {QStringLiteral("connection"), tr("set ansible_connection in the inventory instead")},
        {QStringLiteral("remote_user"), tr("set ansible_user in the inventory instead")},
        {QStringLiteral("port"), tr("set ansible_port in the inventory instead")},
        {QStringLiteral("collections"), tr("only ansible.builtin modules are available")},
        {QStringLiteral("module_defaults"), tr("write the arguments on each task")},
        {QStringLiteral("become_method"), tr("only sudo is supported")},
        {QStringLiteral("become_flags"), tr("only plain sudo is supported")},
        {QStringLiteral("order"), tr("hosts run in inventory order")},
        {QStringLiteral("throttle"), tr("use --forks instead")},
        {QStringLiteral("timeout"), tr("task timeouts are not supported")},
        {QStringLiteral("force_handlers"), tr("it is not supported")},
        {QStringLiteral("gather_subset"), tr("facts are gathered as one set")},
        {QStringLiteral("gather_timeout"), tr("facts are gathered without a timeout")},
        {QStringLiteral("fact_path"), tr("local facts are not supported")},
        {QStringLiteral("debugger"), tr("the task debugger is not supported")},
        {QStringLiteral("ignore_unreachable"), tr("it is not supported")},
        {QStringLiteral("run_once"), tr("write it on the tasks instead")},
        {QStringLiteral("delegate_to"), tr("write it on the tasks instead")},
    };
    return keywords;
}

const QHash<QString, QString> &PlaybookKeywords::refusedTaskKeywords()
{
    static const QHash<QString, QString> keywords = {
        {QStringLiteral("local_action"), tr("write the module as usual and add “delegate_to: localhost”")},
        {QStringLiteral("action"), tr("write the module name as the key, such as “command: uptime”")},
        {QStringLiteral("delegate_facts"), tr("facts always belong to the host the task runs for")},
        {QStringLiteral("become_method"), tr("only sudo is supported")},
        {QStringLiteral("become_flags"), tr("only plain sudo is supported")},
        {QStringLiteral("throttle"), tr("use --forks instead")},
        {QStringLiteral("timeout"), tr("task timeouts are not supported")},
        {QStringLiteral("connection"), tr("set ansible_connection in the inventory instead")},
        {QStringLiteral("remote_user"), tr("set ansible_user in the inventory instead")},
        {QStringLiteral("ignore_unreachable"), tr("it is not supported")},
        {QStringLiteral("debugger"), tr("the task debugger is not supported")},
        {QStringLiteral("module_defaults"), tr("write the arguments on each task")},
        {QStringLiteral("collections"), tr("only ansible.builtin modules are available")},
        {QStringLiteral("port"), tr("set ansible_port in the inventory instead")},
        {QStringLiteral("include"), tr("it was removed from Ansible; use include_tasks or import_tasks")},
        {QStringLiteral("import_playbook"), tr("import_playbook is only allowed at the top level of a playbook")},
    };
    return keywords;
}

const QStringList &PlaybookKeywords::laterModules()
{
    static const QStringList modules = {
        QStringLiteral("script"),
        QStringLiteral("set_fact"),
        QStringLiteral("assert"),
        QStringLiteral("fail"),
        QStringLiteral("pause"),
        QStringLiteral("copy"),
        QStringLiteral("template"),
        QStringLiteral("file"),
        QStringLiteral("lineinfile"),
        QStringLiteral("blockinfile"),
        QStringLiteral("replace"),
        QStringLiteral("stat"),
        QStringLiteral("slurp"),
        QStringLiteral("fetch"),
        QStringLiteral("get_url"),
        QStringLiteral("uri"),
        QStringLiteral("apt"),
        QStringLiteral("apt_repository"),
        QStringLiteral("deb822_repository"),
        QStringLiteral("service"),
        QStringLiteral("systemd"),
        QStringLiteral("systemd_service"),
        QStringLiteral("user"),
        QStringLiteral("group"),
        QStringLiteral("reboot"),
        QStringLiteral("wait_for"),
        QStringLiteral("wait_for_connection"),
        QStringLiteral("unarchive"),
        QStringLiteral("sysctl"),
        QStringLiteral("hostname"),
        QStringLiteral("cron"),
        QStringLiteral("include_vars"),
        QStringLiteral("meta"),
        QStringLiteral("setup"),
        QStringLiteral("gather_facts"),
        QStringLiteral("package"),
        QStringLiteral("pip"),
        QStringLiteral("git"),
        QStringLiteral("add_host"),
        QStringLiteral("group_by"),
        QStringLiteral("find"),
        QStringLiteral("known_hosts"),
        QStringLiteral("expect"),
        QStringLiteral("dnf"),
        QStringLiteral("yum"),
        QStringLiteral("tempfile"),
        QStringLiteral("synchronize"),
        QStringLiteral("archive"),
        QStringLiteral("authorized_key"),
        QStringLiteral("mount"),
        QStringLiteral("debconf"),
        QStringLiteral("dpkg_selections"),
        QStringLiteral("iptables"),
        QStringLiteral("getent"),
        QStringLiteral("package_facts"),
        QStringLiteral("service_facts"),
        QStringLiteral("validate_argument_spec"),
    };
    return modules;
}

const QStringList &PlaybookKeywords::playKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("name"),
        QStringLiteral("hosts"),
        QStringLiteral("gather_facts"),
        QStringLiteral("become"),
        QStringLiteral("become_user"),
        QStringLiteral("vars"),
        QStringLiteral("vars_files"),
        QStringLiteral("pre_tasks"),
        QStringLiteral("roles"),
        QStringLiteral("tasks"),
        QStringLiteral("post_tasks"),
        QStringLiteral("handlers"),
        QStringLiteral("tags"),
        QStringLiteral("environment"),
        QStringLiteral("ignore_errors"),
        QStringLiteral("no_log"),
        QStringLiteral("check_mode"),
        QStringLiteral("diff"),
        QStringLiteral("any_errors_fatal"),
        QStringLiteral("strategy"),
    };
    return keywords;
}

const QStringList &PlaybookKeywords::inheritedKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("when"),
        QStringLiteral("tags"),
        QStringLiteral("vars"),
        QStringLiteral("environment"),
        QStringLiteral("become"),
        QStringLiteral("become_user"),
        QStringLiteral("ignore_errors"),
        QStringLiteral("no_log"),
        QStringLiteral("check_mode"),
        QStringLiteral("diff"),
        QStringLiteral("delegate_to"),
        QStringLiteral("run_once"),
        QStringLiteral("any_errors_fatal"),
    };
    return keywords;
}

const QStringList &PlaybookKeywords::taskOnlyKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("name"),        QStringLiteral("register"),   QStringLiteral("changed_when"),
        QStringLiteral("failed_when"), QStringLiteral("until"),      QStringLiteral("retries"),
        QStringLiteral("delay"),       QStringLiteral("notify"),     QStringLiteral("listen"),
        QStringLiteral("loop"),        QStringLiteral("with_items"), QStringLiteral("loop_control"),
        QStringLiteral("args"),        QStringLiteral("async"),      QStringLiteral("poll"),
    };
    return keywords;
}

const QStringList &PlaybookKeywords::blockKeywords()
{
    static const QStringList keywords = {QStringLiteral("block"), QStringLiteral("rescue"), QStringLiteral("always")};
    return keywords;
}

QString PlaybookKeywords::closest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace antler::playbook
