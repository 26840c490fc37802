#include "playbook/modules/DebugModule.h"

#include "playbook/Templar.h"

namespace antler::playbook {

DebugModule::DebugModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec DebugModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("debug");
    ModuleArgument msg;
    msg.name = QStringLiteral("msg");
    msg.type = ModuleArgument::Type::Raw;
    ModuleArgument var;
    var.name = QStringLiteral("var");
    var.type = ModuleArgument::Type::Raw;
    ModuleArgument verbosity;
    verbosity.name = QStringLiteral("verbosity");
    verbosity.type = ModuleArgument::Type::Int;
    verbosity.defaultValue = 0;
    spec.arguments = {msg, var, verbosity};
    spec.controllerOnly = true;
    return spec;
}

void DebugModule::start(const QVariantMap &arguments)
{
    TaskResult result;
    const int verbosity = arguments.value(QStringLiteral("verbosity"), 0).toInt();
    if (context().variables.value(QStringLiteral("ansible_verbosity"), 0).toInt() < verbosity) {
        result.status = TaskResult::Status::Skipped;
        result.data = {{QStringLiteral("changed"), false},
                       {QStringLiteral("skipped_reason"), QStringLiteral("Verbosity threshold not met.")}};
        finish(result);
        return;
    }
    result.verboseAlways = true;
    result.data.insert(QStringLiteral("changed"), false);
    if (arguments.contains(QStringLiteral("msg")) && arguments.contains(QStringLiteral("var"))) {
        fail(tr("'msg' and 'var' are incompatible options"));
        return;
    }
    if (arguments.contains(QStringLiteral("var"))) {
        const QVariant var = arguments.value(QStringLiteral("var"));
        const QString name = Templar::toText(var);
        QVariant value;
        QString error;
        if (var.typeId() != QMetaType::QString) {
            value = var;
        } else if (!Templar(context().variables).evaluateExpression(name, &value, &error)) {
            value = QStringLiteral("VARIABLE IS NOT DEFINED!");
        }
        result.data.insert(name, value);
    } else {
        result.data.insert(QStringLiteral("msg"),
                           arguments.value(QStringLiteral("msg"), QStringLiteral("Hello world!")));
    }
    finish(result);
}

} // namespace antler::playbook
