#pragma once

#include "playbook/Role.h"
#include "playbook/SourceLocation.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace antler::playbook {

// One entry of a task list as written, validated by the PlaybookParser. A
// plain value: the Runner templates its arguments per host when it runs.
//
// Inheritance is resolved by the parser: the keywords a block, an
// import_tasks, a role or a play passes down (when, tags, vars, environment,
// become, become_user, ignore_errors, no_log, check_mode, diff, delegate_to,
// run_once, any_errors_fatal…) are already merged into every task below it,
// so each task carries its effective values and the Runner never walks back
// up. The Block keeps its own values too, for display only.
struct Task
{
    enum class Kind {
        // Runs `module` with `arguments` (this includes meta: flush_handlers,
        // module "meta", arguments {"_raw_params": "flush_handlers"}, and the
        // implicit meta: role_complete the parser ends every use of a role with).
        Module,
        // block/rescue/always. Also what import_tasks and a role become: a
        // block whose children are the imported tasks.
        Block,
        // include_tasks: dynamic, the file is read when the task runs.
        IncludeTasks,
        // include_role with a literal role name and no loop: the role's tasks
        // (its dependencies first) are read at parse time into `block`, but
        // the include's own `when` is evaluated once when it runs, as in
        // Ansible, and is not inherited by the role's tasks.
        IncludeRole,
    };
    enum class LoopKind {
        None,
        // loop: a list, or a template that renders to one.
        Loop,
        // with_items: like loop, but lists inside the list are flattened one level.
        WithItems,
        // with_dict, with_subelements, with_nested, with_together,
        // with_sequence, with_first_found, with_fileglob…: the lookup
        // plugin loopLookup runs over the rendered terms.
        WithLookup,
    };

    Kind kind = Kind::Module;

    // As written; may be empty, and may hold {{ }} templates.
    QString name;
    // The module's short name: command, shell, copy, meta… Empty for blocks.
    QString module;
    // The module key as written, e.g. ansible.builtin.command; ansible-playbook
    // names an unnamed task after it. "include_tasks" / "import_tasks" as
    // written for those kinds.
    QString moduleAsWritten;
    // The module's arguments by their canonical names (aliases replaced);
    // values as written, still holding templates. Free-form text goes into the
    // spec's freeFormArgument ("cmd", "_raw_params"), k=v words into their keys.
    // command/shell also get "argv" when written as a list.
    QVariantMap arguments;

    // Block children (Kind::Block). For Kind::IncludeTasks with a literal file
    // name, `block` holds the file's tasks as validated up front; the Runner
    // may run them instead of reading the file again.
    QList<Task> block;
    QList<Task> rescue;
    QList<Task> always;

    // include_tasks: the file as written (may be a template), and the path it
    // resolves to when it is literal (absolute; empty for a template). A
    // relative name is looked up beside the including file, then in the
    // role's tasks/ folder. The include's own `vars` are passed to its tasks;
    // its `when` applies to the include only, not to the included tasks.
    // include_role: the role's name and the absolute path of its folder.
    QString includeFile;
    QString includePath;
    // import_tasks: the absolute path of the imported file (Kind::Block).
    QString importedFrom;

    // when: every expression (bare Jinja2, no braces) must be true. Literal
    // booleans are stored as "True"/"False". Inherited ones come first.
    QStringList when;
    // The loop: a QVariantList (items may hold templates) or a QString
    // template that renders to a list. Invalid when loopKind is None.
    QVariant loop;
    LoopKind loopKind = LoopKind::None;
    // The lookup plugin of a with_PLUGIN loop (dict, subelements…).
    QString loopLookup;
    // loop_control.loop_var; "item" unless set.
    QString loopVar = QStringLiteral("item");
    // loop_control.label: a template printed instead of the item; empty = item.
    QString loopLabel;
    // loop_control.index_var: the variable holding the 0-based index; empty = none.
    QString loopIndexVar;

