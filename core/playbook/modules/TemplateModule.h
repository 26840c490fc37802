#pragma once

#include "playbook/modules/CopyModule.h"

namespace antler::playbook {

// ansible.builtin.template: the Jinja2 file is rendered on the controller
// (with ansible_managed and the template_* variables, trim_blocks on as in
// Ansible), then written like copy's content: one probe, at most one write.
class TemplateModule : public CopyModule
{
    Q_OBJECT

public:
    using CopyModule::CopyModule;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // The variables Ansible adds for a template file.
    static QVariantMap templateVariables(const QString &src, const QString &fullPath, const QString &dest);
};

} // namespace antler::playbook
