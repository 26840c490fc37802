#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.stat: one command that stats the path (and a link's
// target), digests it and tests access; result "stat" with Ansible's keys.
class StatModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // The "stat" dictionary for a probed path (pure, for tests).
    static QVariantMap statResult(const RemoteFileState &state, bool follow, const QStringList &notes);
};

} // namespace antler::playbook
