#include "pipeline/ImageBuilder.h"

#include "transport/CommandJob.h"
#include "transport/FileJob.h"
#include "transport/ShellQuote.h"
#include "transport/Transport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <antler/BuildInfo.h>

namespace antler::pipeline {

namespace {

const QString Operation = QStringLiteral("build");

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        *error = QCoreApplication::translate("antler::pipeline::ImageBuilder",
                                             "%1 cannot be copied into the build context; check "
                                             "that it exists and is readable.")
                     .arg(QDir::toNativeSeparators(from));
        return false;
    }
    // Resources are read-only; the context must be writable to be removed.
    QFile::setPermissions(to, QFile::permissions(to) | QFile::WriteOwner | QFile::ReadOther);
    return true;
}

// Every regular file below from, at the same relative paths below to.
bool copyTree(const QString &from, const QString &to, const QStringList &skipNames, QString *error)
{
    if (!QFileInfo(from).isDir()) {
        *error = QCoreApplication::translate("antler::pipeline::ImageBuilder",
                                             "The source folder %1 does not exist; build from an "
                                             "Antler source tree.")
                     .arg(QDir::toNativeSeparators(from));
        return false;
    }
    const QDir base(from);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (skipNames.contains(it.fileName()))
            continue;
        if (!copyFile(path, QDir(to).filePath(base.relativeFilePath(path)), error))
            return false;
    }
    return true;
}

QString projectVersion(const QString &sourceRoot)
{
    QFile file(QDir(sourceRoot).filePath(QStringLiteral("CMakeLists.txt")));
    // The sources an installed antler carries (share/antler/source) are those
    // of its own version and have no top-level CMakeLists.txt.
    if (!file.open(QIODevice::ReadOnly))
        return QLatin1String(antler::buildinfo::version);
    static const QRegularExpression version(QStringLiteral("project\\(\\s*\\w+\\s+VERSION\\s+([0-9]+(?:\\.[0-9]+)*)"));
    const QRegularExpressionMatch match = version.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1) : QStringLiteral("0.0.0");
}

} // namespace

