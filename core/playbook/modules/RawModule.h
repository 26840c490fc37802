#pragma once

#include "playbook/modules/CommandModule.h"

namespace antler::playbook {

// ansible.builtin.raw: the text goes to the host's login shell as written,
// output kept as it came (trailing newlines included). Never run in check
// mode: the task is reported skipped, as Ansible does.
class RawModule : public CommandModule
{
    Q_OBJECT

public:
    explicit RawModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
};

} // namespace antler::playbook
