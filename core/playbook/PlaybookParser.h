#pragma once

#include "playbook/Playbook.h"
#include "playbook/PlaybookError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace antler::playbook {

struct ModuleSpec;

// Reads a playbook with yaml-cpp, keeping the position of every node, and
// validates all of it before anything runs: the playbook, every file it
// imports (import_playbook, import_tasks, include_tasks with a literal name,
// vars_files) and every role it uses (under roles:, through import_role or
// include_role with a literal name, and their meta/main.yml dependencies,
// depth first). Every unknown keyword or module, every
// unsupported feature, every bad argument name and every literal of the wrong
// type becomes one PlaybookError, and parsing goes on to report the rest, so
// a user fixes them all in one pass and no host is touched by a half-valid
// playbook. Module names and arguments are checked against ModuleRegistry.
class PlaybookParser
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    // True and *playbook filled when the file is valid; otherwise false and
    // every problem appended to *errors, in the order they appear.
    // rolesPath: the configured roles_path (ansible.cfg), searched for roles
    // after roles/ beside the playbook.
    static bool parseFile(const QString &path, Playbook *playbook, QList<PlaybookError> *errors,
                          const QStringList &rolesPath = {});
    // sourceName is the name errors give for the data, usually its path;
    // relative files (roles, imports, vars_files) are looked up beside it.
    static bool parseData(const QByteArray &data, const QString &sourceName, Playbook *playbook,
                          QList<PlaybookError> *errors, const QStringList &rolesPath = {});

    // For include_tasks whose file name is a template: reads and validates
    // the task file `path` (already templated; relative to the including
    // task's file, then to its role's tasks/ folder) at run time. The tasks
    // inherit the include's vars, environment, become, become_user, no_log,
    // check_mode, diff and role; not its when or tags.
    static bool parseIncludedTasks(const QString &path, const Task &include, QList<Task> *tasks,
                                   QList<PlaybookError> *errors);
    // Where the task file `name` of the include_tasks task `include` is: beside
    // the including file; for a task of a role, otherwise in the role's tasks/.
    static QString includedTaskFile(const QString &name, const Task &include);

    // Splits "k=v k2='a b' msg={{ x }}" into words as Ansible's parse_kv
    // does: quotes group and are removed, {{ }} and {% %} stay whole.
    static bool splitKeyValueWords(const QString &text, QStringList *words, QString *error);

    // The modules this version runs, by their short names.
    static QStringList supportedModules();
    // The short name of a module key: "ansible.builtin.shell" → "shell".
    static QString shortModuleName(const QString &key);
    // The spec of a module by any spelling, or null when unknown.
    static const ModuleSpec *moduleSpec(const QString &name);
};

} // namespace antler::playbook
