#include "transport/CommandJob.h"

#include <QMetaMethod>

namespace antler::transport {

namespace {

// Longer lines are delivered in pieces so one endless line cannot hold
// unbounded memory in the splitter.
constexpr qsizetype maxLineLength = 64 * 1024;

} // namespace

CommandJob::CommandJob(const CommandSpec &spec, const QString &hostName, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_hostName(hostName)
{
}

CommandJob::~CommandJob()
{
    if (!m_finished && m_cancelHandler)
        m_cancelHandler();
}

void CommandJob::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_cancelHandler)
        m_cancelHandler();
}

void CommandJob::deliverStdout(const QByteArray &chunk, bool lineBreakHeld)
{
    deliver(chunk, lineBreakHeld, true);
}

void CommandJob::deliverStderr(const QByteArray &chunk, bool lineBreakHeld)
{
    deliver(chunk, lineBreakHeld, false);
}

void CommandJob::deliver(const QByteArray &chunk, bool lineBreakHeld, bool toStdout)
{
    if (m_finished)
        return;
    if (m_spec.captureOutput)
        (toStdout ? m_stdout : m_stderr).append(chunk);
    const bool lines = toStdout ? isSignalConnected(QMetaMethod::fromSignal(&CommandJob::stdoutLine))
                                : isSignalConnected(QMetaMethod::fromSignal(&CommandJob::stderrLine));
    if (!lines)
        return;
    QByteArray &pending = toStdout ? m_pendingStdout : m_pendingStderr;
    bool &owed = toStdout ? m_stdoutBreakOwed : m_stderrBreakOwed;
    QByteArray data = chunk;
    if (owed && !data.isEmpty()) {
        owed = false;
        if (data.startsWith('\n'))
            data.remove(0, 1); // the held '\n' after all: its line was emitted already
    }
    if (!data.isEmpty())
        splitLines(pending, data, toStdout);
    // Only a line with text is emitted early: an empty one may be no line at
    // all (nothing but the held '\n', which may not be the command's).
    if (lineBreakHeld && !pending.isEmpty()) {
        flushPending(pending, toStdout);
        owed = true;
    }
}

void CommandJob::splitLines(QByteArray &pending, const QByteArray &chunk, bool toStdout)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = chunk.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line
            = pending.isEmpty() ? chunk.mid(start, newline - start) : pending + chunk.mid(start, newline - start);
        pending.clear();
        if (toStdout)
            Q_EMIT stdoutLine(line);
        else
            Q_EMIT stderrLine(line);
        start = newline + 1;
    }
    pending.append(chunk.mid(start));
    while (pending.size() >= maxLineLength) {
        const QByteArray piece = pending.left(maxLineLength);
        pending.remove(0, maxLineLength);
        if (toStdout)
            Q_EMIT stdoutLine(piece);
        else
            Q_EMIT stderrLine(piece);
    }
}

void CommandJob::flushPending(QByteArray &pending, bool toStdout)
{
    if (pending.isEmpty())
        return;
    const QByteArray line = pending;
    pending.clear();
    if (toStdout)
        Q_EMIT stdoutLine(line);
    else
        Q_EMIT stderrLine(line);
}

void CommandJob::complete(CommandResult result)
{
    if (m_finished)
        return;
    flushPending(m_pendingStdout, true);
    flushPending(m_pendingStderr, false);
    m_finished = true;
    m_cancelHandler = nullptr;
    if (result.stdoutData.isEmpty())
        result.stdoutData = std::move(m_stdout);
    if (result.stderrData.isEmpty())
        result.stderrData = std::move(m_stderr);
    m_stdout.clear();
    m_stderr.clear();
    m_result = std::move(result);
    Q_EMIT finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace antler::transport
