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

void CommandJob::deliverStdout(const QByteArray &chunk)
{
    if (m_finished || chunk.isEmpty())
        return;
    if (m_spec.captureOutput)
        m_stdout.append(chunk);
    if (isSignalConnected(QMetaMethod::fromSignal(&CommandJob::stdoutLine)))
        splitLines(m_pendingStdout, chunk, true);
}

void CommandJob::deliverStderr(const QByteArray &chunk)
{
    if (m_finished || chunk.isEmpty())
        return;
    if (m_spec.captureOutput)
        m_stderr.append(chunk);
    if (isSignalConnected(QMetaMethod::fromSignal(&CommandJob::stderrLine)))
        splitLines(m_pendingStderr, chunk, false);
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
