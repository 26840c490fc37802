#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.cron: reads the user's crontab (`crontab -l`) or a file in
// /etc/cron.d in one round trip, edits it on the controller with
// CrontabEditor ("#Ansible: NAME" markers) and writes it back (`crontab -`)
// only when it changed.
class CronModule : public Module
{
    Q_OBJECT

public:
    explicit CronModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void edit(const QString &current);

    QVariantMap m_arguments;
    QString m_user;
    QString m_cronFile; // absolute path when cron_file is set
};

} // namespace antler::playbook
