#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.set_fact: every argument becomes a host variable from the
// next task on (result ansible_facts; the Runner stores them).
class SetFactModule : public Module
{
    Q_OBJECT

public:
    explicit SetFactModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