ImageBuilder::ImageBuilder(transport::Transport *transport, const QString &registry, const PodmanSettings &settings,
                           QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_registry(registry)
    , m_settings(settings)
    , m_containersDir(QStringLiteral(":/antler/containers"))
{
}

ImageBuilder::~ImageBuilder()
{
    if (m_job)
        m_job->cancel();
    if (m_fileJob)
        m_fileJob->cancel();
}

QString ImageBuilder::tagFor(const QString &sourceCommit, int buildNumber)
{
    QString commit = sourceCommit.isEmpty() ? QStringLiteral("unknown") : sourceCommit;
    static const QRegularExpression notTag(QStringLiteral("[^A-Za-z0-9_.-]"));
    commit.replace(notTag, QStringLiteral("-"));
    return commit.left(100) + QLatin1Char('-') + QString::number(buildNumber);
}

void ImageBuilder::step(const QString &message)
{
    m_result.log.append(QStringLiteral("== ") + message);
    Q_EMIT event(PipelineEvent::step(Operation, QString(), message));
}

void ImageBuilder::logLine(const QString &line)
{
    m_result.log.append(line);
    Q_EMIT event(PipelineEvent::log(Operation, QString(), line));
}

QString ImageBuilder::commandFailure(const QString &what, const transport::CommandResult &result) const
{
    const QString host = m_transport ? m_transport->hostName() : QString();
    if (result.status == transport::CommandResult::Status::Finished) {
        QString last;
        const QList<QByteArray> lines = result.stderrData.trimmed().split('\n');
        if (!lines.isEmpty())
            last = QString::fromUtf8(lines.last()).trimmed();
        return tr("%1 failed on %2 with exit code %3%4; the build log above says why, nothing "
                  "deployed was changed.")
            .arg(what, host)
            .arg(result.exitCode)
            .arg(last.isEmpty() ? QString() : QStringLiteral(" (") + last + QLatin1Char(')'));
    }
    return tr("%1 on %2 did not finish: %3").arg(what, host, result.error);
}

void ImageBuilder::start(const BuildRequest &request)
{
    m_request = request;
    m_result = BuildResult();
    m_remoteDir.clear();
    m_pendingError.clear();
    m_pendingOk = false;
    m_cancelled = false;
    m_running = true;
    m_timer.start();
    Q_EMIT event(PipelineEvent::started(Operation, QString(),
                                        tr("building images of %1 (build %2) on %3")
                                            .arg(request.sourceCommit)
                                            .arg(request.buildNumber)
                                            .arg(m_transport ? m_transport->hostName() : QString())));
    if (!m_transport) {
        finish(false, tr("No transport to the build target; check the target in antler.yaml."));
        return;
    }
    if (m_registry.isEmpty() || m_registry == QLatin1String("none")) {
        finish(false,
               tr("No registry is configured, so the images could not be pushed anywhere; "
                  "set registry: HOST:PORT in antler.yaml."));
        return;
    }
    QString error;
    if (!prepareContext(request, &error)) {
        finish(false, error);
        return;
    }
    pack();
}

bool ImageBuilder::prepareContext(const BuildRequest &request, QString *error)
{
    m_localDir = std::make_unique<QTemporaryDir>();
    if (!m_localDir->isValid()) {
        *error = tr("No temporary folder for the build context could be made (%1); free some "
                    "space in the temporary folder.")
                     .arg(m_localDir->errorString());
        return false;
    }
    const QDir context(m_localDir->filePath(QStringLiteral("context")));
    const QString serverDir = QDir(request.serverSourceDir).absolutePath();
    const QString sourceRoot = QFileInfo(serverDir).dir().absolutePath();
    const QString factsFile = request.factsFile.isEmpty()
        ? QDir(serverDir).filePath(QStringLiteral("data/moose-facts.json"))
        : request.factsFile;
    step(tr("preparing the build context from %1").arg(QDir::toNativeSeparators(sourceRoot)));

    if (!copyTree(serverDir, context.filePath(QStringLiteral("source/server")), {QStringLiteral("CMakeLists.txt.user")},
                  error))
        return false;
    const QDir cmakeDir(QDir(sourceRoot).filePath(QStringLiteral("cmake")));
    for (const QString &name : {QStringLiteral("AntlerCommon.cmake"), QStringLiteral("BuildInfo.h.in")}) {
        if (!copyFile(cmakeDir.filePath(name), context.filePath(QStringLiteral("source/cmake/") + name), error))
            return false;
    }
    const QDir containers(m_containersDir);
    if (!copyFile(containers.filePath(QStringLiteral("CMakeLists.txt")),
                  context.filePath(QStringLiteral("source/CMakeLists.txt")), error))
        return false;
    for (const QString &name : {QStringLiteral("Containerfile.backend"), QStringLiteral("Containerfile.frontend"),
                                QStringLiteral("build-images.sh")}) {
        if (!copyFile(containers.filePath(name), context.filePath(name), error))
            return false;
    }
    if (!copyTree(request.frontendDir, context.filePath(QStringLiteral("frontend")), {QStringLiteral("nginx.conf")},
                  error))
        return false;
    if (!copyFile(QDir(request.frontendDir).filePath(QStringLiteral("nginx.conf")),
                  context.filePath(QStringLiteral("nginx.conf")), error))
        return false;
    if (!copyFile(factsFile, context.filePath(QStringLiteral("facts/moose-facts.json")), error))
        return false;
    m_result.release.sourceCommit = request.sourceCommit;
    m_result.release.buildNumber = request.buildNumber;
    m_request.sourceCommit = request.sourceCommit.isEmpty() ? QStringLiteral("unknown") : request.sourceCommit;
    m_version = projectVersion(sourceRoot);
    return true;
}

void ImageBuilder::pack()
{
    m_tar = new QProcess(this);
    m_tar->setProgram(QStringLiteral("tar"));
    m_tar->setArguments({QStringLiteral("-C"), m_localDir->filePath(QStringLiteral("context")), QStringLiteral("-cf"),
                         m_localDir->filePath(QStringLiteral("context.tar")), QStringLiteral(".")});
    m_tar->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_tar, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QByteArray output = m_tar->readAll();
        m_tar->deleteLater();
        m_tar = nullptr;
        if (m_cancelled)
            return finish(false, tr("cancelled"));
        if (status != QProcess::NormalExit || exitCode != 0) {
            return finish(false,
                          tr("The build context could not be packed with tar (%1); check "
                             "the temporary folder.")
                              .arg(QString::fromLocal8Bit(output).trimmed()));
        }
        makeWorkDir();
    });
    connect(m_tar, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_tar)
            return;
        m_tar->deleteLater();
        m_tar = nullptr;
        finish(false, tr("tar could not be started to pack the build context; install tar."));
    });
    m_tar->start();
}

