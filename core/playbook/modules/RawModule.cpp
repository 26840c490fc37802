#include "playbook/modules/RawModule.h"

namespace antler::playbook {

RawModule::RawModule(const ModuleContext &context, QObject *parent)
    : CommandModule(Kind::Raw, context, parent)
{
}

ModuleSpec RawModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("raw");
    ModuleArgument cmd;
    cmd.name = QStringLiteral("cmd");
    cmd.aliases = {QStringLiteral("_raw_params")};
    cmd.required = true;
    ModuleArgument executable;
    executable.name = QStringLiteral("executable");
    executable.type = ModuleArgument::Type::Path;
    spec.arguments = {cmd, executable};
    spec.freeFormArgument = QStringLiteral("cmd");
    spec.supportsCheckMode = false;
    return spec;
}

} // namespace antler::playbook
