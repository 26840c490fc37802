#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.setup and the play's "Gathering Facts": one shell script,
// one round trip, prints every fact (see FactsGatherer); no Python needed.
class SetupModule : public Module
{
    Q_OBJECT

public:
    explicit SetupModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
