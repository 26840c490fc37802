#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace antler::test {

// A real nginx running the project's frontend config
// (resources/frontend/nginx.conf) on a free loopback port. The config's
// documented placeholders are rewritten to a fresh temp folder, the static
// root and the backend port, so the file under test is the one that ships.
// nginx runs in its own process group and the whole group is stopped when
// the object goes away, even when a test fails.
class NginxProcess
{
public:
    NginxProcess();
    ~NginxProcess();
    NginxProcess(const NginxProcess &) = delete;
    NginxProcess &operator=(const NginxProcess &) = delete;

    static QString binary();
    static bool isAvailable();

    // The config text with every placeholder replaced; empty (and the reason
    // in *error) if a placeholder is missing, so a changed config fails loudly
    // instead of listening on its container port.
    static QString rewriteConfig(const QString &config, const QString &tempDir, const QString &staticRoot, quint16 port,
                                 quint16 backendPort, QString *error);

    // Starts nginx with configFile rewritten; waits until it answers.
    bool start(const QString &configFile, const QString &staticRoot, quint16 backendPort);
    // Fast shutdown (SIGTERM), then SIGKILL to the process group.
    void stop(int timeoutMs = 5000);

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString errorText() const { return m_error; }
    // What nginx wrote to stdout and stderr: the access log and the error log.
    QByteArray log() const;

private:
    bool startOnce(const QString &config, const QString &staticRoot, quint16 backendPort, bool *portTaken);

    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace antler::test
