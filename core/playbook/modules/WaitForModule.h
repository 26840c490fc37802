#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.wait_for: waits for a port to open or close, or a file to
// appear (optionally containing search_regex) or disappear. The polling runs
// on the target as one shell loop (bash /dev/tcp for ports, grep -E for
// files), so the wait costs one round trip however long it lasts.
class WaitForModule : public Module
{
    Q_OBJECT

public:
    explicit WaitForModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
