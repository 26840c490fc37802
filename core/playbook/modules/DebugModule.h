#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.debug: prints msg, or the value of var ("VARIABLE IS NOT
// DEFINED!" when it is not), when the run's -v count reaches verbosity.
class DebugModule : public Module
{
    Q_OBJECT

public:
    explicit DebugModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
