#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace antler::test {

// A real image registry for tests: Debian's docker-registry (CNCF
// distribution) serving plain HTTP on a free 127.0.0.1 port, with its
// storage in a temporary folder. Stopped (and its storage removed) when the
// object goes away, even when a test fails.
class RegistryProcess
{
public:
    RegistryProcess();
    ~RegistryProcess();

    // Empty when docker-registry can run here; otherwise why (for QSKIP).
    static QString unavailableReason();

    // Starts the registry and waits until GET /v2/ answers 200.
    bool start(QString *error);
    void stop();

    quint16 port() const { return m_port; }
    // "127.0.0.1:PORT", what image references and antler.yaml name.
    QString address() const;
    QString storageDir() const;
    // The digest the registry holds for repository:reference (a tag or a
    // digest), from the Docker-Content-Digest header; empty if none.
    QByteArray manifestDigest(const QString &repository, const QString &reference) const;
    QByteArray log();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace antler::test
