#include "playbook/TaskReader.h"

#include "playbook/ModuleArgumentReader.h"
#include "playbook/PlaybookKeywords.h"
#include "playbook/PlaybookParser.h"
#include "playbook/RoleLoader.h"
#include "playbook/YamlReader.h"
#include "playbook/YamlValue.h"
#include "playbook/jinja/Lookups.h"
#include "playbook/modules/ModuleRegistry.h"

#include <QDir>
#include <QFileInfo>

namespace antler::playbook {

TaskReader::TaskReader(YamlReader &yaml, RoleLoader &roles, ModuleArgumentReader &arguments)
    : m_yaml(yaml)
    , m_roles(roles)
    , m_arguments(arguments)
{
}

bool TaskReader::readTaskFile(const QString &path, const YAML::Mark &from, const InheritedKeywords &inherited,
                              QList<Task> *tasks, bool handlers)
{
    return m_yaml.withFile(path, from, tr("task file"), [&](const YAML::Node &root) {
        if (root.IsNull())
            return true;
        if (!root.IsSequence()) {
            m_yaml.fail(root.Mark(), tr("a task file must be a list of tasks; start each task with “- name:”."));
            return false;
        }
        const int before = m_yaml.errorCount();
        for (const YAML::Node &node : root) {
            Task task;
            if (readTask(node, inherited, &task, handlers))
                tasks->append(task);
        }
        return m_yaml.errorCount() == before;
    });
}

void TaskReader::readTaskList(const YamlEntry &entry, const InheritedKeywords &inherited, QList<Task> *tasks,
                              bool handlers)
{
    if (entry.value.IsNull())
        return;
    if (!entry.value.IsSequence()) {
        m_yaml.fail(YamlReader::markOf(entry),
                    tr("“%1” must be a list; start each task with “- name:”.").arg(entry.key));
        return;
    }
    for (const YAML::Node &node : entry.value) {
        Task task;
        if (readTask(node, inherited, &task, handlers))
            tasks->append(task);
    }
}

bool TaskReader::isModuleKey(const QString &key, const QString &shortName)
{
    return shortName == key || key.startsWith(PlaybookKeywords::builtinPrefix())
        || key.startsWith(PlaybookKeywords::legacyPrefix());
}

bool TaskReader::readTask(const YAML::Node &node, const InheritedKeywords &inherited, Task *task, bool handler)
{
    const int before = m_yaml.errorCount();
    if (!node.IsMap()) {
        m_yaml.fail(node.Mark(),
                    tr("a task must be a mapping; write it as “- name: …” followed by one "
                       "module such as “command: …”."));
        return false;
    }
    task->location = m_yaml.location(node.Mark());
    InheritedKeywords own;
    std::optional<YamlEntry> module;
    std::optional<YamlEntry> args;
    std::optional<YamlEntry> loopControl;
    std::optional<YamlEntry> pollEntry;
    QList<YamlEntry> blockParts;
    QList<YamlEntry> taskOnly;
    for (const YamlEntry &entry : m_yaml.entries(node)) {
        const QString &key = entry.key;
        const QString shortName = PlaybookParser::shortModuleName(key);
        if (key == QLatin1String("name")) {
            m_yaml.text(entry, &task->name);
        } else if (own.read(m_yaml, entry)) {
        } else if (PlaybookKeywords::blockKeywords().contains(key)) {
            blockParts.append(entry);
        } else if (key == QLatin1String("register")) {
            taskOnly.append(entry);
            if (m_yaml.text(entry, &task->registerAs) && !YamlReader::isIdentifier(task->registerAs)) {
                m_yaml.fail(YamlReader::markOf(entry),
                            tr("“%1” is not a valid variable name for “register”; use "
                               "letters, digits and underscores.")
                                .arg(task->registerAs));
            }
        } else if (key == QLatin1String("changed_when")) {
            taskOnly.append(entry);
            m_yaml.conditions(entry, &task->changedWhen);
        } else if (key == QLatin1String("failed_when")) {
            taskOnly.append(entry);
            m_yaml.conditions(entry, &task->failedWhen);
        } else if (key == QLatin1String("until")) {
            taskOnly.append(entry);
            m_yaml.conditions(entry, &task->until);
        } else if (key == QLatin1String("retries")) {
            taskOnly.append(entry);
            m_yaml.templatedInteger(entry, &task->retries, &task->keywordTemplates);
        } else if (key == QLatin1String("delay")) {
            taskOnly.append(entry);
            m_yaml.templatedInteger(entry, &task->delay, &task->keywordTemplates);
        } else if (key == QLatin1String("async")) {
            taskOnly.append(entry);
            m_yaml.templatedInteger(entry, &task->asyncSeconds, &task->keywordTemplates);
        } else if (key == QLatin1String("poll")) {
            taskOnly.append(entry);
            pollEntry = entry;
            m_yaml.templatedInteger(entry, &task->poll, &task->keywordTemplates);
        } else if (key == QLatin1String("notify")) {
            taskOnly.append(entry);
            m_yaml.textList(entry, &task->notify);
        } else if (key == QLatin1String("listen")) {
            taskOnly.append(entry);
            if (!handler) {
                m_yaml.fail(entry.keyNode.Mark(),
                            tr("“listen” belongs to handlers only; move this task under "
                               "“handlers:” or remove “listen”."));
            } else {
                m_yaml.textList(entry, &task->listen);
            }
        } else if (key == QLatin1String("loop") || key == QLatin1String("with_items")) {
            taskOnly.append(entry);
            if (task->hasLoop()) {
                m_yaml.fail(entry.keyNode.Mark(),
                            tr("this task already has a loop; keep only one of “loop” and "
                               "“with_items”."));
                continue;
            }
            readLoop(entry, task);
        } else if (key == QLatin1String("loop_control")) {
            taskOnly.append(entry);
            loopControl = entry;
        } else if (key == QLatin1String("args")) {
            args = entry;
        } else if (key.startsWith(QLatin1String("with_")) && isLoopLookup(key.mid(5))) {
            taskOnly.append(entry);
            if (task->hasLoop()) {
                m_yaml.fail(entry.keyNode.Mark(),
                            tr("this task already has a loop; keep only one of “loop” and “%1”.").arg(key));
                continue;
            }
            readLoop(entry, task);
        } else if (key.startsWith(QLatin1String("with_"))) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("the loop “%1” is not supported; “loop”, “with_items”, “with_list”, “with_dict”, "
                           "“with_subelements”, “with_nested”, “with_together”, “with_sequence”, "
                           "“with_first_found”, “with_fileglob”, “with_pipe” and “with_template” are, "
                           "so write “loop:” with a list or a template.")
                            .arg(key));
        } else if (PlaybookKeywords::refusedTaskKeywords().contains(key)) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("the task keyword “%1” is not supported by Antler (%2); remove "
                           "it, or run this playbook with ansible-playbook.")
                            .arg(key, PlaybookKeywords::refusedTaskKeywords().value(key)));
        } else if ((shortName == QLatin1String("include_tasks") || shortName == QLatin1String("import_tasks")
                    || shortName == QLatin1String("include_role") || shortName == QLatin1String("import_role")
                    || PlaybookParser::moduleSpec(key) != nullptr)
                   && isModuleKey(key, shortName)) {
            if (module) {
                m_yaml.fail(entry.keyNode.Mark(),
                            tr("this task already runs “%1”; a task runs exactly one "
                               "module, so move “%2” into a task of its own.")
                                .arg(module->key, key));
                continue;
            }
            module = entry;
        } else if (PlaybookKeywords::laterModules().contains(shortName) && isModuleKey(key, shortName)) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("the module “%1” is not supported by this version of Antler; "
                           "use one of %2, or run this playbook with ansible-playbook.")
                            .arg(key, PlaybookParser::supportedModules().join(QLatin1String(", "))));
        } else {
            const QStringList keywords = PlaybookKeywords::taskOnlyKeywords() + PlaybookKeywords::inheritedKeywords()
                + PlaybookKeywords::blockKeywords();
            const QString close = PlaybookKeywords::closest(
                shortName,
                PlaybookParser::supportedModules() + keywords
                    + QStringList {QStringLiteral("include_tasks"), QStringLiteral("import_tasks"),
                                   QStringLiteral("include_role"), QStringLiteral("import_role")});
            m_yaml.fail(
                entry.keyNode.Mark(),
                close.isEmpty()
                    ? tr("“%1” is neither a task keyword nor a module; check its spelling, or use one "
                         "of the modules %2.")
                          .arg(key, PlaybookParser::supportedModules().join(QLatin1String(", ")))
                    : tr("“%1” is neither a task keyword nor a module; check its spelling (did you mean “%2”?).")
                          .arg(key, close));
        }
    }

    if (loopControl)
        readLoopControl(*loopControl, task);
    // Only command and shell run as a background job of their own on the
    // host; every other module runs from the controller, so it cannot be
    // left running when the task ends.
    if (pollEntry && module && task->poll == 0 && !task->keywordTemplates.contains(QStringLiteral("poll"))
        && (task->asyncSeconds > 0 || task->keywordTemplates.contains(QStringLiteral("async")))) {
        const QString shortName = PlaybookParser::shortModuleName(module->key);
        if (shortName != QLatin1String("command") && shortName != QLatin1String("shell")) {
            m_yaml.fail(pollEntry->keyNode.Mark(),
                        tr("“poll: 0” leaves only command and shell tasks running in the background in this "
                           "version, not “%1”; give the task a poll interval such as “poll: 5”, or run this "
                           "playbook with ansible-playbook.")
                            .arg(module->key));
        }
    }
    if (task->retries < 0)
        task->retries = 0;

    const InheritedKeywords effective = own.over(inherited);
    effective.applyTo(task);

    if (!blockParts.isEmpty()) {
        if (module) {
            m_yaml.fail(module->keyNode.Mark(),
                        tr("a block cannot also run “%1”; move the module into a task "
                           "inside the block.")
                            .arg(module->key));
        }
        for (const YamlEntry &entry : taskOnly) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("“%1” cannot be used on a block; write it on the tasks inside "
                           "the block.")
                            .arg(entry.key));
        }
        if (args)
            m_yaml.fail(args->keyNode.Mark(), tr("“args” cannot be used on a block; write it on a task inside."));
        if (handler) {
            m_yaml.fail(node.Mark(),
                        tr("blocks are not supported among handlers; write each handler as a "
                           "task of its own."));
        }
        task->kind = Task::Kind::Block;
        bool hasBlock = false;
        for (const YamlEntry &part : blockParts) {
            QList<Task> *list = part.key == QLatin1String("block") ? &task->block
                : part.key == QLatin1String("rescue")              ? &task->rescue
                                                                   : &task->always;
            hasBlock = hasBlock || part.key == QLatin1String("block");
            readTaskList(part, effective, list, handler);
        }
        if (!hasBlock) {
            m_yaml.fail(node.Mark(),
                        tr("“rescue” and “always” need a “block” beside them; add “block:” with "
                           "the tasks to run first."));
        }
        return m_yaml.errorCount() == before;
    }

    if (!module) {
        if (m_yaml.errorCount() == before) {
            m_yaml.fail(node.Mark(),
                        tr("this task runs no module; add one such as “command: …” or “debug: "
                           "msg=…”."));
        }
        return false;
    }
    task->moduleAsWritten = module->key;
    const QString shortName = PlaybookParser::shortModuleName(module->key);
    if (shortName == QLatin1String("import_tasks")) {
        readImportTasks(*module, args, taskOnly, inherited, own, task, handler);
    } else if (shortName == QLatin1String("include_tasks")) {
        readIncludeTasks(*module, args, inherited, own, task, handler);
    } else if (shortName == QLatin1String("import_role")) {
        m_roles.readImportRole(*module, args, taskOnly, inherited, own, task, handler);
    } else if (shortName == QLatin1String("include_role")) {
        m_roles.readIncludeRole(*module, args, taskOnly, inherited, own, task, handler);
    } else {
        task->module = ModuleRegistry::instance().canonicalName(module->key);
        if (task->module.isEmpty())
            task->module = shortName;
        m_arguments.read(*module, args, task);
    }
    return m_yaml.errorCount() == before;
}

