#pragma once

#include "playbook/Play.h"
#include "playbook/YamlEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace antler::playbook {

class RoleLoader;
class TaskReader;
class YamlReader;

// Reads a playbook: its list of plays and import_playbook entries, and each
// play's keywords, hosts, vars_files and task lists (in the order Ansible
// runs them: pre_tasks, roles, tasks, post_tasks, handlers).
class PlayReader
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    PlayReader(YamlReader &yaml, TaskReader &tasks, RoleLoader &roles);

    void readPlaybook(const YAML::Node &root, QList<Play> *plays);

private:
    void readImportPlaybook(const YAML::Node &node, QList<Play> *plays);
    bool readPlay(const YAML::Node &node, Play *play);
    void readHosts(const YamlEntry &entry, QString *hosts);
    void readSerial(const YamlEntry &entry, QVariantList *serial);
    void readVarsFiles(const YamlEntry &entry, Play *play);

    YamlReader &m_yaml;
    TaskReader &m_tasks;
    RoleLoader &m_roles;
};

} // namespace antler::playbook
