#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.assert: each condition of that must hold; the first that
// does not fails the task with fail_msg (or msg).
class AssertModule : public Module
{
    Q_OBJECT

public:
    explicit AssertModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
