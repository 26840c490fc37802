#include "playbook/modules/SystemdModule.h"

namespace antler::playbook {

SystemdModule::SystemdModule(const ModuleContext &context, QObject *parent)
    : ServiceModule(context, parent)
{
    m_systemdModule = true;
}

ModuleSpec SystemdModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("systemd");
    spec.arguments = {
        moduleArgument(QStringLiteral("name"), Type::Str, {}, {QStringLiteral("service"), QStringLiteral("unit")}),
        moduleArgument(QStringLiteral("state"), Type::Str, {}, {},
                       {QStringLiteral("reloaded"), QStringLiteral("restarted"), QStringLiteral("started"),
                        QStringLiteral("stopped")}),
        moduleArgument(QStringLiteral("enabled"), Type::Bool),
        moduleArgument(QStringLiteral("daemon_reload"), Type::Bool, false, {QStringLiteral("daemon-reload")}),
        moduleArgument(QStringLiteral("daemon_reexec"), Type::Bool, false, {QStringLiteral("daemon-reexec")}),
        moduleArgument(QStringLiteral("masked"), Type::Bool),
        moduleArgument(QStringLiteral("no_block"), Type::Bool, false),
        moduleArgument(QStringLiteral("force"), Type::Bool),
        moduleArgument(QStringLiteral("scope"), Type::Str, QStringLiteral("system"), {},
                       {QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("global")}),
    };
    return spec;
}

} // namespace antler::playbook
