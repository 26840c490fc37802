#pragma once

#include "playbook/InheritedKeywords.h"
#include "playbook/Role.h"

#include <QHash>
#include <QString>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace antler::playbook {

// One use of a role as written: an entry of a play's roles:, of a role's
// meta/main.yml dependencies:, or the arguments of import_role /
// include_role.
struct RoleEntry
{
    // name, params (the entry's extra keys) and location.
    Role role;
    // The entry's keywords (when, tags, become…), passed to the role's tasks.
    InheritedKeywords own;
    YAML::Mark nameMark;
    // What makes two uses the same role in Ansible (see Role::identity),
    // besides the name and own.when / own.tags.
    QVariantMap params;
    QVariantMap vars;
    // tasks_from, vars_from, defaults_from, handlers_from without "_from",
    // and where each is written.
    QVariantMap fromFiles;
    QHash<QString, YAML::Mark> fromMarks;
    bool fromInclude = false;
    // import_role / include_role allow_duplicates; unset = meta/main.yml's.
    std::optional<bool> allowDuplicates;
};

} // namespace antler::playbook
