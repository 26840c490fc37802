#include "playbook/modules/AsyncStatusModule.h"

#include "playbook/Templar.h"
#include "playbook/modules/AsyncJob.h"

namespace antler::playbook {

AsyncStatusModule::AsyncStatusModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec AsyncStatusModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("async_status");
    ModuleArgument jid = moduleArgument(QStringLiteral("jid"), ModuleArgument::Type::Str);
    jid.required = true;
    spec.arguments = {jid,
                      moduleArgument(QStringLiteral("mode"), ModuleArgument::Type::Str, QStringLiteral("status"), {},
                                     {QStringLiteral("status"), QStringLiteral("cleanup")})};
    return spec;
}

void AsyncStatusModule::start(const QVariantMap &arguments)
{
    const QString jid = Templar::toText(arguments.value(QStringLiteral("jid")));
    if (!AsyncJob::isValidJobId(jid)) {
        fail(tr("“%1” is no job id; give async_status the ansible_job_id registered from a task with async and "
                "poll: 0.")
                 .arg(jid));
        return;
    }
    const bool cleanup = arguments.value(QStringLiteral("mode")).toString() == QLatin1String("cleanup");
    transport::CommandSpec spec = AsyncJob::status(commandSpec(), jid, cleanup);
    spec.shareShell = true;
    runCommand(spec, [this, jid, cleanup](const transport::CommandResult &result) {
        finish(AsyncJob::statusResult(jid, cleanup, result));
    });
}

} // namespace antler::playbook
