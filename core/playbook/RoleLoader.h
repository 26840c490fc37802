#pragma once

#include "playbook/InheritedKeywords.h"
#include "playbook/Play.h"
#include "playbook/Role.h"
#include "playbook/RoleEntry.h"
#include "playbook/Task.h"
#include "playbook/YamlEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace antler::playbook {

class TaskReader;
class YamlReader;

// Loads roles: where a role is found, which of its files are read (tasks,
// defaults, vars, handlers, meta/main.yml dependencies), what variables its
// tasks see, and when two uses are the same role. Reads the entries of a
// play's roles:, and the import_role / include_role tasks.
class RoleLoader
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    explicit RoleLoader(YamlReader &yaml);
    void setTaskReader(TaskReader *tasks) { m_tasks = tasks; }
    // The configured roles_path (ansible.cfg): searched after roles/ beside
    // the playbook, before the playbook's folder itself.
    void setRolesPath(const QStringList &folders) { m_rolesPath = folders; }

    // The play being read: roles add their handlers and variables to it, and
    // are looked for beside the playbook it is written in. endPlay() forgets it.
    void beginPlay(Play *play, const InheritedKeywords &playLevel, const QString &directory);
    void endPlay() { m_play = nullptr; }

    void readRoles(const YamlEntry &entry, const InheritedKeywords &playLevel, Play *play);
    void readImportRole(const YamlEntry &module, const std::optional<YamlEntry> &args, const QList<YamlEntry> &taskOnly,
                        const InheritedKeywords &inherited, const InheritedKeywords &own, Task *task, bool handler);
    void readIncludeRole(const YamlEntry &module, const std::optional<YamlEntry> &args,
                         const QList<YamlEntry> &taskOnly, const InheritedKeywords &inherited,
                         const InheritedKeywords &own, Task *task, bool handler);

private:
    // What a use of a role lends to the roles that depend on it, and to the
    // play: its dependencies' defaults and vars, then its own.
    struct RoleExports
    {
        QVariantMap defaults;
        QVariantMap vars;
    };

    QString findRole(const QString &name, const QString &besideFolder, QStringList *searched) const;
    static QString mainFile(const QString &folder);
    bool roleFile(const RoleEntry &entry, const QString &folder, QString *path);
    bool roleVariables(const QString &path, const YAML::Mark &from, QVariantMap *vars);
    bool readRoleEntry(const YAML::Node &item, const QString &list, RoleEntry *use);
    static QString roleIdentity(const RoleEntry &use);
    static void merge(QVariantMap *into, const QVariantMap &from);
    bool useRole(RoleEntry use, const InheritedKeywords &context, const QStringList &contextWhen,
                 const QString &besideFolder, bool listedInPlay, QList<Task> *out, RoleExports *exports = nullptr);
    bool readRoleArguments(const YamlEntry &module, const std::optional<YamlEntry> &args, bool include, RoleEntry *use,
                           bool *isPublic = nullptr);

    YamlReader &m_yaml;
    TaskReader *m_tasks = nullptr;
    Play *m_play = nullptr;
    InheritedKeywords m_playLevel;
    // The folder of the playbook the play is written in, where roles are
    // looked for from any file (Ansible's loader base directory).
    QString m_playDirectory;
    QStringList m_rolesPath;
    // Handler files of roles already added to the play.
    QSet<QString> m_handlerFiles;
    // The roles being read, outermost first, each with its own defaults,
    // vars and parameters: their dependencies (and the roles they import)
    // inherit those, and meeting one of them again is a loop.
    QList<Role> m_roleChain;
};

} // namespace antler::playbook