bool TaskReader::isLoopLookup(const QString &plugin)
{
    return plugin == QLatin1String("list") || jinja::Lookups::handles(plugin);
}

void TaskReader::readLoop(const YamlEntry &entry, Task *task)
{
    const bool withItems = entry.key == QLatin1String("with_items");
    task->loopKind = withItems ? Task::LoopKind::WithItems : Task::LoopKind::Loop;
    if (entry.key.startsWith(QLatin1String("with_")) && !withItems && entry.key != QLatin1String("with_list")) {
        // with_PLUGIN: the terms as written (a template, a text or a list,
        // such as with_sequence's "start=1 end=3" or with_dict's mapping);
        // the lookup runs when the task does.
        task->loopKind = Task::LoopKind::WithLookup;
        task->loopLookup = entry.key.mid(5);
        if (entry.value.IsNull()) {
            m_yaml.fail(YamlReader::markOf(entry),
                        tr("“%1” needs terms to loop over; write them after the colon.").arg(entry.key));
            return;
        }
        task->loop = YamlValue::toVariant(entry.value);
        return;
    }
    if (entry.value.IsSequence()) {
        task->loop = YamlValue::toVariant(entry.value);
        return;
    }
    if (entry.value.IsScalar()) {
        const QString written = YamlValue::fromStd(entry.value.Scalar());
        if (YamlReader::isTemplateText(written)) {
            task->loop = written;
        } else if (withItems) {
            task->loop = QVariantList {YamlValue::toVariant(entry.value)};
        } else {
            m_yaml.fail(YamlReader::markOf(entry),
                        tr("“loop” needs a list or a template that gives one, not the text “%1”; "
                           "write “loop: \"{{ %1 }}\"” for a variable or a list below it.")
                            .arg(written));
        }
        return;
    }
    m_yaml.fail(YamlReader::markOf(entry),
                tr("“%1” needs a list or a template that gives one, not %2; write the items one "
                   "per line starting with “- ”.")
                    .arg(entry.key, entry.value.IsMap() ? tr("a mapping") : tr("nothing")));
}

