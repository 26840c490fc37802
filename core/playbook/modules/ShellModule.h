#pragma once

#include "playbook/modules/CommandModule.h"

namespace antler::playbook {

// ansible.builtin.shell: the text runs through `sh -c` on the host, so pipes,
// redirections and variables work. Everything else is the command module's.
class ShellModule : public CommandModule
{
    Q_OBJECT

public:
    explicit ShellModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
};

} // namespace antler::playbook
