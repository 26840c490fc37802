#pragma once

#include "playbook/modules/FileModuleBase.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.include_vars: variables from a YAML or JSON file (or every
// such file of a folder) on the controller become host variables from the
// next task on, like set_fact (result ansible_facts; the Runner stores
// them). A file is looked up as Ansible does: absolute, else in the role's
// vars/, then beside the playbook (vars/ first).
class IncludeVarsModule : public FileModuleBase
{
    Q_OBJECT

public:
    explicit IncludeVarsModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    // The variables of one file into *into (later files win); false and a
    // sentence in *error for a missing, unreadable or invalid file.
    bool load(const QString &path, QVariantMap *into, QString *error) const;
    // The files of dir that include_vars reads, in its order (sorted, folder
    // by folder, down to depth; 0 = all the way).
    QStringList folderFiles(const QString &dir, const QVariantMap &arguments, QString *error) const;
};

} // namespace antler::playbook
