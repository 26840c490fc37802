#include "playbook/modules/ShellModule.h"

namespace antler::playbook {

ShellModule::ShellModule(const ModuleContext &context, QObject *parent)
    : CommandModule(Kind::Shell, context, parent)
{
}

ModuleSpec ShellModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("shell");
    spec.arguments = commonArguments();
    ModuleArgument executable;
    executable.name = QStringLiteral("executable");
    executable.type = ModuleArgument::Type::Path;
    spec.arguments.append(executable);
    spec.freeFormArgument = QStringLiteral("cmd");
    return spec;
}

} // namespace antler::playbook
