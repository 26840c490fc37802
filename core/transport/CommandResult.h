#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace antler::transport {

// How a command ended.
struct CommandResult
{
    enum class Status {
        Finished, // the command ran and exited; see exitCode
        TimedOut, // CommandSpec::timeoutMs passed; the command was stopped
        Cancelled, // CommandJob::cancel() or the transport was closed
        ConnectionLost, // the session died while the command ran
        Unreachable, // the host could not be connected to or logged in to
        Failed, // the command could not be started (or become failed)
    };

    Status status = Status::Failed;
    int exitCode = -1; // for Finished; -1 when killed by a signal
    QString exitSignal; // "TERM", "KILL", … when killed by a signal
    QByteArray stdoutData; // empty when CommandSpec::captureOutput is false
    QByteArray stderrData;
    // For anything but a Finished command: one sentence, what happened, on
    // which host, what to do. Never contains a password.
    QString error;

    bool succeeded() const { return status == Status::Finished && exitCode == 0; }
    static QString statusName(Status status);
};

} // namespace antler::transport

Q_DECLARE_METATYPE(antler::transport::CommandResult)
