#include "playbook/RoleLoader.h"

#include "inventory/Dict.h"
#include "playbook/KeyValueWords.h"
#include "playbook/PlaybookKeywords.h"
#include "playbook/TaskReader.h"
#include "playbook/YamlReader.h"
#include "playbook/YamlValue.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <utility>

namespace antler::playbook {

RoleLoader::RoleLoader(YamlReader &yaml)
    : m_yaml(yaml)
{
}

void RoleLoader::beginPlay(Play *play, const InheritedKeywords &playLevel, const QString &directory)
{
    m_play = play;
    m_playLevel = playLevel;
    m_playDirectory = directory;
    m_handlerFiles.clear();
    m_roleChain.clear();
}

// Where a role is looked for, in Ansible's order: roles/ beside the
// playbook the play is written in (an imported playbook's own folder); the
// configured roles_path; for a dependency, the roles/ folder
// the depending role lives in; the playbook's folder itself.
QString RoleLoader::findRole(const QString &name, const QString &besideFolder, QStringList *searched) const
{
    const QString base = m_playDirectory.isEmpty() ? m_yaml.directory() : m_playDirectory;
    QStringList candidates;
    if (QFileInfo(name).isAbsolute()) {
        candidates.append(QDir::cleanPath(name));
    } else {
        candidates.append(QDir::cleanPath(base + QLatin1String("/roles/") + name));
        for (const QString &folder : m_rolesPath)
            candidates.append(QDir::cleanPath(folder + QLatin1Char('/') + name));
        if (!besideFolder.isEmpty())
            candidates.append(QDir::cleanPath(besideFolder + QLatin1Char('/') + name));
        candidates.append(QDir::cleanPath(base + QLatin1Char('/') + name));
    }
    candidates.removeDuplicates();
    *searched = candidates;
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isDir())
            return candidate;
    }
    return QString();
}