void TaskReader::readLoopControl(const YamlEntry &entry, Task *task)
{
    if (!task->hasLoop()) {
        m_yaml.fail(entry.keyNode.Mark(),
                    tr("“loop_control” needs a loop on the same task; add “loop:” or remove "
                       "“loop_control”."));
        return;
    }
    if (!entry.value.IsMap()) {
        m_yaml.fail(YamlReader::markOf(entry),
                    tr("“loop_control” must be a mapping; write “loop_var:”, “label:” or "
                       "“index_var:” below it."));
        return;
    }
    for (const YamlEntry &key : m_yaml.entries(entry.value)) {
        if (key.key == QLatin1String("loop_var") || key.key == QLatin1String("index_var")) {
            QString name;
            if (!m_yaml.text(key, &name))
                continue;
            if (!YamlReader::isIdentifier(name)) {
                m_yaml.fail(YamlReader::markOf(key),
                            tr("“%1” is not a valid variable name for “%2”; use letters, digits and "
                               "underscores.")
                                .arg(name, key.key));
                continue;
            }
            (key.key == QLatin1String("loop_var") ? task->loopVar : task->loopIndexVar) = name;
        } else if (key.key == QLatin1String("label")) {
            m_yaml.text(key, &task->loopLabel);
        } else if (key.key == QLatin1String("pause") || key.key == QLatin1String("extended")
                   || key.key == QLatin1String("extended_allitems")) {
            m_yaml.fail(key.keyNode.Mark(),
                        tr("loop_control “%1” is not supported; remove it (loop_var, label "
                           "and index_var are).")
                            .arg(key.key));
        } else {
            m_yaml.fail(key.keyNode.Mark(),
                        tr("“%1” is not a loop_control keyword; use loop_var, label or "
                           "index_var.")
                            .arg(key.key));
        }
    }
}

