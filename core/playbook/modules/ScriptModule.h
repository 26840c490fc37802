#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.script: a local script streamed to a temporary file on the
// host, run there with its arguments and removed, all in one command;
// creates/removes are checked in the same command.
class ScriptModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // "path/to/script.sh --flag 'a b'" → the script and the rest, as written.
    static void splitCommand(const QString &command, QString *script, QString *rest);
};

} // namespace antler::playbook
