#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.user with useradd/usermod/userdel: one round trip reads the
// account (passwd, shadow hash, primary and supplementary groups, and the
// groups the task names); a second one changes what differs and reads the
// account back in the same command.
class UserModule : public Module
{
    Q_OBJECT

public:
    explicit UserModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void decide(const QByteArray &output);
    void finishWith(bool changed, const QString &passwdLine, bool created);

    QVariantMap m_arguments;
    QString m_name;
    QString m_state;
    QStringList m_groups;
    bool m_groupsGiven = false;
};

} // namespace antler::playbook
