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

    // "copy", "ansible.builtin.copy" and "ansible.legacy.copy" all find copy.
    const ModuleSpec *find(const QString &name) const;
    // The short name for any accepted spelling, or empty when unknown.
    QString canonicalName(const QString &name) const;
    Module *create(const QString &name, const ModuleContext &context, QObject *parent = nullptr) const;
    QStringList names() const;

private:
    ModuleRegistry();
    template<typename T> void add();

    QHash<QString, ModuleSpec> m_specs;
    QHash<QString, Factory> m_factories;
};

} // namespace antler::playbook