QString RoleLoader::mainFile(const QString &folder)
{
    for (const QLatin1String name : {QLatin1String("main.yml"), QLatin1String("main.yaml"), QLatin1String("main")}) {
        const QString path = folder + QLatin1Char('/') + name;
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

// The file of a role's tasks/, vars/, defaults/ or handlers/ folder:
// main.yml, or the one FOLDER_from names (as written, or with .yml,
// .yaml or .json). Empty and true when the role has none; false (and
// an error) when the named one does not exist.
bool RoleLoader::roleFile(const RoleEntry &entry, const QString &folder, QString *path)
{
    const QString directory = entry.role.path + QLatin1Char('/') + folder;
    const QString from = entry.fromFiles.value(folder).toString();
    if (from.isEmpty()) {
        *path = mainFile(directory);
        return true;
    }
    QStringList tried;
    for (const QLatin1String extension :
         {QLatin1String(""), QLatin1String(".yml"), QLatin1String(".yaml"), QLatin1String(".json")}) {
        const QString candidate = QDir::cleanPath(directory + QLatin1Char('/') + from + extension);
        tried.append(candidate);
        if (QFileInfo(candidate).isFile()) {
            *path = candidate;
            return true;
        }
    }
    m_yaml.fail(entry.fromMarks.value(folder, entry.nameMark),
                tr("the role “%1” has no %2 file “%3” (looked for %4); create it or fix “%2_from”.")
                    .arg(entry.role.name, folder, from, tried.join(QLatin1String(", "))));
    return false;
}

bool RoleLoader::roleVariables(const QString &path, const YAML::Mark &from, QVariantMap *vars)
{
    if (path.isEmpty())
        return true;
    return m_yaml.withFile(path, from, tr("role variables file"), [&](const YAML::Node &root) {
        if (root.IsNull())
            return true;
        if (!root.IsMap()) {
            m_yaml.fail(root.Mark(),
                        tr("a role's defaults and vars must be a mapping of variable names to "
                           "values; write one “name: value” per line."));
            return false;
        }
        return m_yaml.variables(YamlEntry {QStringLiteral("vars"), YAML::Node(), root}, vars);
    });
}

// An entry of roles: or of dependencies:: "- NAME" or "- role: NAME"
// with vars:, keywords (when, tags, become…) and parameters.
bool RoleLoader::readRoleEntry(const YAML::Node &item, const QString &list, RoleEntry *use)
{
    Role &role = use->role;
    role.location = m_yaml.location(item.Mark());
    use->nameMark = item.Mark();
    if (item.IsScalar()) {
        role.name = YamlValue::fromStd(item.Scalar());
    } else if (item.IsMap()) {
        for (const YamlEntry &key : m_yaml.entries(item)) {
            if (key.key == QLatin1String("role") || key.key == QLatin1String("name")) {
                if (!role.name.isEmpty()) {
                    m_yaml.fail(key.keyNode.Mark(),
                                tr("this role entry names its role twice; keep only "
                                   "“role:”."));
                    continue;
                }
                m_yaml.text(key, &role.name);
                use->nameMark = YamlReader::markOf(key);
            } else if (key.key == QLatin1String("vars")) {
                m_yaml.variables(key, &use->vars);
            } else if (key.key == QLatin1String("delegate_to") || key.key == QLatin1String("run_once")) {
                m_yaml.fail(key.keyNode.Mark(),
                            tr("“%1” is not supported on a role; write it on the "
                               "role's tasks instead.")
                                .arg(key.key));
            } else if (use->own.read(m_yaml, key)) {
            } else {
                // Any other key is a role parameter, as in Ansible.
                if (!YamlReader::isIdentifier(key.key)) {
                    m_yaml.fail(key.keyNode.Mark(),
                                tr("“%1” is neither a role keyword nor a valid "
                                   "parameter name; use letters, digits and "
                                   "underscores.")
                                    .arg(key.key));
                    continue;
                }
                use->params.insert(key.key, YamlValue::toVariant(key.value));
            }
        }
    } else {
        m_yaml.fail(item.Mark(),
                    tr("each entry of “%1” must be a role name or a mapping with “role:”; "
                       "write “- NAME” or “- role: NAME”.")
                        .arg(list));
        return false;
    }
    if (role.name.isEmpty()) {
        m_yaml.fail(item.Mark(), tr("this role entry has no role name; add “role: NAME”."));
        return false;
    }
    if (YamlReader::isTemplateText(role.name)) {
        m_yaml.fail(use->nameMark,
                    tr("the role name “%1” is a template, which is read before any variable "
                       "exists; write the role name as plain text.")
                        .arg(role.name));
        return false;
    }
    // The entry's parameters sit above registered variables; its vars:
    // are role variables, visible to the whole play as in Ansible.
    role.params = use->params;
    return true;
}

// Ansible's ROLE_CACHE key: two uses with the same name, parameters,
// vars, when, tags and *_from files, both from roles:/dependencies or both
// from import_role/include_role, are one role, run once per host.
QString RoleLoader::roleIdentity(const RoleEntry &use)
{
    const QVariantMap key = {
        {QStringLiteral("params"), use.params},        {QStringLiteral("vars"), use.vars},
        {QStringLiteral("when"), use.own.when},        {QStringLiteral("tags"), use.own.tags},
        {QStringLiteral("from_files"), use.fromFiles}, {QStringLiteral("from_include"), use.fromInclude},
    };
    return use.role.name + QLatin1Char('\n')
        + QString::fromUtf8(QJsonDocument::fromVariant(inventory::Dict::plain(key)).toJson(QJsonDocument::Compact));
}

void RoleLoader::merge(QVariantMap *into, const QVariantMap &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into->insert(it.key(), it.value());
}

// Appends one use of a role to *out as a Block: its dependencies' uses
// first (depth first), then its tasks, then the implicit meta:
// role_complete that marks it done per host, so a later use with the
// same identity is skipped as in Ansible.
//   context: what the levels above pass down (the play; for import_role
//     the import task and its blocks; for a dependency the depending
//     role's level). The entry's own keywords go on top.
//   contextWhen: the conditions that also guard role_complete, which in
//     Ansible are the entry's own and those outside any role, never the
//     depending roles'.
//   besideFolder: for a dependency, the roles/ folder of the depending role.
//   listedInPlay: roles: and import_role: the role's defaults and vars
//     become visible to the whole play (private_role_vars=false).
bool RoleLoader::useRole(RoleEntry use, const InheritedKeywords &context, const QStringList &contextWhen,
                         const QString &besideFolder, bool listedInPlay, QList<Task> *out, RoleExports *exports)
{
    Role &role = use.role;
    QStringList searched;
    role.path = findRole(role.name, besideFolder, &searched);
    if (role.path.isEmpty()) {
        m_yaml.fail(use.nameMark,
                    tr("the role “%1” was not found (looked in %2); create roles/%1/tasks/main.yml "
                       "beside the playbook or fix the name.")
                        .arg(role.name, searched.join(QLatin1String(", "))));
        return false;
    }
    for (qsizetype i = 0; i < m_roleChain.size(); ++i) {
        if (m_roleChain.at(i).path != role.path)
            continue;
        QStringList names;
        for (qsizetype j = i; j < m_roleChain.size(); ++j)
            names.append(m_roleChain.at(j).name);
        names.append(role.name);
        m_yaml.fail(use.nameMark,
                    tr("the role “%1” depends on itself through %2; remove the dependency or "
                       "import_role that closes the loop.")
                        .arg(role.name, names.join(QStringLiteral(" → "))));
        return false;
    }
    const int before = m_yaml.errorCount();

    // The role's own defaults and vars come first: its dependencies
    // see them too (Ansible's dependency chain). Its variables are the
    // entry's vars: with vars/main.yml on top, as in Ansible.
    QVariantMap ownDefaults;
    QVariantMap ownVars = use.vars;
    QString path;
    if (roleFile(use, QStringLiteral("defaults"), &path))
        roleVariables(path, use.nameMark, &ownDefaults);
    if (roleFile(use, QStringLiteral("vars"), &path))
        roleVariables(path, use.nameMark, &ownVars);
    Role link = role;
    link.defaults = ownDefaults;
    link.vars = ownVars;
    m_roleChain.append(link);

    InheritedKeywords level = use.own.over(context);
    bool allowDuplicates = false;
    QList<Task> dependencyTasks;
    RoleExports fromDependencies;
    if (const QString meta = mainFile(role.path + QLatin1String("/meta")); !meta.isEmpty()) {
        m_yaml.withFile(meta, use.nameMark, tr("role meta file"), [&](const YAML::Node &root) {
            if (root.IsNull())
                return true;
            if (!root.IsMap()) {
                m_yaml.fail(root.Mark(),
                            tr("a role's meta/main.yml must be a mapping; write “dependencies:” and "
                               "“allow_duplicates:” at the top level."));
                return false;
            }
            for (const YamlEntry &key : m_yaml.entries(root)) {
                if (key.key == QLatin1String("allow_duplicates")) {
                    m_yaml.boolean(key, &allowDuplicates);
                } else if (key.key == QLatin1String("dependencies")) {
                    if (key.value.IsNull())
                        continue;
                    if (!key.value.IsSequence()) {
                        m_yaml.fail(YamlReader::markOf(key),
                                    tr("“dependencies” must be a list of roles; write one per line "
                                       "starting with “- ”, as under a play's “roles:”."));
                        continue;
                    }
                    for (const YAML::Node &item : key.value) {
                        RoleEntry dependency;
                        if (!readRoleEntry(item, QStringLiteral("dependencies"), &dependency))
                            continue;
                        RoleExports lent;
                        if (useRole(dependency, level, contextWhen, QFileInfo(role.path).absolutePath(), false,
                                    &dependencyTasks, &lent)) {
                            merge(&fromDependencies.defaults, lent.defaults);
                            merge(&fromDependencies.vars, lent.vars);
                        }
                    }
                }
                // galaxy_info, argument_specs and the rest describe the role; they run nothing.
            }
            return true;
        });
    }

    // import_role / include_role set it themselves (default true), over meta/main.yml.
    role.allowDuplicates = use.allowDuplicates.value_or(use.fromInclude || allowDuplicates);
    role.identity = roleIdentity(use);
    // What the role's tasks see, as Ansible's get_default_vars,
    // get_vars and get_role_params with the dependency chain: the
    // dependencies' values, the depending roles', then the role's own.
    const QList<Role> parents = m_roleChain.mid(0, m_roleChain.size() - 1);
    role.defaults = fromDependencies.defaults;
    role.vars.clear();
    QVariantMap params;
    for (const Role &parent : parents) {
        merge(&role.defaults, parent.defaults);
        merge(&role.vars, parent.vars);
        merge(&params, parent.params);
    }
    merge(&role.defaults, ownDefaults);
    merge(&role.vars, fromDependencies.vars);
    merge(&role.vars, ownVars);
    merge(&params, role.params);
    role.params = params;
    RoleExports lent;
    lent.defaults = fromDependencies.defaults;
    merge(&lent.defaults, ownDefaults);
    lent.vars = fromDependencies.vars;
    merge(&lent.vars, ownVars);
    if (exports)
        *exports = lent;

    level.role = role;
    Task block;
    block.kind = Task::Kind::Block;
    block.name = role.name;
    block.location = role.location;
    level.applyTo(&block);
    block.block = dependencyTasks;
    if (roleFile(use, QStringLiteral("tasks"), &path) && !path.isEmpty())
        m_tasks->readTaskFile(path, use.nameMark, level, &block.block, false);

    Task complete;
    complete.module = QStringLiteral("meta");
    complete.moduleAsWritten = QStringLiteral("meta");
    complete.arguments.insert(QStringLiteral("_raw_params"), QStringLiteral("role_complete"));
    complete.when = contextWhen + use.own.when;
    complete.tags = QStringList {QStringLiteral("always")};
    complete.role = role;
    complete.location = role.location;
    block.block.append(complete);

    // The handlers of a role (and of each of its dependencies) are added
    // to the play once, however often the role is used.
    if (roleFile(use, QStringLiteral("handlers"), &path) && !path.isEmpty() && m_play
        && !m_handlerFiles.contains(path)) {
        m_handlerFiles.insert(path);
        InheritedKeywords handlerLevel = m_playLevel;
        handlerLevel.role = role;
        m_tasks->readTaskFile(path, use.nameMark, handlerLevel, &m_play->handlers, true);
    }
    m_roleChain.removeLast();
    if (m_play && !m_play->allRoleNames.contains(role.name))
        m_play->allRoleNames.append(role.name);

    if (listedInPlay && m_play) {
        Role visible = role;
        visible.defaults = lent.defaults;
        visible.vars = lent.vars;
        m_play->roles.append(visible);
    }
    out->append(block);
    return m_yaml.errorCount() == before;
}

void RoleLoader::readRoles(const YamlEntry &entry, const InheritedKeywords &playLevel, Play *play)
{
    if (entry.value.IsNull())
        return;
    if (!entry.value.IsSequence()) {
        m_yaml.fail(YamlReader::markOf(entry),
                    tr("“roles” must be a list of role names; write one per line starting with "
                       "“- ”."));
        return;
    }
    QList<Task> blocks;
    for (const YAML::Node &item : entry.value) {
        RoleEntry use;
        if (readRoleEntry(item, QStringLiteral("roles"), &use))
            useRole(use, playLevel, playLevel.when, QString(), true, &blocks);
    }
    play->tasks = blocks + play->tasks;
}

// import_role / include_role arguments, as a mapping or as k=v words:
// name (or role), tasks_from, vars_from, defaults_from, handlers_from,
// allow_duplicates, rolespec_validate; public for include_role.
bool RoleLoader::readRoleArguments(const YamlEntry &module, const std::optional<YamlEntry> &args, bool include,
                                   RoleEntry *use, bool *isPublic)
{
    struct Argument
    {
        QString key;
        QVariant value;
        bool scalar = true;
        YAML::Mark keyMark;
        YAML::Mark mark;
    };
    QList<Argument> arguments;
    auto fromMap = [&](const YAML::Node &map) {
        for (const YamlEntry &key : m_yaml.entries(map))
            arguments.append(Argument {key.key, YamlValue::toVariant(key.value),
                                       key.value.IsScalar() || key.value.IsNull(), key.keyNode.Mark(),
                                       YamlReader::markOf(key)});
    };
    if (module.value.IsScalar()) {
        QStringList words;
        QString error;
        if (!KeyValueWords::split(YamlValue::fromStd(module.value.Scalar()), &words, &error)) {
            m_yaml.fail(YamlReader::markOf(module),
                        tr("the arguments of “%1” cannot be read (%2); write them as a mapping on "
                           "the next lines, indented.")
                            .arg(module.key, error));
            return false;
        }
        for (const QString &word : std::as_const(words)) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                m_yaml.fail(YamlReader::markOf(module),
                            tr("“%1” takes key=value words on its line, and “%2” is not one; write "
                               "“%1:” with “name: ROLE” on the next line, indented.")
                                .arg(module.key, word));
                return false;
            }
            arguments.append(Argument {word.left(equals), YamlValue::fromPlainScalar(word.mid(equals + 1)), true,
                                       YamlReader::markOf(module), YamlReader::markOf(module)});
        }
    } else if (module.value.IsMap()) {
        fromMap(module.value);
    } else if (!module.value.IsNull()) {
        m_yaml.fail(YamlReader::markOf(module),
                    tr("the arguments of “%1” must be a mapping, not a list; write “name: ROLE” on the "
                       "next line, indented.")
                        .arg(module.key));
        return false;
    }
    if (args) {
        if (args->value.IsMap())
            fromMap(args->value);
        else
            m_yaml.fail(YamlReader::markOf(*args), tr("“args” must be a mapping of argument names to values."));
    }

    const int before = m_yaml.errorCount();
    use->fromInclude = true;
    use->nameMark = YamlReader::markOf(module);
    for (const Argument &argument : std::as_const(arguments)) {
        const QString &key = argument.key;
        const QString written = argument.scalar ? argument.value.toString() : QString();
        auto plainText = [&](QString *out) {
            if (!argument.scalar || argument.value.isNull() || written.isEmpty()) {
                m_yaml.fail(argument.mark,
                            tr("“%1” of “%2” must be a name; write it on the same line.").arg(key, module.key));
                return false;
            }
            *out = written;
            return true;
        };
        if (key == QLatin1String("name") || key == QLatin1String("role")) {
            if (!use->role.name.isEmpty()) {
                m_yaml.fail(argument.keyMark, tr("“%1” names its role twice; keep only “name”.").arg(module.key));
                continue;
            }
            if (!plainText(&use->role.name))
                continue;
            use->nameMark = argument.mark;
            if (YamlReader::isTemplateText(use->role.name)) {
                m_yaml.fail(argument.mark,
                            include ? tr("the role name of include_role is a template, which this version does not "
                                         "resolve; write the role name as plain text, with one include_role and a "
                                         "“when:” for each role it may be.")
                                    : tr("the role name of import_role is a template, which is read before any "
                                         "variable exists; write the role name as plain text."));
            }
        } else if (key == QLatin1String("tasks_from") || key == QLatin1String("vars_from")
                   || key == QLatin1String("defaults_from") || key == QLatin1String("handlers_from")) {
            QString file;
            if (!plainText(&file))
                continue;
            if (YamlReader::isTemplateText(file)) {
                m_yaml.fail(argument.mark,
                            tr("“%1” is a template, which this version does not resolve for “%2”; "
                               "write the file name as plain text.")
                                .arg(key, module.key));
                continue;
            }
            use->fromFiles.insert(key.chopped(5), file);
            use->fromMarks.insert(key.chopped(5), argument.mark);
        } else if (key == QLatin1String("allow_duplicates") || key == QLatin1String("rolespec_validate")
                   || (key == QLatin1String("public") && include)) {
            bool value = false;
            if (!argument.scalar || !YamlValue::parseBool(written, &value)) {
                m_yaml.fail(argument.mark,
                            tr("“%1” of “%2” must be true or false; write one of them.").arg(key, module.key));
                continue;
            }
            if (key == QLatin1String("allow_duplicates"))
                use->allowDuplicates = value;
            else if (key == QLatin1String("public") && isPublic)
                *isPublic = value;
            // rolespec_validate: argument specs are not checked in this version.
        } else if (key == QLatin1String("public")) {
            m_yaml.fail(argument.keyMark,
                        tr("“public” belongs to include_role; import_role always makes the role's "
                           "variables visible to the play, so remove it."));
        } else if (key == QLatin1String("apply")) {
            m_yaml.fail(argument.keyMark,
                        include ? tr("“apply” of include_role is not supported; write the keywords on "
                                     "the role's tasks, or use import_role, which passes its "
                                     "keywords down.")
                                : tr("“apply” belongs to include_role; write the keywords on the "
                                     "import_role task itself, which passes them down."));
        } else {
            QStringList valid {QStringLiteral("name"),
                               QStringLiteral("tasks_from"),
                               QStringLiteral("vars_from"),
                               QStringLiteral("defaults_from"),
                               QStringLiteral("handlers_from"),
                               QStringLiteral("allow_duplicates"),
                               QStringLiteral("rolespec_validate")};
            if (include)
                valid.append(QStringLiteral("public"));
            const QString close = PlaybookKeywords::closest(key, valid);
            m_yaml.fail(argument.keyMark,
                        close.isEmpty() ? tr("“%1” has no argument “%2”; use one of: %3.")
                                              .arg(module.key, key, valid.join(QLatin1String(", ")))
                                        : tr("“%1” has no argument “%2”; did you mean “%3”? Valid are: %4.")
                                              .arg(module.key, key, close, valid.join(QLatin1String(", "))));
        }
    }
    if (use->role.name.isEmpty() && m_yaml.errorCount() == before) {
        m_yaml.fail(YamlReader::markOf(module),
                    tr("“%1” needs the argument “name” with the role to use; add “name: ROLE” below "
                       "it.")
                        .arg(module.key));
    }
    return m_yaml.errorCount() == before;
}

