#include "playbook/modules/WaitForConnectionModule.h"

#include "transport/CommandJob.h"
#include "transport/Transport.h"

namespace antler::playbook {

WaitForConnectionModule::WaitForConnectionModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec WaitForConnectionModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("wait_for_connection");
    auto integer = [](const char *name, int value) {
        ModuleArgument argument;
        argument.name = QLatin1String(name);
        argument.type = ModuleArgument::Type::Int;
        argument.defaultValue = value;
        return argument;
    };
    spec.arguments = {integer("connect_timeout", 5), integer("delay", 0), integer("sleep", 1), integer("timeout", 600)};
    return spec;
}

void WaitForConnectionModule::start(const QVariantMap &arguments)
{
    m_timeoutMs = arguments.value(QStringLiteral("timeout"), 600).toInt() * 1000;
    m_sleepMs = qMax(0, arguments.value(QStringLiteral("sleep"), 1).toInt() * 1000);
    m_connectTimeoutMs = qMax(1, arguments.value(QStringLiteral("connect_timeout"), 5).toInt()) * 1000;
    const int delayMs = qMax(0, arguments.value(QStringLiteral("delay"), 0).toInt() * 1000);
    if (context().checkMode) {
        TaskResult skipped;
        skipped.status = TaskResult::Status::Skipped;
        skipped.data = {{QStringLiteral("changed"), false}, {QStringLiteral("elapsed"), 0}};
        finish(skipped);
        return;
    }
    m_elapsed.start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WaitForConnectionModule::attempt);
    m_timer->start(delayMs);
}

// Runs `true` directly on the transport (not through runCommand, which would
// end the task at the first refused connection).
void WaitForConnectionModule::attempt()
{
    if (isFinished())
        return;
    if (!context().transport) {
        finish(TaskResult::unreachable(tr("no connection to %1").arg(context().host)));
        return;
    }
    transport::CommandSpec spec = commandSpec();
    spec.become = false;
    spec.argv = {QByteArrayLiteral("true")};
    spec.timeoutMs = m_connectTimeoutMs;
    spec.description = QStringLiteral("wait_for_connection");
    transport::CommandJob *job = context().transport->run(spec);
    connect(job, &transport::CommandJob::finished, this, [this](const transport::CommandResult &result) {
        if (result.succeeded()) {
            TaskResult ok;
            ok.data
                = {{QStringLiteral("changed"), false}, {QStringLiteral("elapsed"), int(m_elapsed.elapsed() / 1000)}};
            finish(ok);
            return;
        }
        m_lastError = result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error;
        if (m_elapsed.elapsed() + m_sleepMs >= m_timeoutMs) {
            TaskResult failed = TaskResult::failed(tr("timed out waiting for ping module test: %1").arg(m_lastError));
            failed.data.insert(QStringLiteral("elapsed"), int(m_elapsed.elapsed() / 1000));
            finish(failed);
            return;
        }
        m_timer->start(m_sleepMs);
    });
}

void WaitForConnectionModule::cancel()
{
    if (m_timer)
        m_timer->stop();
    fail(tr("the task was cancelled"));
}

} // namespace antler::playbook
