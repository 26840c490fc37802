#include "RegistryProcess.h"

#include "FreePort.h"
#include "HttpClient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

namespace antler::test {

namespace {

QString registryBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
}

} // namespace

RegistryProcess::RegistryProcess() = default;

RegistryProcess::~RegistryProcess()
{
    stop();
}

QString RegistryProcess::unavailableReason()
{
    if (registryBinary().isEmpty())
        return QStringLiteral("docker-registry is not installed (Debian package docker-registry)");
    return {};
}

QString RegistryProcess::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString RegistryProcess::storageDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("storage")) : QString();
}

bool RegistryProcess::start(QString *error)
{
    const QString binary = registryBinary();
    if (binary.isEmpty()) {
        *error = unavailableReason();
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    m_port = freeLoopbackPort();
    const QString configPath = m_dir->filePath(QStringLiteral("config.yml"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)) {
        *error = config.errorString();
        return false;
    }
    config.write("version: 0.1\n"
                 "log:\n"
                 "  level: warn\n"
                 "storage:\n"
                 "  filesystem:\n"
                 "    rootdirectory: "
                 + storageDir().toUtf8()
                 + "\n"
                   "  delete:\n"
                   "    enabled: true\n"
                   "http:\n"
                   "  addr: 127.0.0.1:"
                 + QByteArray::number(m_port) + "\n");
    config.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary, {QStringLiteral("serve"), configPath});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("docker-registry did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("docker-registry exited: %1").arg(QString::fromUtf8(log()));
            return false;
        }
        const HttpReply reply = HttpClient::get(m_port, "/v2/");
        if (reply.complete && reply.status == 200)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("docker-registry on %1 did not answer /v2/ within 15 s: %2")
                 .arg(address(), QString::fromUtf8(log()));
    return false;
}

void RegistryProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QByteArray RegistryProcess::manifestDigest(const QString &repository, const QString &reference) const
{
    HttpClient client(m_port);
    if (!client.connectToServer())
        return {};
    const HttpReply reply = client.request("HEAD /v2/" + repository.toUtf8() + "/manifests/" + reference.toUtf8()
                                           + " HTTP/1.1\r\n"
                                             "Host: "
                                           + address().toUtf8()
                                           + "\r\n"
                                             "Accept: application/vnd.docker.distribution.manifest.v2+json, "
                                             "application/vnd.oci.image.manifest.v1+json, "
                                             "application/vnd.docker.distribution.manifest.list.v2+json, "
                                             "application/vnd.oci.image.index.v1+json\r\n"
                                             "\r\n");
    return reply.status == 200 ? reply.header("docker-content-digest") : QByteArray();
}

QByteArray RegistryProcess::log()
{
    m_log += m_process.readAll();
    return m_log;
}

} // namespace antler::test
