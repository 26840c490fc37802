#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.getent: runs getent(1) on the host and sets the fact
// getent_<database>, each key mapped to the rest of its fields, split as the
// Ansible module splits them (":" for passwd, shadow, group and gshadow,
// whitespace otherwise).
class GetentModule : public Module
{
    Q_OBJECT

public:
    explicit GetentModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
    // The fact's value for getent's output, as the Ansible module builds it.
    static QVariantMap parse(const QByteArray &output, const QString &database, const QString &split);
};

} // namespace antler::playbook
