#pragma once

#include "pipeline/Runtime.h"

#include <QCoreApplication>

namespace antler::pipeline {

// The `local` runtime: every stage is a detached moosefacts process on this
// machine, started from a content-addressed artifact folder.
//
// build(): copies moosefacts, the frontend files and the facts into
// ARTIFACTS/sha256-HEX/, where HEX is the sha256 over the sorted relative
// paths and bytes of the content (ArtifactDigest), so the same content always
// has the same digest.
//
// deploy(): the stage's listening socket is passed from process to process and
// never closed, so the stage port answers throughout: the new process starts
// on a private port and is checked there (readiness, `/`,
// `/api/facts/random`, `/version` with the new digest); then it receives the
// stage's socket from the old process (moosefacts --control), the old one is
// told to drain (SIGTERM), and the stage address is checked once more. The
// processes outlive antler; their pid files and control sockets live in
// STAGES/NAME/.
class LocalRuntime : public Runtime
{
    Q_OBJECT

public:
    explicit LocalRuntime(const PipelineConfig &config, QObject *parent = nullptr);
    ~LocalRuntime() override;

    RuntimeKind kind() const override { return RuntimeKind::Local; }
    void build(const BuildRequest &request) override;
    void deploy(const Stage &stage, const Release &release) override;
    void status(const Stage &stage) override;
    void stop(const Stage &stage) override;
    void cancel() override;

    // $XDG_DATA_HOME/antler/artifacts and …/stages, unless set (tests).
    static QString defaultArtifactsDir();
    static QString defaultStagesDir();
    void setArtifactsDir(const QString &dir) { m_artifactsDir = dir; }
    void setStagesDir(const QString &dir) { m_stagesDir = dir; }
    QString artifactsDir() const { return m_artifactsDir; }
    QString stagesDir() const { return m_stagesDir; }
    // The folder of an artifact, whether it exists or not.
    QString artifactPath(const QString &digest) const;

private:
    class Rollout;
    void finishRollout(const DeployResult &result);
    QString m_artifactsDir;
    QString m_stagesDir;
    Rollout *m_rollout = nullptr;
};

} // namespace antler::pipeline
