#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.async_status: whether the background job jid (of a task
// with async and poll: 0) has ended, and then its result, as the task
// itself would have given it; mode=cleanup removes the job's folder. One
// command reads the whole folder (see AsyncJob).
class AsyncStatusModule : public Module
{
    Q_OBJECT

public:
    explicit AsyncStatusModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
