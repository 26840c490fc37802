#pragma once

#include <QProcess>
#include <QStringList>

namespace antler::test {

// A real moosefacts process on a free loopback port, stopped (and killed if
// it will not stop) when the object goes away, even when a test fails.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts moosefacts with the arguments plus --port; waits until /healthz
    // answers. Returns false (and leaves the reason in errorText()) otherwise.
    // A non-zero port is used as given (to restart on the same port).
    bool start(const QStringList &arguments = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), quint16 port = 0);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }
    QString errorText() const { return m_error; }
    QByteArray standardError();

    // Sends SIGTERM and waits for the exit; returns the exit code or -1.
    int terminate(int timeoutMs = 6000);

    static QString binary();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace antler::test
