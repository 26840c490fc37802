#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.get_url: the HOST downloads url with curl (or wget) and
// decides there, in one command: skip when dest exists (force: no) or its
// checksum matches, else download beside dest, verify the checksum, and
// replace dest only when the bytes differ; then mode/owner/group.
class GetUrlModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // "sha256:abc…" → algorithm and digest; false with *error for a bad one.
    static bool parseChecksum(const QString &checksum, QString *algorithm, QString *digest, QString *error);
};

} // namespace antler::playbook
