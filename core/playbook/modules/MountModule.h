#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.posix.mount: one round trip reads the fstab (creating it as the
// module does) and whether the path is mounted; the entry is placed on the
// controller exactly as the module's set_mount/unset_mount place it; one more
// command writes the file and mounts, remounts or unmounts.
class MountModule : public Module
{
    Q_OBJECT

public:
    explicit MountModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    struct Entry
    {
        QString src;
        QString name;
        QString fstype;
        QString opts;
        QString dump;
        QString passno;
    };
    // set_mount: the fstab with the entry for entry.name added or brought up
    // to date; *changed says whether it differs.
    static QString setMount(const QString &fstab, const Entry &entry, bool hasSrc, bool *changed);
    // unset_mount: the fstab without the entry for name.
    static QString unsetMount(const QString &fstab, const QString &name, const QString &src, bool *changed);

private:
    void decide(const QByteArray &output);

    QVariantMap m_arguments;
    QString m_state;
    QString m_fstab;
    Entry m_entry;
    bool m_hasSrc = false;
};

} // namespace antler::playbook
