#pragma once

#include "pipeline/BuildRequest.h"
#include "pipeline/BuildResult.h"
#include "pipeline/PipelineEvent.h"
#include "pipeline/PodmanSettings.h"
#include "transport/CommandJob.h"
#include "transport/CommandResult.h"
#include "transport/FileJob.h"
#include "transport/Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace antler::pipeline {

// Builds the backend and frontend images natively on the target:
//  1. lays out the build context here (server sources, the standalone CMake
//     project of resources/containers, the frontend, its nginx.conf, the
//     facts, the Containerfiles and build-images.sh) and packs it,
//  2. uploads it over the transport into a fresh folder on the target,
//  3. compiles moosefacts there with the target's compiler (as the login
//     user; ccache when the target has it) and copies the binary and the
//     target's nginx with their shared-library closures into two root
//     folders,
//  4. builds two FROM scratch images with the target's podman (or docker),
//     tags them SOURCECOMMIT-BUILDNUMBER, pushes them to the registry and
//     reads back their digests,
//  5. removes the folder on the target.
// Nothing is pulled from any registry. Every output line streams as a Log
// event and is kept in BuildResult::log; a failed build changes nothing that
// is deployed (only images nobody refers to may remain in the registry).
class ImageBuilder : public QObject
{
    Q_OBJECT

public:
    ImageBuilder(transport::Transport *transport, const QString &registry, const PodmanSettings &settings,
                 QObject *parent = nullptr);
    ~ImageBuilder() override;

    // Starts a build; finished() follows exactly once.
    void start(const BuildRequest &request);
    // Stops the running build; finished() follows with ok == false.
    void cancel();
    bool isRunning() const { return m_running; }

    // "0123456789ab-7": the tag of a build (characters a tag cannot hold become '-').
    static QString tagFor(const QString &sourceCommit, int buildNumber);
    // The folder of build-images.sh, the Containerfiles and the standalone
    // CMakeLists.txt; the copy built into the program unless set.
    void setContainersDir(const QString &dir) { m_containersDir = dir; }

Q_SIGNALS:
    void event(const antler::pipeline::PipelineEvent &event);
    void finished(const antler::pipeline::BuildResult &result);

private:
    bool prepareContext(const BuildRequest &request, QString *error);
    void pack();
    void makeWorkDir();
    void upload();
    void compile();
    void buildImages();
    void cleanUp();
    void finish(bool ok, const QString &error);
    transport::CommandJob *runStreaming(const QByteArray &script, bool become,
                                        const QList<QPair<QByteArray, QByteArray>> &environment, int timeoutMs,
                                        const QString &description);
    void step(const QString &message);
    void logLine(const QString &line);
    QString commandFailure(const QString &what, const transport::CommandResult &result) const;

    QPointer<transport::Transport> m_transport;
    QString m_registry;
    PodmanSettings m_settings;
    QString m_containersDir;

    BuildRequest m_request;
    std::unique_ptr<QTemporaryDir> m_localDir;
    QProcess *m_tar = nullptr;
    QPointer<transport::CommandJob> m_job;
    QPointer<transport::FileJob> m_fileJob;
    QString m_remoteDir;
    QString m_version;
    BuildResult m_result;
    QString m_pendingError;
    bool m_pendingOk = false;
    QElapsedTimer m_timer;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace antler::pipeline
