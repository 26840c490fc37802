#pragma once

#include "playbook/modules/ContentEdit.h"
#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.replace: re.subn with MULTILINE over the file (or the part
// between after and before), decided on the controller; one probe, one write.
class ReplaceModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    struct Request
    {
        QString regexp;
        QString replace;
        QString after; // empty: not given
        QString before;
    };
    struct Outcome : ContentEdit
    {
        int count = 0; // replacements made
    };
    static Outcome edit(const QByteArray &original, const Request &request);
};

} // namespace antler::playbook
