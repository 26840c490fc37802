#include "playbook/modules/ModuleRegistry.h"

#include "playbook/modules/Module.h"

// One include and one add<>() line per module, kept sorted.
#include "playbook/modules/AptModule.h"
#include "playbook/modules/AptRepositoryModule.h"
#include "playbook/modules/AssertModule.h"
#include "playbook/modules/AsyncStatusModule.h"
#include "playbook/modules/BlockInFileModule.h"
#include "playbook/modules/CommandModule.h"
#include "playbook/modules/CopyModule.h"
#include "playbook/modules/CronModule.h"
#include "playbook/modules/DebugModule.h"
#include "playbook/modules/FailModule.h"
#include "playbook/modules/FetchModule.h"
#include "playbook/modules/FileModule.h"
#include "playbook/modules/GetUrlModule.h"
#include "playbook/modules/GetentModule.h"
#include "playbook/modules/GroupModule.h"
#include "playbook/modules/HostnameModule.h"
#include "playbook/modules/IncludeVarsModule.h"
#include "playbook/modules/IniFileModule.h"
#include "playbook/modules/KnownModules.h"
#include "playbook/modules/LineInFileModule.h"
#include "playbook/modules/MetaModule.h"
#include "playbook/modules/MountModule.h"
#include "playbook/modules/PackageFactsModule.h"
#include "playbook/modules/PackageModule.h"
#include "playbook/modules/PauseModule.h"
#include "playbook/modules/PingModule.h"
#include "playbook/modules/RawModule.h"
#include "playbook/modules/RebootModule.h"
#include "playbook/modules/ReplaceModule.h"
#include "playbook/modules/ScriptModule.h"
#include "playbook/modules/ServiceFactsModule.h"
#include "playbook/modules/ServiceModule.h"
#include "playbook/modules/SetFactModule.h"
#include "playbook/modules/SetupModule.h"
#include "playbook/modules/ShellModule.h"
#include "playbook/modules/SlurpModule.h"
#include "playbook/modules/StatModule.h"
#include "playbook/modules/SysctlModule.h"
#include "playbook/modules/SystemdModule.h"
#include "playbook/modules/TemplateModule.h"
#include "playbook/modules/TimezoneModule.h"
#include "playbook/modules/UnarchiveModule.h"
#include "playbook/modules/UnimplementedModule.h"
#include "playbook/modules/UriModule.h"
#include "playbook/modules/UserModule.h"
#include "playbook/modules/WaitForConnectionModule.h"
#include "playbook/modules/WaitForModule.h"

#include <algorithm>

namespace antler::playbook {

const ModuleRegistry &ModuleRegistry::instance()
{
    static const ModuleRegistry registry;
    return registry;
}

template<typename T> void ModuleRegistry::add()
{
    const ModuleSpec spec = T::spec();
    m_specs.insert(spec.name, spec);
    m_factories.insert(spec.name, [](const ModuleContext &context, QObject *parent) { return new T(context, parent); });
}

ModuleRegistry::ModuleRegistry()
{
    add<AptModule>();
    add<AptRepositoryModule>();
    add<AssertModule>();
    add<AsyncStatusModule>();
    add<BlockInFileModule>();
    add<CommandModule>();
    add<CopyModule>();
    add<CronModule>();
    add<DebugModule>();
    add<FailModule>();
    add<FetchModule>();
    add<FileModule>();
    add<GetUrlModule>();
    add<GetentModule>();
    add<GroupModule>();
    add<HostnameModule>();
    add<IncludeVarsModule>();
    add<IniFileModule>();
    add<PackageFactsModule>();
    add<PackageModule>();
    add<LineInFileModule>();
    add<MetaModule>();
    add<MountModule>();
    add<PauseModule>();
    add<PingModule>();
    add<RawModule>();
    add<RebootModule>();
    add<ReplaceModule>();
    add<ScriptModule>();
    add<ServiceFactsModule>();
    add<ServiceModule>();
    add<SetFactModule>();
    add<SetupModule>();
    add<ShellModule>();
    add<SlurpModule>();
    add<StatModule>();
    add<SysctlModule>();
    add<SystemdModule>();
    add<TemplateModule>();
    add<TimezoneModule>();
    add<UnarchiveModule>();
    add<UriModule>();
    add<UserModule>();
    add<WaitForConnectionModule>();
    add<WaitForModule>();
    for (const QString &name : KnownModules::names()) {
        if (name.startsWith(QLatin1String("ansible.builtin.")) || name.startsWith(QLatin1String("ansible.legacy."))
            || !canonicalName(name).isEmpty())
            continue;
        m_specs.insert(name, UnimplementedModule::spec(name));
    }
}

QString ModuleRegistry::canonicalName(const QString &name) const
{
    QString shortName = name;
    for (const QLatin1String prefix : {QLatin1String("ansible.builtin."), QLatin1String("ansible.legacy.")}) {
        if (shortName.startsWith(prefix)) {
            shortName = shortName.mid(prefix.size());
            break;
        }
    }
    if (m_specs.contains(shortName))
        return shortName;
    const QString implemented = KnownModules::implementedAs(name);
    return implemented.isEmpty() ? QString() : implemented;
}

bool ModuleRegistry::isImplemented(const QString &name) const
{
    return m_factories.contains(canonicalName(name));
}

const ModuleSpec *ModuleRegistry::find(const QString &name) const
{
    const auto it = m_specs.constFind(canonicalName(name));
    return it == m_specs.constEnd() ? nullptr : &it.value();
}

Module *ModuleRegistry::create(const QString &name, const ModuleContext &context, QObject *parent) const
{
    const QString canonical = canonicalName(name);
    const auto it = m_factories.constFind(canonical);
    if (it != m_factories.constEnd())
        return it.value()(context, parent);
    return m_specs.contains(canonical) ? new UnimplementedModule(canonical, context, parent) : nullptr;
}

QStringList ModuleRegistry::names() const
{
    QStringList names = m_factories.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace antler::playbook
