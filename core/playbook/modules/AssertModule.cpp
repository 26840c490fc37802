#include "playbook/modules/AssertModule.h"

#include "playbook/Templar.h"

namespace antler::playbook {

AssertModule::AssertModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec AssertModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("assert");
    ModuleArgument that;
    that.name = QStringLiteral("that");
    that.type = ModuleArgument::Type::Raw;
    that.required = true;
    ModuleArgument failMsg;
    failMsg.name = QStringLiteral("fail_msg");
    failMsg.type = ModuleArgument::Type::Raw;
    failMsg.aliases = {QStringLiteral("msg")};
    ModuleArgument successMsg;
    successMsg.name = QStringLiteral("success_msg");
    successMsg.type = ModuleArgument::Type::Raw;
    ModuleArgument quiet;
    quiet.name = QStringLiteral("quiet");
    quiet.type = ModuleArgument::Type::Bool;
    quiet.defaultValue = false;
    spec.arguments = {that, failMsg, successMsg, quiet};
    spec.controllerOnly = true;
    return spec;
}

void AssertModule::start(const QVariantMap &arguments)
{
    QVariantList conditions;
    const QVariant that = arguments.value(QStringLiteral("that"));
    if (that.typeId() == QMetaType::QVariantList)
        conditions = that.toList();
    else
        conditions = {that};
    const bool quiet = Templar::isTruthy(arguments.value(QStringLiteral("quiet"), false));
    const Templar templar(context().variables);
    TaskResult result;
    result.verboseAlways = !quiet;
    for (const QVariant &condition : std::as_const(conditions)) {
        bool holds = false;
        QString error;
        const QString expression = Templar::toText(condition);
        if (condition.typeId() == QMetaType::Bool) {
            holds = condition.toBool();
        } else if (!templar.evaluateCondition(expression, &holds, &error)) {
            fail(tr("The conditional check '%1' failed. The error was: %2").arg(expression, error));
            return;
        }
        if (!holds) {
            result.status = TaskResult::Status::Failed;
            result.data = {{QStringLiteral("changed"), false},
                           {QStringLiteral("assertion"), expression},
                           {QStringLiteral("evaluated_to"), false},
                           {QStringLiteral("msg"),
                            arguments.value(QStringLiteral("fail_msg"), QStringLiteral("Assertion failed"))}};
            finish(result);
            return;
        }
    }
    result.data = {{QStringLiteral("changed"), false},
                   {QStringLiteral("msg"),
                    arguments.value(QStringLiteral("success_msg"), QStringLiteral("All assertions passed"))}};
    finish(result);
}

} // namespace antler::playbook