    // register: the variable the result is stored in; empty = not stored.
    QString registerAs;
    // changed_when / failed_when: expressions (bare Jinja2); with several, all
    // must hold. Empty = the module decides. Literal true/false become
    // "True"/"False".
    QStringList changedWhen;
    QStringList failedWhen;
    // ignore_errors (effective, inherited).
    bool ignoreErrors = false;
    // until: expressions retried until all hold; retries (default 3) and delay
    // in seconds (default 5) apply only when until is set.
    QStringList until;
    int retries = 3;
    int delay = 5;
    // async: the time limit in seconds (0: the task runs as usual); poll: how
    // often the controller checks on it. With poll 0 the task only starts a
    // background job (command and shell) and reports its ansible_job_id for
    // async_status; above 0 the task runs with the time limit.
    int asyncSeconds = 0;
    int poll = 15;

    // notify: handler names or listen topics (may hold templates).
    QStringList notify;
    // listen: the topics this handler answers to, besides its name (handlers only).
    QStringList listen;
    // tags (effective): own, then inherited from blocks, imports, roles and
    // the play. As in Ansible, a role's tasks carry no implicit tag of the
    // role's name; only tags written on the roles: entry are inherited.
    QStringList tags;

    // become / become_user (effective, inherited); unset = the play's, then
    // the inventory's.
    std::optional<bool> become;
    QString becomeUser;
    // vars (effective): inherited block/import vars, then the task's own on top.
    QVariantMap vars;
    // environment (effective): names to values (may hold templates).
    QVariantMap environment;
    // no_log (effective): results and messages are censored.
    bool noLog = false;
    // check_mode / diff keywords; unset = --check / --diff decide.
    std::optional<bool> checkMode;
    std::optional<bool> diff;
    // delegate_to: the host (may be a template) the module runs on instead.
    QString delegateTo;
    // run_once: run for the first host only, the result applies to all.
    bool runOnce = false;
    // any_errors_fatal on a task or block; unset = the play's.
    std::optional<bool> anyErrorsFatal;
    // The keywords above written as a template (become, ignore_errors,
    // no_log, check_mode, diff, run_once, any_errors_fatal, retries, delay, async, poll),
    // by keyword; TaskKeywords renders them when the task runs, as Ansible
    // does, and a template wins over the field's literal value.
    QMap<QString, QString> keywordTemplates;
    // environment written as templates of whole mappings (outer levels
    // first), rendered when the task runs beneath the literal `environment`.
    QStringList environmentTemplates;

    // The role this task comes from (invalid for play tasks): its name, path,
    // defaults, vars and params, for variables and files/templates lookups.
    Role role;
    // Where the task starts (the first key of its mapping).
    SourceLocation location;

    bool isBlock() const { return kind == Kind::Block; }
    bool isInclude() const { return kind == Kind::IncludeTasks; }
    bool isIncludeRole() const { return kind == Kind::IncludeRole; }
    bool hasLoop() const { return loopKind != LoopKind::None; }
    // meta: flush_handlers and friends; metaAction() says which.
    bool isMeta() const { return kind == Kind::Module && module == QLatin1String("meta"); }
    // The meta action: flush_handlers, noop, end_play, end_host or role_complete.
    QString metaAction() const { return arguments.value(QStringLiteral("_raw_params")).toString(); }
    // The meta: role_complete the parser ends each use of a role with; like
    // Ansible's implicit tasks it is never listed or counted.
    bool isRoleComplete() const { return isMeta() && metaAction() == QLatin1String("role_complete"); }

    // The name ansible-playbook prints in TASK [...] before templating;
    // a role's tasks are printed "ROLE : name" by the printers, not here.
    // An unnamed include_role is "include_role : ROLE", as ansible-playbook prints it.
    QString displayName() const
    {
        if (!name.isEmpty())
            return name;
        return kind == Kind::IncludeRole ? moduleAsWritten + QLatin1String(" : ") + includeFile : moduleAsWritten;
    }
};

} // namespace antler::playbook
