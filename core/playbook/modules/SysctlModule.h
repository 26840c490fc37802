#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.posix.sysctl: one round trip reads the file and the live value,
// the file is edited on the controller (SysctlFile) and, when something
// differs, one command writes it (atomically), sets the live value
// (sysctl_set) and reloads the file (`sysctl -p FILE`).
class SysctlModule : public Module
{
    Q_OBJECT

public:
    explicit SysctlModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void decide(const QByteArray &output);

    QVariantMap m_arguments;
    QString m_name;
    QString m_value;
    QString m_file;
    bool m_present = true;
};

} // namespace antler::playbook
