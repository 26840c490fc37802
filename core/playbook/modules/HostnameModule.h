#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.hostname: one round trip reads the running name and
// /etc/hostname; when either differs one command sets both — through
// hostnamectl where systemd runs, otherwise by writing /etc/hostname in
// place and calling hostname(1). Where the running name cannot be changed
// (a container without CAP_SYS_ADMIN) the task fails saying so.
class HostnameModule : public Module
{
    Q_OBJECT

public:
    explicit HostnameModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void decide(const QByteArray &output);
    TaskResult resultFor(bool changed) const;

    QString m_name;
    QString m_use;
};

} // namespace antler::playbook
