#include "ServerProcess.h"

#include "FreePort.h"
#include "HttpClient.h"

#include <QDeadlineTimer>
#include <QThread>

#include <csignal>

namespace antler::test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString ServerProcess::binary()
{
    return QStringLiteral(MOOSEFACTS_BINARY);
}

bool ServerProcess::start(const QStringList &arguments, const QProcessEnvironment &env, quint16 port)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = port ? port : freeLoopbackPort();
        m_process.setProcessEnvironment(env);
        m_process.start(binary(), arguments + QStringList {QStringLiteral("--port"), QString::number(m_port)});
        if (!m_process.waitForStarted(5000)) {
            m_error = m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            const HttpReply reply = HttpClient::get(m_port, "/healthz");
            if (reply.status == 200)
                return true;
            QThread::msleep(20);
        }
        m_process.kill();
        m_process.waitForFinished(3000);
        m_stderr += m_process.readAllStandardError();
        m_error = QStringLiteral("moosefacts did not become healthy: %1").arg(QString::fromUtf8(m_stderr));
    }
    return false;
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    if (m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

} // namespace antler::test