// import_role: the role is read now and its tasks inlined as a block,
// with the import's keywords (when, tags, become, vars…) passed down, as
// for a role listed under roles:.
void RoleLoader::readImportRole(const YamlEntry &module, const std::optional<YamlEntry> &args,
                                const QList<YamlEntry> &taskOnly, const InheritedKeywords &inherited,
                                const InheritedKeywords &own, Task *task, bool handler)
{
    if (handler) {
        m_yaml.fail(module.keyNode.Mark(),
                    tr("import_role is not supported among handlers; list the role under the "
                       "play's “roles:”, which adds its handlers."));
        return;
    }
    for (const YamlEntry &entry : taskOnly) {
        m_yaml.fail(entry.keyNode.Mark(),
                    tr("“%1” cannot be used on import_role, which only inlines the role's tasks; "
                       "write it on the role's tasks instead.")
                        .arg(entry.key));
    }
    RoleEntry use;
    if (!readRoleArguments(module, args, false, &use))
        return;
    use.role.location = task->location;
    use.vars = own.vars;
    task->kind = Task::Kind::Block;
    const InheritedKeywords context = own.over(inherited);
    useRole(use, context, context.when, QString(), true, &task->block);
}

// include_role with a literal name and no loop: the role is read now,
// but the include's when is evaluated once, when it runs (Kind::
// IncludeRole). As in Ansible, the include's keywords other than vars
// (when, tags, become, ignore_errors…) apply to the include only; its
// tasks inherit from the levels above it.
void RoleLoader::readIncludeRole(const YamlEntry &module, const std::optional<YamlEntry> &args,
                                 const QList<YamlEntry> &taskOnly, const InheritedKeywords &inherited,
                                 const InheritedKeywords &own, Task *task, bool handler)
{
    if (handler) {
        m_yaml.fail(module.keyNode.Mark(),
                    tr("include_role is not supported among handlers; list the role under the "
                       "play's “roles:”, which adds its handlers."));
        return;
    }
    for (const YamlEntry &entry : taskOnly) {
        if (entry.key == QLatin1String("loop") || entry.key == QLatin1String("with_items")
            || entry.key == QLatin1String("loop_control")) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("a loop on include_role is not supported in this version; write one "
                           "include_role per item with its vars, or loop inside the role's "
                           "tasks."));
        } else {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("“%1” cannot be used on include_role; write it on the role's tasks "
                           "instead.")
                            .arg(entry.key));
        }
    }
    RoleEntry use;
    bool isPublic = false;
    if (!readRoleArguments(module, args, true, &use, &isPublic) || !taskOnly.isEmpty())
        return;
    use.role.location = task->location;
    use.vars = own.vars;
    task->kind = Task::Kind::IncludeRole;
    task->module = QStringLiteral("include_role");
    task->includeFile = use.role.name;
    InheritedKeywords passed;
    passed.vars = own.vars;
    // public: the role's variables are visible to the whole play here,
    // not only to the tasks after the include as in Ansible.
    if (useRole(use, passed.over(inherited), inherited.when, QString(), isPublic, &task->block))
        task->includePath = task->block.constLast().role.path;
}

} // namespace antler::playbook
