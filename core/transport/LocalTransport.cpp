#include "transport/LocalTransport.h"

#include "transport/BecomeHandshake.h"
#include "transport/CommandBuilder.h"

#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <memory>
#include <unistd.h>

namespace antler::transport {

namespace {

constexpr qint64 stdinChunk = 256 * 1024;
constexpr qint64 stdinBufferLimit = 1024 * 1024;

// Arguments for /bin/sh running commandLine. QProcess passes arguments as
// text, which cannot carry bytes that are not UTF-8 (quoted arguments may
// hold any byte), so such a command line travels as printf %b octal escapes
// and is decoded by the shell itself.
QStringList shellArguments(const QByteArray &commandLine)
{
    const bool ascii = std::all_of(commandLine.cbegin(), commandLine.cend(), [](char c) { return uchar(c) < 0x80; });
    if (ascii)
        return {QStringLiteral("-c"), QString::fromLatin1(commandLine)};
    QByteArray escaped;
    for (const char c : commandLine) {
        if (uchar(c) >= 0x80 || c == '\\')
            escaped += "\\0" + QByteArray::number(uchar(c), 8);
        else
            escaped += c;
    }
    // The '.' keeps $(...) from eating trailing newlines.
    return {QStringLiteral("-c"), QStringLiteral("c=$(printf %b \"$1\"; echo .); eval \"${c%.}\""),
            QStringLiteral("sh"), QString::fromLatin1(escaped)};
}

} // namespace

struct LocalTransport::Command
{
    QPointer<CommandJob> job;
    CommandSpec spec;
    BuiltCommand built;
    QProcess *process = nullptr;
    QTimer *timer = nullptr;
    std::unique_ptr<BecomeHandshake> become;
    std::unique_ptr<QFile> stdinFile;
    qint64 stdinOffset = 0;
    bool stdinDone = false;
    bool stopping = false;
    CommandResult::Status stopStatus = CommandResult::Status::Finished;
    QString stopError;
    bool finished = false;
};

LocalTransport::LocalTransport(const ConnectionSettings &settings, QObject *parent)
    : Transport(settings, parent)
{
    qRegisterMetaType<CommandResult>();
}

LocalTransport::~LocalTransport()
{
    const QList<Command *> commands = m_commands;
    for (Command *command : commands) {
        if (command->process)
            command->process->disconnect(this);
        CommandResult result;
        result.status = CommandResult::Status::Cancelled;
        result.error = tr("The command on %1 was cancelled: its transport was closed.").arg(hostName());
        finish(command, result);
    }
}

ConnectionSettings LocalTransport::localSettings()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    return settings;
}

void LocalTransport::open()
{
    if (state() == State::Ready)
        return;
    setState(State::Connecting);
    QTimer::singleShot(0, this, [this] {
        if (state() != State::Connecting)
            return;
        setState(State::Ready);
        Q_EMIT opened();
    });
}

void LocalTransport::close()
{
    const auto commands = m_commands;
    for (Command *command : commands)
        stop(command, CommandResult::Status::Cancelled,
             tr("The command on %1 was cancelled: the connection was closed.").arg(hostName()));
    setState(State::Closed);
}

CommandJob *LocalTransport::run(const CommandSpec &spec)
{
    auto *job = new CommandJob(spec, hostName());
    if (state() != State::Ready && state() != State::Connecting)
        open();
    auto *command = new Command;
    command->job = job;
    command->spec = spec;
    QString error;
    if (!CommandBuilder::build(spec, settings(), &command->built, &error)) {
        delete command;
        QTimer::singleShot(0, job, [job, error] {
            CommandResult result;
            result.error = error;
            job->complete(result);
        });
        return job;
    }
    m_commands.append(command);
    job->setCancelHandler([this, command] {
        stop(command, CommandResult::Status::Cancelled,
             tr("The %1 on %2 was cancelled.")
                 .arg(command->spec.description.isEmpty() ? QStringLiteral("command") : command->spec.description,
                      hostName()));
    });
    // Started from the event loop: finished() never comes before run() returns.
    QTimer::singleShot(0, this, [this, command] { start(command); });
    return job;
}

