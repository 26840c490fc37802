#pragma once

#include "playbook/modules/ModuleContext.h"
#include "playbook/modules/ModuleSpec.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace antler::playbook {

class Module;

// Every module Antler runs: its spec (for validation) and how to make one.
// The list is written out in ModuleRegistry.cpp, one line per module.
class ModuleRegistry
{
public:
    using Factory = std::function<Module *(const ModuleContext &, QObject *parent)>;

    static const ModuleRegistry &instance();

    // "copy", "ansible.builtin.copy" and "ansible.legacy.copy" all find copy;
    // "ansible.posix.sysctl" finds sysctl (KnownModules). A module Ansible has
    // and Antler does not ("dnf", "community.general.ufw") has a spec that
    // takes any argument; its task fails only when it runs.
    const ModuleSpec *find(const QString &name) const;
    // The short name for any accepted spelling, or empty when unknown.
    QString canonicalName(const QString &name) const;
    // True when Antler runs the module itself (not only knows its name).
    bool isImplemented(const QString &name) const;
    Module *create(const QString &name, const ModuleContext &context, QObject *parent = nullptr) const;
    // The modules Antler implements, by their short names.
    QStringList names() const;

private:
    ModuleRegistry();
    template<typename T> void add();

    QHash<QString, ModuleSpec> m_specs;
    QHash<QString, Factory> m_factories;
};

} // namespace antler::playbook
