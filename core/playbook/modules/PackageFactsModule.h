#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.package_facts for Debian-like hosts: one dpkg-query lists
// the installed packages and the controller builds the `packages` fact as
// the module's apt backend does (name → list of {name, version, arch,
// category, source: apt}). The apt backend's "origin" needs apt's cache and
// is left out.
class PackageFactsModule : public Module
{
    Q_OBJECT

public:
    explicit PackageFactsModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
    // The packages fact for the command's output (first line: the native architecture).
    static QVariantMap parse(const QByteArray &output);
};

} // namespace antler::playbook
