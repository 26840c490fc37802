#include "playbook/modules/MetaModule.h"

namespace antler::playbook {

MetaModule::MetaModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec MetaModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("meta");
    ModuleArgument action;
    action.name = QStringLiteral("_raw_params");
    action.required = true;
    action.choices = {QStringLiteral("flush_handlers"),  QStringLiteral("noop"),
                      QStringLiteral("end_play"),        QStringLiteral("end_host"),
                      QStringLiteral("end_batch"),       QStringLiteral("clear_host_errors"),
                      QStringLiteral("clear_facts"),     QStringLiteral("refresh_inventory"),
                      QStringLiteral("reset_connection")};
    spec.arguments = {action};
    spec.freeFormArgument = QStringLiteral("_raw_params");
    spec.controllerOnly = true;
    return spec;
}

void MetaModule::start(const QVariantMap &arguments)
{
    TaskResult result;
    result.data = {{QStringLiteral("changed"), false},
                   {QStringLiteral("_raw_params"), arguments.value(QStringLiteral("_raw_params"))}};
    finish(result);
}

} // namespace antler::playbook
