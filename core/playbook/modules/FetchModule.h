#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.fetch: a file from the host to dest/HOST/src on the
// controller (or dest itself with flat). The remote checksum comes first;
// the bytes only travel when the local copy differs.
class FetchModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // Where Ansible puts the file on the controller.
    static QString localDestination(const QString &dest, const QString &host, const QString &src, bool flat,
                                    const QString &baseDirectory);
};

} // namespace antler::playbook
