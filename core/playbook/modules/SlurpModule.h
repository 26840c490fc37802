#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.slurp: the file's bytes, base64 in "content". One `cat`.
class SlurpModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
};

} // namespace antler::playbook
