#include "playbook/modules/Module.h"

#include "transport/CommandJob.h"
#include "transport/Transport.h"

namespace antler::playbook {

Module::Module(const ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

Module::~Module()
{
    if (m_job)
        m_job->cancel();
}

void Module::cancel()
{
    if (m_job)
        m_job->cancel();
    else
        fail(QCoreApplication::translate("antler::playbook::Module", "the task was cancelled"));
}

transport::CommandSpec Module::commandSpec() const
{
    transport::CommandSpec spec;
    spec.become = m_context.become;
    spec.becomeUser = m_context.becomeUser;
    spec.environment = m_context.environment;
    return spec;
}

void Module::runCommand(const transport::CommandSpec &spec, std::function<void(const transport::CommandResult &)> done,
                        bool streamOutput)
{
    if (!m_context.transport) {
        finish(TaskResult::unreachable(
            QCoreApplication::translate("antler::playbook::Module", "no connection to %1").arg(m_context.host)));
        return;
    }
    m_job = m_context.transport->run(spec);
    if (streamOutput) {
        connect(m_job, &transport::CommandJob::stdoutLine, this,
                [this](const QByteArray &line) { Q_EMIT outputLine(QString::fromUtf8(line), false); });
        connect(m_job, &transport::CommandJob::stderrLine, this,
                [this](const QByteArray &line) { Q_EMIT outputLine(QString::fromUtf8(line), true); });
    }
    connect(m_job, &transport::CommandJob::finished, this,
            [this, done = std::move(done)](const transport::CommandResult &result) {
                m_job = nullptr;
                using Status = transport::CommandResult::Status;
                if (result.status == Status::Unreachable || result.status == Status::ConnectionLost) {
                    finish(TaskResult::unreachable(result.error));
                    return;
                }
                done(result);
            });
}

void Module::finish(const TaskResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

void Module::fail(const QString &message)
{
    finish(TaskResult::failed(message));
}

} // namespace antler::playbook
