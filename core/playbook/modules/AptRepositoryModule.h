#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.apt_repository for one-line sources ("deb URL SUITE
// COMPONENTS"): one round trip reads /etc/apt/sources.list and every
// sources.list.d/*.list; the lines are compared as apt reads them (spaces
// collapsed, comments ignored, "# deb …" is a disabled entry); a second
// round trip writes only the files that change and runs apt-get update when
// update_cache is on. File names follow Ansible's (deb.debian.org/debian →
// deb_debian_org_debian.list), so both tools edit the same file.
class AptRepositoryModule : public Module
{
    Q_OBJECT

public:
    explicit AptRepositoryModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // The file Ansible would choose for repo (filename: given name + ".list").
    static QString suggestedFileName(const QString &repo, const QString &filename);
    // "deb [arch=amd64] http://x y z" with spaces collapsed; empty when line is
    // not a source; *enabled false for a commented-out source.
    static QString normalisedSource(const QString &line, bool *enabled);

private:
    void decide(const QByteArray &output);

    QVariantMap m_arguments;
    QString m_repo;
    QString m_state;
};

} // namespace antler::playbook
