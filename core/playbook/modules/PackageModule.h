#pragma once

#include "playbook/modules/AptModule.h"

namespace antler::playbook {

// ansible.builtin.package: the generic package module. Like Ansible it
// hands its arguments to the host's own package manager module, which here
// is apt (ansible_facts.pkg_mgr); any other manager is refused with one
// sentence. use: auto or apt.
class PackageModule : public AptModule
{
    Q_OBJECT

public:
    explicit PackageModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
