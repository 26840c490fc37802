#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.service_facts: one command lists the services the way the
// Ansible module asks for them (`service --status-all` where SysV tools are
// found; systemd's units and unit files where PID 1 is systemd) and the
// controller builds the `services` fact from that output as the module does.
class ServiceFactsModule : public Module
{
    Q_OBJECT

public:
    explicit ServiceFactsModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
    // The services fact for the command's sectioned output.
    static QVariantMap parse(const QByteArray &output);
};

} // namespace antler::playbook
