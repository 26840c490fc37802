#include "playbook/modules/UnimplementedModule.h"

namespace antler::playbook {

UnimplementedModule::UnimplementedModule(const QString &name, const ModuleContext &context, QObject *parent)
    : Module(context, parent)
    , m_name(name)
{
}

ModuleSpec UnimplementedModule::spec(const QString &name)
{
    ModuleSpec spec;
    spec.name = name;
    spec.anyArguments = true;
    spec.freeFormArgument = QStringLiteral("_raw_params");
    return spec;
}

void UnimplementedModule::start(const QVariantMap &)
{
    fail(tr("The module “%1” at %2 is an Ansible module Antler does not implement, and this task ran on %3; "
            "give it a “when:” that is false on this host, or run this playbook with ansible-playbook.")
             .arg(m_name, context().location.fileAndLine(), context().host));
}

} // namespace antler::playbook