void ImageBuilder::makeWorkDir()
{
    step(tr("making a build folder on %1").arg(m_transport->hostName()));
    transport::CommandSpec spec;
    spec.argv = {"mktemp", "-d", QDir(m_settings.workDir).filePath(QStringLiteral("antler-build.XXXXXX")).toUtf8()};
    spec.timeoutMs = 60000;
    spec.description = tr("mktemp");
    m_job = m_transport->run(spec);
    connect(m_job, &transport::CommandJob::finished, this, [this](const transport::CommandResult &result) {
        if (m_cancelled)
            return finish(false, tr("cancelled"));
        if (!result.succeeded())
            return finish(false, commandFailure(tr("Making a build folder in %1").arg(m_settings.workDir), result));
        m_remoteDir = QString::fromUtf8(result.stdoutData.trimmed());
        upload();
    });
}

void ImageBuilder::upload()
{
    const QString tarFile = m_localDir->filePath(QStringLiteral("context.tar"));
    step(tr("uploading the build context (%1 KiB) to %2:%3")
             .arg(QFileInfo(tarFile).size() / 1024)
             .arg(m_transport->hostName(), m_remoteDir));
    transport::FileSpec spec;
    spec.localPath = tarFile;
    spec.remotePath = m_remoteDir + QStringLiteral("/context.tar");
    spec.mode = 0600;
    spec.timeoutMs = 300000;
    m_fileJob = m_transport->putFile(spec);
    connect(m_fileJob, &transport::FileJob::finished, this, [this](const transport::FileResult &result) {
        if (m_cancelled)
            return cleanUp();
        if (!result.ok) {
            m_pendingOk = false;
            m_pendingError = tr("The build context could not be uploaded: %1").arg(result.error);
            return cleanUp();
        }
        compile();
    });
}

transport::CommandJob *ImageBuilder::runStreaming(const QByteArray &script, bool become,
                                                  const QList<QPair<QByteArray, QByteArray>> &environment,
                                                  int timeoutMs, const QString &description)
{
    transport::CommandSpec spec;
    spec.script = script;
    spec.become = become;
    spec.environment = environment;
    spec.timeoutMs = timeoutMs;
    spec.description = description;
    transport::CommandJob *job = m_transport->run(spec);
    connect(job, &transport::CommandJob::stdoutLine, this,
            [this](const QByteArray &line) { logLine(QString::fromUtf8(line)); });
    connect(job, &transport::CommandJob::stderrLine, this,
            [this](const QByteArray &line) { logLine(QString::fromUtf8(line)); });
    return job;
}

void ImageBuilder::compile()
{
    step(tr("compiling moosefacts natively on %1").arg(m_transport->hostName()));
    const QByteArray dir = transport::shellQuote(m_remoteDir.toUtf8());
    const QByteArray script = "set -e; mkdir -p " + dir + "/context && tar -xf " + dir + "/context.tar -C " + dir
        + "/context && exec sh " + dir + "/context/build-images.sh compile";
    // The limit only ends a compiler that hangs: a Pi with 1 GB compiles one
    // file at a time, and a slow one (or the emulated stand-in) takes well
    // over half an hour. Cancel stops it at any time.
    m_job = runStreaming(script, false,
                         {{"SOURCE_COMMIT", m_request.sourceCommit.toUtf8()}, {"VERSION", m_version.toUtf8()}},
                         3 * 60 * 60 * 1000, tr("compile"));
    connect(m_job, &transport::CommandJob::finished, this, [this](const transport::CommandResult &result) {
        if (!m_cancelled && !result.succeeded()) {
            m_pendingOk = false;
            m_pendingError = commandFailure(tr("Compiling moosefacts"), result);
            return cleanUp();
        }
        if (m_cancelled)
            return cleanUp();
        buildImages();
    });
}

