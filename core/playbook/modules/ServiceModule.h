#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.service: start, stop, restart, reload, enable and disable a
// service. One round trip finds the service manager and the service's state
// (systemd: `systemctl show` and `is-enabled`; without systemd, as in a
// container: the init script's status and its /etc/rc?.d links); a second one
// runs only what must change. Without systemd the init script is used through
// `service` and update-rc.d, and the result says so in "warnings".
class ServiceModule : public Module
{
    Q_OBJECT

public:
    explicit ServiceModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

protected:
    // SystemdModule: daemon_reload and its own messages.
    bool m_systemdModule = false;

private:
    void decide(const QByteArray &output);

    QVariantMap m_arguments;
    QString m_name;
    QString m_state;
};

} // namespace antler::playbook
