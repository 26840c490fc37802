#include "playbook/modules/PackageModule.h"

namespace antler::playbook {

PackageModule::PackageModule(const ModuleContext &context, QObject *parent)
    : AptModule(context, parent)
{
}

ModuleSpec PackageModule::spec()
{
    ModuleSpec spec = AptModule::spec();
    spec.name = QStringLiteral("package");
    spec.arguments.append({QStringLiteral("use"), ModuleArgument::Type::Str, false, {}, {}, QStringLiteral("auto")});
    return spec;
}

void PackageModule::start(const QVariantMap &arguments)
{
    QString manager = arguments.value(QStringLiteral("use")).toString();
    if (manager.isEmpty() || manager == QLatin1String("auto")) {
        const QVariantMap facts = context().variables.value(QStringLiteral("ansible_facts")).toMap();
        manager = facts.value(QStringLiteral("pkg_mgr")).toString();
    }
    // Without gathered facts Ansible asks the host; here apt is assumed and
    // the apt module says so clearly when the host has no apt-get.
    if (manager.isEmpty())
        manager = QStringLiteral("apt");
    if (manager != QLatin1String("apt")) {
        fail(tr("The package manager of %1 is %2; Antler's package module drives apt only, so use apt hosts or "
                "run this play with ansible-playbook.")
                 .arg(context().host, manager));
        return;
    }
    QVariantMap forwarded = arguments;
    forwarded.remove(QStringLiteral("use"));
    AptModule::start(forwarded);
}

} // namespace antler::playbook
