#pragma once

#include "playbook/SourceLocation.h"

#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// One role as a play uses it (`roles: - name` or `- role: name` with
// parameters). Its tasks are inlined into the play as a Block; this value keeps
// what the Runner needs beside the tasks: the variables of each precedence
// level and the folder that files/ and templates/ are searched in.
struct Role
{
    // The role's name as written (roles/NAME).
    QString name;
    // Absolute path of the role's folder, e.g. /x/roles/web. Empty for a task
    // that belongs to no role.
    QString path;
    // defaults, vars and params also hold what Ansible's dependency chain
    // lends a role: its dependencies' defaults and vars below its own, and
    // the depending roles' defaults, vars and params.
    //
    // roles/NAME/defaults/main.yml: the lowest precedence of all variables.
    QVariantMap defaults;
    // The entry's `vars:` with roles/NAME/vars/main.yml on top: above play
    // vars, below block and task vars. Those of every role the play names
    // (and of their dependencies) are visible to the whole play.
    QVariantMap vars;
    // `- role: NAME` with extra keys: role parameters, above task vars and
    // registered results, below -e.
    QVariantMap params;
    // Where the role is named in the play (or in the meta/main.yml that
    // depends on it, or the import_role / include_role task).
    SourceLocation location;
    // Which uses are the same role in Ansible's sense: its name with the
    // parameters, vars, when, tags and *_from files of the entry, and whether
    // it came from import_role / include_role. Once a use has run for a host
    // (its meta: role_complete task ran), a later use with the same identity
    // is skipped silently for that host unless allowDuplicates.
    QString identity;
    // meta/main.yml allow_duplicates for roles: and dependencies; true for
    // import_role / include_role unless their allow_duplicates says no.
    bool allowDuplicates = false;

    bool isValid() const { return !name.isEmpty(); }
    // files/ or templates/ inside the role, for relative src: lookups.
    QString subfolder(const QString &folder) const
    {
        return path.isEmpty() ? QString() : path + QLatin1Char('/') + folder;
    }
};

} // namespace antler::playbook
