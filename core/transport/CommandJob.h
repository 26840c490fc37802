#pragma once

#include "transport/CommandResult.h"
#include "transport/CommandSpec.h"

#include <QObject>

#include <functional>

namespace antler::transport {

// A running command, returned by Transport::run(). It lives on the thread
// that owns the transport and reports there.
//
// Output arrives line by line (stdoutLine/stderrLine, without the '\n'; a
// final line without one is delivered at the end; lines longer than 64 KiB
// come in pieces), then finished() is emitted exactly once.
//
// Ownership: by default the job deletes itself (deleteLater) right after
// finished() has been emitted, so a caller just connects to finished() and
// reads the result passed with it. Call setAutoDelete(false) to keep it; the
// caller then deletes it. Deleting a job that has not finished cancels the
// command.
class CommandJob : public QObject
{
    Q_OBJECT
public:
    explicit CommandJob(const CommandSpec &spec, const QString &hostName, QObject *parent = nullptr);
    ~CommandJob() override;

    const CommandSpec &spec() const { return m_spec; }
    QString hostName() const { return m_hostName; }
    bool isFinished() const { return m_finished; }
    // Valid once isFinished().
    CommandResult result() const { return m_result; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // Stops the command; finished() follows with Status::Cancelled (unless
    // the command ended first). Does nothing once finished.
    void cancel();

    // For transport implementations only.
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    // lineBreakHeld: the transport holds back a '\n' that follows chunk
    // because it may not be the command's (a shared shell's end marker
    // starts with one): the line before it is emitted now, so output stays
    // live; the '\n', when it is delivered after all, only completes the
    // captured output.
    void deliverStdout(const QByteArray &chunk, bool lineBreakHeld = false);
    void deliverStderr(const QByteArray &chunk, bool lineBreakHeld = false);
    // Emits finished(); output delivered so far goes into the result.
    void complete(CommandResult result);

Q_SIGNALS:
    void stdoutLine(const QByteArray &line);
    void stderrLine(const QByteArray &line);
    void finished(const antler::transport::CommandResult &result);

private:
    void deliver(const QByteArray &chunk, bool lineBreakHeld, bool toStdout);
    void splitLines(QByteArray &pending, const QByteArray &chunk, bool toStdout);
    void flushPending(QByteArray &pending, bool toStdout);

    CommandSpec m_spec;
    QString m_hostName;
    CommandResult m_result;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QByteArray m_pendingStdout;
    QByteArray m_pendingStderr;
    std::function<void()> m_cancelHandler;
    // A line was emitted before its '\n' arrived (lineBreakHeld).
    bool m_stdoutBreakOwed = false;
    bool m_stderrBreakOwed = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_cancelRequested = false;
};

} // namespace antler::transport
