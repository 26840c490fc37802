#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// community.general.timezone (the name; hwclock is refused): where systemd
// runs, through timedatectl; elsewhere on Debian as the module's
// NosystemdTimezone does it — /etc/timezone, the /etc/localtime link and
// dpkg-reconfigure tzdata. One command reads, one more changes.
class TimezoneModule : public Module
{
    Q_OBJECT

public:
    explicit TimezoneModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void decide(const QByteArray &output);

    QString m_name;
};

} // namespace antler::playbook
