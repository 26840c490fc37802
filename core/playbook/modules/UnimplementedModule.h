#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// Stands for an Ansible module Antler does not implement (dnf, pacman, ufw,
// firewalld…). Roles carry tasks for other systems behind `when:`; such a
// task parses, is skipped as usual when its condition is false, and fails
// with one sentence only when it really runs.
class UnimplementedModule : public Module
{
    Q_OBJECT

public:
    UnimplementedModule(const QString &name, const ModuleContext &context, QObject *parent = nullptr);

    // Any argument, free-form text too: Antler cannot check what it does not run.
    static ModuleSpec spec(const QString &name);
    void start(const QVariantMap &arguments) override;

private:
    QString m_name;
};

} // namespace antler::playbook
