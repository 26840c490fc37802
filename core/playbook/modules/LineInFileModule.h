#pragma once

#include "playbook/modules/ContentEdit.h"
#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.lineinfile: the file is read in the probe, the line is
// placed on the controller exactly as Ansible's module places it, and the
// new content is written back in one command.
class LineInFileModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    struct Request
    {
        bool present = true;
        QString line;
        bool hasRegexp = false;
        QString regexp;
        bool hasSearchString = false;
        QString searchString;
        QString insertAfter; // empty: not given; "EOF" or a regexp
        QString insertBefore; // empty: not given; "BOF" or a regexp
        bool backrefs = false;
        bool firstMatch = false;
    };
    struct Outcome : ContentEdit
    {
        int found = 0; // state=absent: lines removed
    };
    // The decision on the controller, for the module and its tests.
    static Outcome edit(const QByteArray &original, const Request &request);
};

} // namespace antler::playbook
