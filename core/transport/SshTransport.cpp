#include "transport/SshTransport.h"

#include "transport/CommandBuilder.h"
#include "transport/SshConnection.h"

#include <QTimer>

namespace antler::transport {

SshTransport::SshTransport(const ConnectionSettings &settings, QObject *parent)
    : Transport(settings, parent)
{
    qRegisterMetaType<CommandResult>();
    qRegisterMetaType<HostKeyInfo>();
    qRegisterMetaType<Transport::State>();
    m_thread.setObjectName(QStringLiteral("ssh:%1").arg(settings.host));
    m_connection = new SshConnection(settings, settings.host);
    m_connection->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    connect(m_connection, &SshConnection::stateChanged, this, &SshTransport::onStateChanged);
    connect(m_connection, &SshConnection::hostKeyQuestion, this, &SshTransport::unknownHostKey);
    connect(m_connection, &SshConnection::hostKeyChanged, this, &SshTransport::hostKeyChanged);
    connect(m_connection, &SshConnection::output, this, &SshTransport::onOutput);
    connect(m_connection, &SshConnection::commandFinished, this, &SshTransport::onFinished);
    m_thread.start();
}

SshTransport::~SshTransport()
{
    disconnect(m_connection, nullptr, this, nullptr);
    for (const QPointer<CommandJob> &job : std::as_const(m_jobs)) {
        if (job) {
            CommandResult result;
            result.status = CommandResult::Status::Cancelled;
            result.error = tr("The command on %1 was cancelled: its transport was closed.").arg(hostName());
            job->complete(result);
        }
    }
    m_jobs.clear();
    // The worker may wait for a person to answer a secret: it must give up first.
    m_connection->cancelFlag()->store(true);
    QMetaObject::invokeMethod(m_connection, &SshConnection::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SshTransport::open()
{
    if (state() == State::Connecting || state() == State::Ready)
        return;
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_connection, &SshConnection::connectToHost, Qt::QueuedConnection);
}

void SshTransport::close()
{
    m_connection->cancelFlag()->store(true);
    QMetaObject::invokeMethod(m_connection, &SshConnection::disconnectFromHost, Qt::QueuedConnection);
    setState(State::Closed);
}

void SshTransport::answerHostKey(bool accept)
{
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection, accept] { connection->answerHostKey(accept); }, Qt::QueuedConnection);
}

CommandJob *SshTransport::run(const CommandSpec &spec)
{
    auto *job = new CommandJob(spec, hostName());
    BuiltCommand built;
    QString error;
    if (!CommandBuilder::build(spec, settings(), &built, &error, true)) {
        QTimer::singleShot(0, job, [job, error] {
            CommandResult result;
            result.status = CommandResult::Status::Failed;
            result.error = error;
            job->complete(result);
        });
        return job;
    }
    const quint64 id = m_nextId++;
    m_jobs.insert(id, job);
    SshConnection *connection = m_connection;
    job->setCancelHandler([connection, id] {
        QMetaObject::invokeMethod(
            connection, [connection, id] { connection->cancelCommand(id); }, Qt::QueuedConnection);
    });
    if (state() != State::Ready && state() != State::Connecting)
        open();
    QMetaObject::invokeMethod(
        connection, [connection, id, spec, built] { connection->startCommand(id, spec, built); }, Qt::QueuedConnection);
    return job;
}

void SshTransport::prepare(const CommandSpec &spec)
{
    BuiltCommand built;
    QString error;
    if (!CommandBuilder::build(spec, settings(), &built, &error, true) || !built.sharesShell())
        return;
    if (state() != State::Ready && state() != State::Connecting)
        open();
    SshConnection *connection = m_connection;
    QMetaObject::invokeMethod(
        connection, [connection, spec, built] { connection->prepareShell(spec, built); }, Qt::QueuedConnection);
}

void SshTransport::onStateChanged(State value, const QString &error)
{
    if (!error.isEmpty())
        setLastError(error);
    if (state() == State::Closed && value != State::Closed && value != State::Connecting)
        return; // a late report from before close()
    setState(value);
    if (value == State::Ready)
        Q_EMIT opened();
    else if (value == State::Disconnected && !error.isEmpty())
        Q_EMIT failed(error);
}

void SshTransport::onOutput(quint64 id, const QByteArray &stdoutData, const QByteArray &stderrData,
                            bool stdoutBreakHeld, bool stderrBreakHeld)
{
    CommandJob *job = m_jobs.value(id);
    if (!job)
        return;
    job->deliverStdout(stdoutData, stdoutBreakHeld);
    job->deliverStderr(stderrData, stderrBreakHeld);
}

void SshTransport::onFinished(quint64 id, const CommandResult &result)
{
    const QPointer<CommandJob> job = m_jobs.take(id);
    if (job)
        job->complete(result);
}

} // namespace antler::transport
