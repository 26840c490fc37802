#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.ping: proves the host answers with one round trip through
// its shell; no Python is needed. data=crash fails, as in Ansible.
class PingModule : public Module
{
    Q_OBJECT

public:
    explicit PingModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
