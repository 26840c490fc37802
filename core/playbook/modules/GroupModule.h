#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.group: groupadd/groupmod/groupdel. One round trip reads
// the group with getent; a second one changes it only when needed, and reads
// it back in the same command.
class GroupModule : public Module
{
    Q_OBJECT

public:
    explicit GroupModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void decide(const QString &entry);

    QString m_name;
    QString m_state;
    QString m_gid;
    bool m_system = false;
    bool m_nonUnique = false;
};

} // namespace antler::playbook