void LocalTransport::start(Command *command)
{
    if (command->finished || command->stopping) {
        if (!command->finished) {
            CommandResult result;
            result.status = command->stopStatus;
            result.error = command->stopError;
            finish(command, result);
        }
        return;
    }
    if (!command->spec.stdinFile.isEmpty()) {
        command->stdinFile = std::make_unique<QFile>(command->spec.stdinFile);
        if (!command->stdinFile->open(QIODevice::ReadOnly)) {
            CommandResult result;
            result.error = tr("Cannot read %1 to send it to %2: %3.")
                               .arg(command->spec.stdinFile, hostName(), command->stdinFile->errorString());
            finish(command, result);
            return;
        }
    }
    if (command->built.become)
        command->become = std::make_unique<BecomeHandshake>(command->built, settings().becomePassword);

    auto *process = new QProcess(this);
    command->process = process;
    // A group of its own, so stopping the command stops all it started.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, command] { readStdout(command); });
    connect(process, &QProcess::readyReadStandardError, this, [this, command] { readStderr(command); });
    connect(process, &QProcess::bytesWritten, this, [this, command] { writeStdin(command); });
    connect(process, &QProcess::finished, this, [this, command](int exitCode, QProcess::ExitStatus status) {
        // Whatever is still buffered belongs to the result.
        readStdout(command);
        if (command->finished)
            return;
        readStderr(command);
        if (command->finished)
            return;
        CommandResult result;
        if (command->stopping) {
            result.status = command->stopStatus;
            result.error = command->stopError;
        } else if (command->become && !command->become->isDone()) {
            result.status = CommandResult::Status::Failed;
            result.error = command->become->failure(hostName());
        } else if (status == QProcess::CrashExit) {
            result.status = CommandResult::Status::Finished;
            result.exitSignal = QStringLiteral("KILL");
        } else {
            result.status = CommandResult::Status::Finished;
            result.exitCode = exitCode;
        }
        finish(command, result);
    });
    connect(process, &QProcess::errorOccurred, this, [this, command](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        CommandResult result;
        result.error = tr("Cannot start /bin/sh on %1: %2.").arg(hostName(), command->process->errorString());
        finish(command, result);
    });
    if (command->spec.timeoutMs > 0) {
        command->timer = new QTimer(process);
        command->timer->setSingleShot(true);
        connect(command->timer, &QTimer::timeout, this, [this, command] {
            stop(command, CommandResult::Status::TimedOut,
                 tr("The %1 on %2 did not finish within %3 ms and was stopped; raise its timeout or "
                    "check why it hangs.")
                     .arg(command->spec.description.isEmpty() ? QStringLiteral("command") : command->spec.description,
                          hostName())
                     .arg(command->spec.timeoutMs));
        });
        command->timer->start(command->spec.timeoutMs);
    }
    process->start(QStringLiteral("/bin/sh"), shellArguments(command->built.commandLine));
    if (!command->become)
        writeStdin(command);
}

void LocalTransport::readStdout(Command *command)
{
    QByteArray chunk = command->process->readAllStandardOutput();
    if (command->become)
        chunk = command->become->feedStdout(chunk);
    if (command->job)
        command->job->deliverStdout(chunk);
}

void LocalTransport::readStderr(Command *command)
{
    QByteArray chunk = command->process->readAllStandardError();
    if (chunk.isEmpty())
        return;
    if (command->become) {
        const bool wasDone = command->become->isDone();
        QByteArray passOn;
        const auto action = command->become->feedStderr(chunk, &passOn);
        if (action == BecomeHandshake::Action::SendPassword) {
            command->process->write(command->become->password() + '\n');
        } else if (action == BecomeHandshake::Action::Failed) {
            stop(command, CommandResult::Status::Failed, command->become->failure(hostName()));
            return;
        }
        if (!wasDone && command->become->isDone()) {
            if (command->job)
                command->job->deliverStdout(command->become->takeHeldStdout());
            writeStdin(command);
        }
        chunk = passOn;
    }
    if (command->job)
        command->job->deliverStderr(chunk);
}

void LocalTransport::writeStdin(Command *command)
{
    if (command->stdinDone || command->finished || !command->process || (command->become && !command->become->isDone()))
        return;
    QProcess *process = command->process;
    if (command->stdinFile) {
        while (process->bytesToWrite() < stdinBufferLimit) {
            const QByteArray chunk = command->stdinFile->read(stdinChunk);
            if (chunk.isEmpty())
                break;
            process->write(chunk);
            if (chunk.size() < stdinChunk)
                break;
        }
        if (!command->stdinFile->atEnd())
            return;
    } else {
        const QByteArray &data = command->spec.stdinData;
        while (command->stdinOffset < data.size() && process->bytesToWrite() < stdinBufferLimit) {
            const qint64 size = qMin(stdinChunk, data.size() - command->stdinOffset);
            process->write(data.constData() + command->stdinOffset, size);
            command->stdinOffset += size;
        }
        if (command->stdinOffset < data.size())
            return;
    }
    command->stdinDone = true;
    command->stdinFile.reset();
    process->closeWriteChannel();
}

void LocalTransport::stop(Command *command, CommandResult::Status status, const QString &error)
{
    if (command->finished || command->stopping)
        return;
    command->stopping = true;
    command->stopStatus = status;
    command->stopError = error;
    if (!command->process || command->process->state() == QProcess::NotRunning) {
        if (!command->process) // not started yet: start() finishes it
            return;
        CommandResult result;
        result.status = status;
        result.error = error;
        finish(command, result);
        return;
    }
    const auto pid = pid_t(command->process->processId());
    ::kill(-pid, SIGTERM);
    // Whatever ignores TERM gets KILL a moment later.
    QTimer::singleShot(2000, command->process, [pid] { ::kill(-pid, SIGKILL); });
}

void LocalTransport::finish(Command *command, CommandResult result)
{
    if (command->finished)
        return;
    command->finished = true;
    if (command->become) {
        result.error = QString::fromUtf8(command->become->scrub(result.error.toUtf8()));
    }
    m_commands.removeOne(command);
    if (command->process) {
        command->process->disconnect(this);
        if (command->process->state() != QProcess::NotRunning)
            ::kill(-pid_t(command->process->processId()), SIGKILL);
        command->process->deleteLater();
        command->process = nullptr;
    }
    QPointer<CommandJob> job = command->job;
    delete command;
    if (job)
        job->complete(result);
}

} // namespace antler::transport
