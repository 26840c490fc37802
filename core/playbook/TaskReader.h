#pragma once

#include "playbook/InheritedKeywords.h"
#include "playbook/Role.h"
#include "playbook/Task.h"
#include "playbook/YamlEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace antler::playbook {

class ModuleArgumentReader;
class RoleLoader;
class YamlReader;

// Reads tasks: a task's keywords, its one module (handing its arguments to
// ModuleArgumentReader), loops and loop_control, blocks, and the task files
// that import_tasks and include_tasks name, including where such a file is
// looked for.
class TaskReader
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    TaskReader(YamlReader &yaml, RoleLoader &roles, ModuleArgumentReader &arguments);

    // A file that holds a list of tasks (import_tasks, include_tasks, a
    // role's tasks/ and handlers/).
    bool readTaskFile(const QString &path, const YAML::Mark &from, const InheritedKeywords &inherited,
                      QList<Task> *tasks, bool handlers);
    // pre_tasks, tasks, post_tasks, handlers, block, rescue, always.
    void readTaskList(const YamlEntry &entry, const InheritedKeywords &inherited, QList<Task> *tasks, bool handlers);

    // Where a task file named by import_tasks / include_tasks is: beside the
    // file being read; for a task of a role, otherwise in the role's tasks/.
    QString resolveTaskFile(const QString &name, const Role &role) const;
    // The same rule for a file name read elsewhere (at run time, for an
    // include_tasks whose name is a template): directory is the including file's.
    static QString taskFilePath(const QString &name, const QString &directory, const Role &role);

private:
    static bool isModuleKey(const QString &key, const QString &shortName);
    bool readTask(const YAML::Node &node, const InheritedKeywords &inherited, Task *task, bool handler);
    // Whether with_PLUGIN is a loop the engine runs (a lookup it has).
    static bool isLoopLookup(const QString &plugin);
    void readLoop(const YamlEntry &entry, Task *task);
    void readLoopControl(const YamlEntry &entry, Task *task);
    bool includeFileName(const YamlEntry &module, const std::optional<YamlEntry> &args, QString *name,
                         YAML::Mark *mark);
    void readImportTasks(const YamlEntry &module, const std::optional<YamlEntry> &args,
                         const QList<YamlEntry> &taskOnly, const InheritedKeywords &inherited,
                         const InheritedKeywords &own, Task *task, bool handler);
    void readIncludeTasks(const YamlEntry &module, const std::optional<YamlEntry> &args,
                          const InheritedKeywords &inherited, const InheritedKeywords &own, Task *task, bool handler);

    YamlReader &m_yaml;
    RoleLoader &m_roles;
    ModuleArgumentReader &m_arguments;
};

} // namespace antler::playbook
