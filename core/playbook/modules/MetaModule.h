#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.meta: flush_handlers, noop, end_play, end_host,
// clear_host_errors, refresh_inventory. The Runner acts on the action; the
// module only reports it, so a meta task never touches the host.
class MetaModule : public Module
{
    Q_OBJECT

public:
    explicit MetaModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
