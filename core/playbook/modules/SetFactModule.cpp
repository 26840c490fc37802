#include "playbook/modules/SetFactModule.h"

namespace antler::playbook {

SetFactModule::SetFactModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec SetFactModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("set_fact");
    spec.anyArguments = true;
    spec.controllerOnly = true;
    return spec;
}

void SetFactModule::start(const QVariantMap &arguments)
{
    QVariantMap facts = arguments;
    // cacheable only matters to a fact cache, which Antler does not keep.
    facts.remove(QStringLiteral("cacheable"));
    if (facts.isEmpty()) {
        fail(tr("No key/value pairs provided, at least one is required for this action to succeed"));
        return;
    }
    TaskResult result;
    result.data = {{QStringLiteral("changed"), false}, {QStringLiteral("ansible_facts"), facts}};
    finish(result);
}

} // namespace antler::playbook
