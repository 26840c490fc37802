#include "NginxProcess.h"

#include "FreePort.h"
#include "HttpClient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace antler::test {

namespace {

// The placeholders documented at the top of resources/frontend/nginx.conf.
constexpr auto listenPlaceholder = "listen 8080";
constexpr auto rootPlaceholder = "/usr/share/antler/frontend";
constexpr auto backendPlaceholder = "127.0.0.1:8081";
constexpr auto tempPlaceholder = "/tmp/nginx";

QString logPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("nginx.log"));
}

} // namespace

NginxProcess::NginxProcess()
{
    // A group of its own, so the workers can be stopped with the master.
    m_process.setChildProcessModifier([] { ::setsid(); });
}

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::binary()
{
    return QStringLiteral("/usr/sbin/nginx");
}

bool NginxProcess::isAvailable()
{
    return QFileInfo(binary()).isExecutable();
}

QString NginxProcess::rewriteConfig(const QString &config, const QString &tempDir, const QString &staticRoot,
                                    quint16 port, quint16 backendPort, QString *error)
{
    for (const char *placeholder : {listenPlaceholder, rootPlaceholder, backendPlaceholder, tempPlaceholder}) {
        if (!config.contains(QLatin1String(placeholder))) {
            *error = QStringLiteral("The nginx config no longer contains the placeholder '%1' the tests rewrite; "
                                    "keep the placeholders documented at its top.")
                         .arg(QLatin1String(placeholder));
            return {};
        }
    }
    QString out = config;
    out.replace(QLatin1String(listenPlaceholder), QStringLiteral("listen 127.0.0.1:%1").arg(port));
    out.replace(QLatin1String(rootPlaceholder), staticRoot);
    out.replace(QLatin1String(backendPlaceholder), QStringLiteral("127.0.0.1:%1").arg(backendPort));
    out.replace(QLatin1String(tempPlaceholder), tempDir + QStringLiteral("/nginx"));
    return out;
}

bool NginxProcess::start(const QString &configFile, const QString &staticRoot, quint16 backendPort)
{
    stop();
    m_error.clear();
    if (!isAvailable()) {
        m_error = QStringLiteral("%1 is not installed; run scripts/install-deps.sh.").arg(binary());
        return false;
    }
    QFile file(configFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("Cannot read the nginx config %1: %2.").arg(configFile, file.errorString());
        return false;
    }
    const QString config = QString::fromUtf8(file.readAll());
    // Another process may take the free port between the probe and nginx's
    // bind; try a few ports before giving up.
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool portTaken = false;
        if (startOnce(config, QFileInfo(staticRoot).absoluteFilePath(), backendPort, &portTaken))
            return true;
        if (!portTaken)
            return false;
    }
    return false;
}

bool NginxProcess::startOnce(const QString &config, const QString &staticRoot, quint16 backendPort, bool *portTaken)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("Cannot create a temp folder for nginx: %1.").arg(m_dir->errorString());
        return false;
    }
    m_port = freeLoopbackPort();
    const QString rendered = rewriteConfig(config, m_dir->path(), staticRoot, m_port, backendPort, &m_error);
    if (rendered.isEmpty())
        return false;
    const QString configPath = m_dir->filePath(QStringLiteral("nginx.conf"));
    QFile out(configPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(rendered.toUtf8()) < 0) {
        m_error = QStringLiteral("Cannot write %1: %2.").arg(configPath, out.errorString());
        return false;
    }
    out.close();

    // Run as root, nginx would switch its workers to 'nobody', who cannot
    // enter the 0700 temp folder or a private checkout; keep them as root.
    QString globals = QStringLiteral("daemon off;");
    if (::geteuid() == 0)
        globals += QStringLiteral(" user root root;");
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(logPath(*m_dir));
    m_process.start(binary(),
                    {QStringLiteral("-p"), m_dir->path() + QLatin1Char('/'), QStringLiteral("-c"), configPath,
                     QStringLiteral("-g"), globals});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("Cannot start %1: %2.").arg(binary(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        if (HttpClient::get(m_port, "/").complete)
            return true;
        QThread::msleep(20);
    }
    stop();
    const QByteArray output = log();
    *portTaken = output.contains("Address already in use");
    m_error = QStringLiteral("nginx did not start on 127.0.0.1:%1 with %2:\n%3")
                  .arg(m_port)
                  .arg(configPath, QString::fromUtf8(output));
    return false;
}

void NginxProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const pid_t group = pid_t(m_process.processId());
    ::kill(group, SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        ::kill(-group, SIGKILL);
        m_process.waitForFinished(3000);
    }
    // Workers left behind by a master that died first.
    ::kill(-group, SIGKILL);
}

QString NginxProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray NginxProcess::log() const
{
    if (!m_dir)
        return {};
    QFile file(logPath(*m_dir));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace antler::test