void ImageBuilder::buildImages()
{
    const QString tag = tagFor(m_request.sourceCommit, m_request.buildNumber);
    step(tr("building and pushing the images %1/moosefacts:%2 and %1/moosefacts-frontend:%2").arg(m_registry, tag));
    QList<QPair<QByteArray, QByteArray>> environment = {
        {"REGISTRY", m_registry.toUtf8()},
        {"TAG", tag.toUtf8()},
        {"SOURCE_COMMIT", m_request.sourceCommit.toUtf8()},
        {"ENGINE", m_settings.engine.toUtf8()},
    };
    if (!m_settings.containersConf.isEmpty())
        environment.append({"CONTAINERS_CONF", m_settings.containersConf.toUtf8()});
    const QByteArray script
        = "exec sh " + transport::shellQuote(m_remoteDir.toUtf8()) + "/context/build-images.sh images";
    m_job = runStreaming(script, m_settings.become, environment, 15 * 60 * 1000, tr("image build"));
    connect(m_job, &transport::CommandJob::finished, this, [this](const transport::CommandResult &result) {
        if (m_cancelled)
            return cleanUp();
        if (!result.succeeded()) {
            m_pendingOk = false;
            static const QRegularExpression pushFailed(QStringLiteral("(?m)^antler-push-failed (\\S+)$"));
            const QRegularExpressionMatch failedPush = pushFailed.match(QString::fromUtf8(result.stdoutData));
            if (result.status == transport::CommandResult::Status::Finished && failedPush.hasMatch()) {
                const QList<QByteArray> lines = result.stderrData.trimmed().split('\n');
                m_pendingError = tr("The registry %1 did not take %2 (%3); check that it runs and answers on %1 "
                                    "(the registry in antler.yaml), then build again. Nothing was released, "
                                    "promoted or deployed.")
                                     .arg(m_registry, failedPush.captured(1),
                                          QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last().trimmed()));
            } else {
                m_pendingError = commandFailure(tr("Building and pushing the images"), result);
            }
            return cleanUp();
        }
        static const QRegularExpression line(QStringLiteral("(?m)^antler-image (\\S+) (\\S+@(sha256:[0-9a-f]{64}))$"));
        QRegularExpressionMatchIterator it = line.globalMatch(QString::fromUtf8(result.stdoutData));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString repository = match.captured(1);
            if (repository == QLatin1String("moosefacts")) {
                m_result.release.artifacts.insert(QStringLiteral("moosefacts"), match.captured(2));
                m_result.release.digest = match.captured(3);
            } else if (repository == QLatin1String("moosefacts-frontend")) {
                m_result.release.artifacts.insert(QStringLiteral("frontend"), match.captured(2));
            }
        }
        if (!m_result.release.isValid() || !m_result.release.artifacts.contains(QStringLiteral("frontend"))) {
            m_pendingOk = false;
            m_pendingError = tr("The images were built on %1 but their digests could not be read "
                                "back from the push; see the build log.")
                                 .arg(m_transport->hostName());
            return cleanUp();
        }
        m_pendingOk = true;
        m_pendingError.clear();
        cleanUp();
    });
}

void ImageBuilder::cleanUp()
{
    if (m_cancelled) {
        m_pendingOk = false;
        m_pendingError = tr("cancelled");
    }
    if (m_remoteDir.isEmpty() || m_settings.keepWorkDir || !m_transport)
        return finish(m_pendingOk, m_pendingError);
    transport::CommandSpec spec;
    spec.argv = {"rm", "-rf", "--", m_remoteDir.toUtf8()};
    // The images step writes its digest files as root.
    spec.become = m_settings.become;
    spec.timeoutMs = 120000;
    spec.description = tr("removing the build folder");
    m_job = m_transport->run(spec);
    connect(m_job, &transport::CommandJob::finished, this, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            logLine(tr("warning: the build folder %1 on %2 could not be removed: %3")
                        .arg(m_remoteDir, m_transport->hostName(),
                             QString::fromUtf8(result.stderrData.trimmed()) + result.error));
        }
        finish(m_pendingOk, m_pendingError);
    });
}

void ImageBuilder::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_tar)
        m_tar->kill();
    if (m_fileJob && !m_fileJob->isFinished())
        m_fileJob->cancel();
    if (m_job && !m_job->isFinished()) {
        // The cleanup job is allowed to finish; everything else stops now.
        if (m_job->spec().description != tr("removing the build folder"))
            m_job->cancel();
    }
}

void ImageBuilder::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = ok;
    m_result.error = ok ? QString() : error;
    m_result.durationMs = m_timer.elapsed();
    if (!ok)
        m_result.release = Release {QString(), {}, m_request.sourceCommit, m_request.buildNumber};
    m_localDir.reset();
    Q_EMIT event(PipelineEvent::finished(
        Operation, QString(), ok,
        ok ? tr("built %1 in %2 s").arg(m_result.release.digest).arg(m_result.durationMs / 1000.0, 0, 'f', 1) : error));
    Q_EMIT finished(m_result);
}

} // namespace antler::pipeline
