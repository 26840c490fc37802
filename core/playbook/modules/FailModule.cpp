#include "playbook/modules/FailModule.h"

namespace antler::playbook {

FailModule::FailModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec FailModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("fail");
    ModuleArgument msg;
    msg.name = QStringLiteral("msg");
    msg.type = ModuleArgument::Type::Raw;
    msg.defaultValue = QStringLiteral("Failed as requested from task");
    spec.arguments = {msg};
    spec.controllerOnly = true;
    return spec;
}

void FailModule::start(const QVariantMap &arguments)
{
    TaskResult result;
    result.status = TaskResult::Status::Failed;
    result.data = {{QStringLiteral("changed"), false},
                   {QStringLiteral("msg"),
                    arguments.value(QStringLiteral("msg"), QStringLiteral("Failed as requested from task"))}};
    finish(result);
}

} // namespace antler::playbook
