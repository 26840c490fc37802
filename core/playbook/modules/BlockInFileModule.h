#pragma once

#include "playbook/modules/ContentEdit.h"
#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.blockinfile: a marked block placed, replaced or removed on
// the controller as Ansible's module does it; one probe, one write.
class BlockInFileModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    struct Request
    {
        bool present = true;
        QString block;
        QString marker = QStringLiteral("# {mark} ANSIBLE MANAGED BLOCK");
        QString markerBegin = QStringLiteral("BEGIN");
        QString markerEnd = QStringLiteral("END");
        QString insertAfter; // empty: not given
        QString insertBefore;
    };
    using Outcome = ContentEdit;
    // exists: whether the file was there (a new one is "File created").
    static Outcome edit(const QByteArray &original, bool exists, const Request &request);
};

} // namespace antler::playbook
