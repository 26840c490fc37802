#include "playbook/modules/PingModule.h"

namespace antler::playbook {

PingModule::PingModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec PingModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("ping");
    ModuleArgument data;
    data.name = QStringLiteral("data");
    data.defaultValue = QStringLiteral("pong");
    spec.arguments = {data};
    return spec;
}

void PingModule::start(const QVariantMap &arguments)
{
    const QString data = arguments.value(QStringLiteral("data"), QStringLiteral("pong")).toString();
    if (data == QLatin1String("crash")) {
        fail(QStringLiteral("boom"));
        return;
    }
    transport::CommandSpec spec = commandSpec();
    spec.description = QStringLiteral("ping");
    spec.argv = {QByteArrayLiteral("true")};
    spec.shareShell = true;
    runCommand(spec, [this, data](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error);
            return;
        }
        TaskResult ok;
        ok.data = {{QStringLiteral("changed"), false}, {QStringLiteral("ping"), data}};
        finish(ok);
    });
}

} // namespace antler::playbook
