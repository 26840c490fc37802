#pragma once

#include <QString>
#include <QStringList>

namespace antler::playbook {

// The names ansible-playbook 2.14 (with the collections Debian bundles as
// package ansible) resolves to a module, so a role written for it parses
// here too: the fully qualified names of the modules Antler implements, and
// the modules it does not implement, which a task may use behind a `when:`
// that is false on the hosts Antler runs it for.
class KnownModules
{
public:
    // The short name of the module Antler implements under a fully qualified
    // or redirected name ("ansible.posix.sysctl" → "sysctl",
    // "ansible.builtin.systemd_service" → "systemd"), or empty.
    static QString implementedAs(const QString &name);
    // True when ansible-playbook knows a module by this name
    // (":/playbook/ansible-modules.txt", written by scripts/ansible-module-names.py).
    static bool isAnsibleModule(const QString &name);
    // Every such name, sorted.
    static QStringList names();
};

} // namespace antler::playbook
