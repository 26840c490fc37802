#include "pipeline/LocalRuntime.h"

#include <QStandardPaths>

namespace antler::pipeline {

LocalRuntime::LocalRuntime(const PipelineConfig &config, QObject *parent)
    : Runtime(config, parent)
    , m_artifactsDir(defaultArtifactsDir())
    , m_stagesDir(defaultStagesDir())
{
}

LocalRuntime::~LocalRuntime() = default;

QString LocalRuntime::defaultArtifactsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/antler/artifacts");
}

QString LocalRuntime::defaultStagesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/antler/stages");
}

QString LocalRuntime::artifactPath(const QString &digest) const
{
    QString name = digest;
    name.replace(QLatin1Char(':'), QLatin1Char('-'));
    return m_artifactsDir + QLatin1Char('/') + name;
}

void LocalRuntime::build(const BuildRequest &)
{
    BuildResult result;
    result.error = QStringLiteral("not implemented yet");
    Q_EMIT buildFinished(result);
}

void LocalRuntime::deploy(const Stage &stage, const Release &release)
{
    DeployResult result;
    result.stage = stage.name();
    result.digest = release.digest;
    result.error = QStringLiteral("not implemented yet");
    Q_EMIT deployFinished(result);
}

void LocalRuntime::status(const Stage &stage)
{
    WorkloadStatus result;
    result.stage = stage.name();
    result.runtime = QStringLiteral("local");
    Q_EMIT statusFinished(result);
}

void LocalRuntime::stop(const Stage &stage)
{
    Q_EMIT stopFinished(stage.name(), false, QStringLiteral("not implemented yet"));
}

void LocalRuntime::cancel()
{
}

} // namespace antler::pipeline
