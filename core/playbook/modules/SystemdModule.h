#pragma once

#include "playbook/modules/ServiceModule.h"

namespace antler::playbook {

// ansible.builtin.systemd (and systemd_service): units through systemctl,
// with daemon_reload. On a host without a running systemd (a container) it
// falls back to the service's init script like the service module and says
// so in "warnings"; without an init script it fails with one sentence.
class SystemdModule : public ServiceModule
{
    Q_OBJECT

public:
    explicit SystemdModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
};

} // namespace antler::playbook