// import_tasks: FILE, or import_tasks: {file: FILE}; the file name must be
// literal, its tasks are read now and become a block.
bool TaskReader::includeFileName(const YamlEntry &module, const std::optional<YamlEntry> &args, QString *name,
                                 YAML::Mark *mark)
{
    *mark = YamlReader::markOf(module);
    auto fromMap = [&](const YAML::Node &map) {
        for (const YamlEntry &key : m_yaml.entries(map)) {
            if (key.key == QLatin1String("file") || key.key == QLatin1String("_raw_params")) {
                m_yaml.text(key, name);
                *mark = YamlReader::markOf(key);
            } else if (key.key == QLatin1String("apply")) {
                m_yaml.fail(key.keyNode.Mark(),
                            tr("“apply” is not supported; put the keywords on the tasks of "
                               "the included file, or use import_tasks."));
            } else {
                m_yaml.fail(key.keyNode.Mark(), tr("“%1” has no argument “%2”; use “file”.").arg(module.key, key.key));
            }
        }
    };
    if (module.value.IsScalar())
        *name = YamlValue::fromStd(module.value.Scalar());
    else if (module.value.IsMap())
        fromMap(module.value);
    else if (!module.value.IsNull())
        m_yaml.fail(YamlReader::markOf(module), tr("“%1” takes a file name; write “%1: FILE.yml”.").arg(module.key));
    if (args) {
        if (args->value.IsMap())
            fromMap(args->value);
        else
            m_yaml.fail(YamlReader::markOf(*args), tr("“args” must be a mapping of argument names to values."));
    }
    if (name->trimmed().isEmpty()) {
        m_yaml.fail(YamlReader::markOf(module), tr("“%1” names no file; write “%1: FILE.yml”.").arg(module.key));
        return false;
    }
    return true;
}

