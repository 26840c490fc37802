#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.unarchive for tar, tar.gz, tar.bz2 and tar.xz: a local src
// is streamed to the host in the same command that compares the archive with
// dest (tar --diff) and extracts only when something differs; creates skips
// before any byte moves.
class UnarchiveModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void run(const QVariantMap &arguments, const QString &local);
};

} // namespace antler::playbook
