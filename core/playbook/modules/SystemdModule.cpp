#include "playbook/modules/SystemdModule.h"

namespace antler::playbook {

namespace {

ModuleArgument argument(const QString &name, ModuleArgument::Type type, const QVariant &defaultValue = {},
                        const QStringList &aliases = {}, const QStringList &choices = {})
{
    ModuleArgument a;
    a.name = name;
    a.type = type;
    a.defaultValue = defaultValue;
    a.aliases = aliases;
    a.choices = choices;
    return a;
}

} // namespace

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
        argument(QStringLiteral("name"), Type::Str, {}, {QStringLiteral("service"), QStringLiteral("unit")}),
        argument(QStringLiteral("state"), Type::Str, {}, {},
                 {QStringLiteral("reloaded"), QStringLiteral("restarted"), QStringLiteral("started"),
                  QStringLiteral("stopped")}),
        argument(QStringLiteral("enabled"), Type::Bool),
        argument(QStringLiteral("daemon_reload"), Type::Bool, false, {QStringLiteral("daemon-reload")}),
        argument(QStringLiteral("daemon_reexec"), Type::Bool, false, {QStringLiteral("daemon-reexec")}),
        argument(QStringLiteral("masked"), Type::Bool),
        argument(QStringLiteral("no_block"), Type::Bool, false),
        argument(QStringLiteral("force"), Type::Bool),
        argument(QStringLiteral("scope"), Type::Str, QStringLiteral("system"), {},
                 {QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("global")}),
    };
    return spec;
}

} // namespace antler::playbook
