#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// community.general.ini_file: the file is read in the probe, edited on the
// controller by IniFile exactly as the Ansible module edits it, and written
// back in one command with mode/owner/group.
class IniFileModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