QString TaskReader::resolveTaskFile(const QString &name, const Role &role) const
{
    return taskFilePath(name, m_yaml.directory(), role);
}

QString TaskReader::taskFilePath(const QString &name, const QString &directory, const Role &role)
{
    if (QFileInfo(name).isAbsolute())
        return name;
    const QString beside = QDir(directory).absoluteFilePath(name);
    if (QFileInfo::exists(beside) || !role.isValid())
        return QDir::cleanPath(beside);
    const QString inRole = role.path + QLatin1String("/tasks/") + name;
    return QFileInfo::exists(inRole) ? inRole : QDir::cleanPath(beside);
}

void TaskReader::readImportTasks(const YamlEntry &module, const std::optional<YamlEntry> &args,
                                 const QList<YamlEntry> &taskOnly, const InheritedKeywords &inherited,
                                 const InheritedKeywords &own, Task *task, bool handler)
{
    for (const YamlEntry &entry : taskOnly) {
        m_yaml.fail(entry.keyNode.Mark(),
                    tr("“%1” cannot be used on import_tasks, which only inlines a file; use "
                       "include_tasks, or write it on the imported tasks.")
                        .arg(entry.key));
    }
    QString name;
    YAML::Mark mark;
    if (!includeFileName(module, args, &name, &mark))
        return;
    if (YamlReader::isTemplateText(name)) {
        m_yaml.fail(mark,
                    tr("the file name of import_tasks is a template, which is read before any variable "
                       "exists; write the name as plain text, or use include_tasks."));
        return;
    }
    task->kind = Task::Kind::Block;
    task->importedFrom = resolveTaskFile(name, inherited.role);
    readTaskFile(task->importedFrom, mark, own.over(inherited), &task->block, handler);
}

void TaskReader::readIncludeTasks(const YamlEntry &module, const std::optional<YamlEntry> &args,
                                  const InheritedKeywords &inherited, const InheritedKeywords &own, Task *task,
                                  bool handler)
{
    if (handler) {
        m_yaml.fail(module.keyNode.Mark(),
                    tr("include_tasks is not supported among handlers; write each handler "
                       "as a task of its own."));
        return;
    }
    QString name;
    YAML::Mark mark;
    if (!includeFileName(module, args, &name, &mark))
        return;
    task->kind = Task::Kind::IncludeTasks;
    task->module = QStringLiteral("include_tasks");
    task->includeFile = name;
    if (YamlReader::isTemplateText(name))
        return;
    // A literal name is validated now; its tasks get the include's vars
    // (and what the levels above pass down), not its when or tags.
    task->includePath = resolveTaskFile(name, inherited.role);
    const InheritedKeywords passed = InheritedKeywords::passedByInclude(own);
    readTaskFile(task->includePath, mark, passed.over(inherited), &task->block, false);
}

} // namespace antler::playbook
