// The podman runtime end to end on this machine, with real programs only: a
// docker-registry on loopback, the target reached over SSH (the sshd fixture,
// as the throwaway sudo user; podman runs rootful through become), the images
// built natively on the target from this source tree, three stages played
// with podman kube play. Promotion moves the digest running in the source
// stage; the test proves the target stage runs the very image tested
// (podman inspect of the running containers). A broken build (its /healthz
// answers 500) fails its rollout and the stage goes back to the old digest.
//
// fullCycle and brokenBuildRollsBack drive PodmanRuntime directly over SSH:
// promotion there is "read the digest running in FROM with status(), deploy
// that release to TO", the rollback the deploy of the previous release.
// controllerPromotesAndRollsBackAutomatically drives the same runtime
// through PipelineController (target localhost, the runtime made by
// RuntimeFactory, CONTAINERS_CONF from ANTLER_CONTAINERS_CONF): its
// promotion gates, its automatic rollback and its history.
#include "FreePort.h"
#include "HttpClient.h"
#include "RegistryProcess.h"
#include "SshdFixture.h"
#include "pipeline/BuildRequest.h"
#include "pipeline/History.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/PipelineController.h"
#include "pipeline/PodmanRuntime.h"
#include "transport/SshTransport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace antler::pipeline;
using antler::test::HttpClient;
using antler::test::HttpReply;
using antler::test::RegistryProcess;
using antler::test::SshdFixture;

namespace {

// Bounds, not timings: how long the test waits before calling a hang a failure.
constexpr int buildLimitMs = 20 * 60 * 1000; // a cold native compile on a busy 2-core machine
constexpr int deployLimitMs = 5 * 60 * 1000;

QString sourceDir(const QString &relative)
{
    return QDir(QStringLiteral(ANTLER_SOURCE_DIR)).filePath(relative);
}

QString gitCommit()
{
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"), QStringLiteral(ANTLER_SOURCE_DIR), QStringLiteral("rev-parse"),
               QStringLiteral("--short=12"), QStringLiteral("HEAD")});
    if (!git.waitForFinished(10000) || git.exitCode() != 0)
        return QStringLiteral("unknown");
    return QString::fromUtf8(git.readAllStandardOutput().trimmed());
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class TestPipelinePodman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullCycle();
    void brokenBuildRollsBack();
    void controllerPromotesAndRollsBackAutomatically();
    // Last: it leaves the registry stopped.
    void registryDownDuringAPushChangesNothing();

private:
    OperationOutcome run(PipelineController &controller, const std::function<void()> &start);
    QString brokenSources();
    BuildResult build(const BuildRequest &request);
    DeployResult deploy(const Stage &stage, const Release &release);
    WorkloadStatus status(const Stage &stage);
    bool stop(const Stage &stage);
    // Runs podman on this machine (the target) for the checks, rootful.
    QByteArray podman(const QStringList &arguments);
    void verifyServes(const Stage &stage, const QString &digest);
    QJsonObject inspectBackend(const Stage &stage);
    BuildRequest request(const QString &serverDir, int buildNumber) const;

    RegistryProcess m_registry;
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<antler::transport::SshTransport> m_transport;
    std::unique_ptr<PodmanRuntime> m_runtime;
    QTemporaryDir m_dir;
    PipelineConfig m_config;
    QList<Stage> m_stages;
    QList<Stage> m_cleanupStages;
    QString m_containersConf;
    QStringList m_events;
    Release m_good;
    QStringList m_pushedImages;
};

void TestPipelinePodman::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty())
        QSKIP("podman is not installed (Debian packages podman and runc)");
    if (!RegistryProcess::unavailableReason().isEmpty())
        QSKIP(qPrintable(RegistryProcess::unavailableReason()));
    if (!SshdFixture::unavailableReason().isEmpty())
        QSKIP(qPrintable(SshdFixture::unavailableReason()));
    QString password;
    QString reason;
    if (!SshdFixture::ensureTestUser(&password, &reason))
        QSKIP(qPrintable(reason));
    QVERIFY(m_dir.isValid());

    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
    m_sshd = std::make_unique<SshdFixture>();
    QVERIFY2(m_sshd->start(&error), qPrintable(error));

    auto settings = m_sshd->settings(SshdFixture::testUser());
    settings.becomePassword = password;
    m_transport = std::make_unique<antler::transport::SshTransport>(settings);
    m_transport->setHostName(QStringLiteral("target"));

    // Three stages on free loopback ports; pod names unique to this run so
    // nothing else on the machine is touched.
    const QString run = QString::number(QCoreApplication::applicationPid());
    QByteArray yaml = "version: 1\nprofile: custom\nregistry: " + m_registry.address().toUtf8() + "\nstages:\n";
    for (const char *name : {"test", "staging", "production"}) {
        yaml += "  - name: " + QByteArray(name) + "\n    runtime: podman\n    host: 127.0.0.1\n    port: "
            + QByteArray::number(antler::test::freeLoopbackPort()) + "\n";
    }
    QVERIFY2(m_config.loadData(yaml, QStringLiteral("antler.yaml"), &error), qPrintable(error));
    for (Stage stage : m_config.stages()) {
        stage.setPodName(QStringLiteral("antlertest-%1-%2").arg(run, stage.name()));
        stage.setRolloutTimeoutSeconds(45);
        m_stages.append(stage);
    }

    // The runtime writes DESIGN.md's containers.conf (runc, ulimits) on the
    // target through sudo and exports it to every podman command.
    m_containersConf = QStringLiteral("/var/tmp/antler-test-containers-%1.conf").arg(run);
    PodmanSettings podman;
    podman.containersConf = m_containersConf;
    podman.writeContainersConf = true;
    podman.become = true;
    m_runtime = std::make_unique<PodmanRuntime>(m_config);
    m_runtime->setTransport(m_transport.get());
    m_runtime->setSettings(podman);
    connect(m_runtime.get(), &Runtime::event, this,
            [this](const PipelineEvent &event) { m_events.append(event.toText()); });
}

void TestPipelinePodman::cleanupTestCase()
{
    if (m_runtime) {
        for (const Stage &stage : std::as_const(m_stages))
            stop(stage);
        for (const Stage &stage : std::as_const(m_cleanupStages))
            stop(stage);
    }
    for (const QString &image : std::as_const(m_pushedImages))
        podman({QStringLiteral("rmi"), QStringLiteral("--force"), QStringLiteral("--ignore"), image});
    // Every image of this run's registry, tagged or pulled by digest, by ID.
    const QByteArray ids = podman({QStringLiteral("images"), QStringLiteral("--quiet"), QStringLiteral("--filter"),
                                   QStringLiteral("reference=") + m_registry.address() + QStringLiteral("/*")});
    for (const QByteArray &id : ids.split('\n')) {
        if (!id.trimmed().isEmpty())
            podman({QStringLiteral("rmi"), QStringLiteral("--force"), QString::fromUtf8(id.trimmed())});
    }
    if (!m_containersConf.isEmpty())
        QFile::remove(m_containersConf);
}

QByteArray TestPipelinePodman::podman(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (QFile::exists(m_containersConf))
        environment.insert(QStringLiteral("CONTAINERS_CONF"), m_containersConf);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("podman"), arguments);
    process.waitForFinished(120000);
    return process.readAllStandardOutput();
}

BuildRequest TestPipelinePodman::request(const QString &serverDir, int buildNumber) const
{
    BuildRequest request;
    request.serverSourceDir = serverDir;
    request.frontendDir = sourceDir(QStringLiteral("resources/frontend"));
    request.factsFile = sourceDir(QStringLiteral("server/data/moose-facts.json"));
    request.sourceCommit = gitCommit();
    request.buildNumber = buildNumber;
    return request;
}

BuildResult TestPipelinePodman::build(const BuildRequest &request)
{
    QSignalSpy spy(m_runtime.get(), &Runtime::buildFinished);
    m_runtime->build(request);
    if (spy.isEmpty() && !spy.wait(buildLimitMs)) {
        BuildResult result;
        result.error = QStringLiteral("TEST: no build result within the limit");
        return result;
    }
    const BuildResult result = spy.takeFirst().at(0).value<BuildResult>();
    for (const QString &image : result.release.artifacts)
        m_pushedImages.append(image);
    return result;
}

DeployResult TestPipelinePodman::deploy(const Stage &stage, const Release &release)
{
    QSignalSpy spy(m_runtime.get(), &Runtime::deployFinished);
    m_runtime->deploy(stage, release);
    if (spy.isEmpty() && !spy.wait(deployLimitMs)) {
        DeployResult result;
        result.error = QStringLiteral("TEST: no deploy result within the limit");
        return result;
    }
    return spy.takeFirst().at(0).value<DeployResult>();
}

WorkloadStatus TestPipelinePodman::status(const Stage &stage)
{
    QSignalSpy spy(m_runtime.get(), &Runtime::statusFinished);
    m_runtime->status(stage);
    if (spy.isEmpty() && !spy.wait(120000))
        return {};
    return spy.takeFirst().at(0).value<WorkloadStatus>();
}

bool TestPipelinePodman::stop(const Stage &stage)
{
    QSignalSpy spy(m_runtime.get(), &Runtime::stopFinished);
    m_runtime->stop(stage);
    return (!spy.isEmpty() || spy.wait(120000)) && spy.first().at(1).toBool();
}

void TestPipelinePodman::verifyServes(const Stage &stage, const QString &digest)
{
    const HttpReply page = HttpClient::get(stage.port(), "/");
    QVERIFY2(page.complete && page.status == 200, qPrintable(stage.name()));
    QVERIFY(page.body.contains("<html") || page.body.contains("<!doctype html")
            || page.body.contains("<!DOCTYPE html"));
    const HttpReply fact = HttpClient::get(stage.port(), "/api/facts/random");
    QCOMPARE(fact.status, 200);
    QVERIFY(QJsonDocument::fromJson(fact.body).object().contains(QStringLiteral("text")));
    const HttpReply version = HttpClient::get(stage.port(), "/version");
    QCOMPARE(version.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(version.body).object();
    QCOMPARE(object.value(QStringLiteral("image_digest")).toString(), digest);
    QCOMPARE(object.value(QStringLiteral("stage")).toString(), stage.name());
}

QJsonObject TestPipelinePodman::inspectBackend(const Stage &stage)
{
    const QByteArray names = podman({QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Names}}"),
                                     QStringLiteral("--filter"), PodmanRuntime::instanceFilter(stage)});
    for (const QByteArray &name : names.split('\n')) {
        if (name.trimmed().endsWith("-backend")) {
            const QJsonArray inspected
                = QJsonDocument::fromJson(podman({QStringLiteral("inspect"), QString::fromUtf8(name.trimmed())}))
                      .array();
            return inspected.isEmpty() ? QJsonObject() : inspected.first().toObject();
        }
    }
    return {};
}

QString TestPipelinePodman::brokenSources()
{
    // The same sources, except that /healthz answers 500.
    const QString brokenServer = m_dir.filePath(QStringLiteral("broken/server"));
    if (QFileInfo::exists(brokenServer))
        return brokenServer;
    if (!copyTree(sourceDir(QStringLiteral("server")), brokenServer))
        return {};
    QFile server(QDir(brokenServer).filePath(QStringLiteral("MooseServer.cpp")));
    if (!server.open(QIODevice::ReadOnly))
        return {};
    QByteArray code = server.readAll();
    server.close();
    const QByteArray healthy = "r = HttpResponse::json(200, QByteArrayLiteral(\"{\\\"status\\\":\\\"ok\\\"}\"));";
    if (!code.contains(healthy)) {
        qWarning("the /healthz answer in MooseServer.cpp changed; update this test");
        return {};
    }
    code.replace(healthy, "r = HttpResponse::json(500, QByteArrayLiteral(\"{\\\"status\\\":\\\"broken\\\"}\"));");
    if (!server.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    server.write(code);
    server.close();
    // Keep the source tree's cmake/ next to it, as in a checkout.
    if (!copyTree(sourceDir(QStringLiteral("cmake")), m_dir.filePath(QStringLiteral("broken/cmake"))))
        return {};
    QFile::copy(sourceDir(QStringLiteral("CMakeLists.txt")), m_dir.filePath(QStringLiteral("broken/CMakeLists.txt")));
    return brokenServer;
}

OperationOutcome TestPipelinePodman::run(PipelineController &controller, const std::function<void()> &start)
{
    QSignalSpy spy(&controller, &PipelineController::finished);
    start();
    if (spy.isEmpty() && !spy.wait(buildLimitMs)) {
        OperationOutcome outcome;
        outcome.message = QStringLiteral("TEST: no outcome within the limit");
        return outcome;
    }
    return spy.takeFirst().at(0).value<OperationOutcome>();
}

void TestPipelinePodman::controllerPromotesAndRollsBackAutomatically()
{
    if (m_stages.isEmpty())
        QSKIP("needs the fixtures of initTestCase");
    // The runtime RuntimeFactory makes reads its podman settings from here.
    qputenv("ANTLER_CONTAINERS_CONF", m_containersConf.toUtf8());
    const QString runId = QString::number(QCoreApplication::applicationPid());
    QByteArray yaml = "version: 1\nprofile: custom\ntarget: localhost\nruntime: podman\nregistry: "
        + m_registry.address().toUtf8() + "\nstages:\n";
    QList<quint16> ports;
    for (const char *name : {"test", "staging"}) {
        ports.append(antler::test::freeLoopbackPort());
        yaml += "  - name: " + QByteArray(name) + "\n    host: 127.0.0.1\n    port: " + QByteArray::number(ports.last())
            + "\n    pod: antlerctl-" + runId.toUtf8() + "-" + name + "\n    rollout_timeout: 45s\n";
    }
    PipelineConfig config;
    QString error;
    QVERIFY2(config.loadData(yaml, QStringLiteral("antler.yaml"), &error), qPrintable(error));
    for (const Stage &stage : config.stages())
        m_cleanupStages.append(stage);
    History history;
    QVERIFY2(history.open(m_dir.filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));
    PipelineController controller(config, &history);

    const OperationOutcome built
        = run(controller, [&] { controller.build(request(sourceDir(QStringLiteral("server")), 11)); });
    QVERIFY2(built.ok(), qPrintable(built.message));
    const QString good = built.digest;
    QVERIFY(Release::isDigest(good));

    const OperationOutcome deployed = run(controller, [&] { controller.deploy(QStringLiteral("test"), good); });
    QVERIFY2(deployed.ok(), qPrintable(deployed.message));
    verifyServes(config.stages().at(0), good);

    const OperationOutcome promoted
        = run(controller, [&] { controller.promote(QStringLiteral("test"), QStringLiteral("staging"), true); });
    QVERIFY2(promoted.ok(), qPrintable(promoted.message));
    QCOMPARE(promoted.digest, good);
    verifyServes(config.stages().at(1), good);

    // A broken release rolled to test: the controller rolls it back by itself.
    const QString brokenServer = brokenSources();
    QVERIFY(!brokenServer.isEmpty());
    const OperationOutcome brokenBuild = run(controller, [&] { controller.build(request(brokenServer, 12)); });
    QVERIFY2(brokenBuild.ok(), qPrintable(brokenBuild.message));
    QVERIFY(brokenBuild.digest != good);
    const OperationOutcome failed
        = run(controller, [&] { controller.deploy(QStringLiteral("test"), brokenBuild.digest); });
    QCOMPARE(failed.code, OperationOutcome::Code::RolledBack);
    QVERIFY2(failed.message.contains(QLatin1String("/healthz")) || failed.message.contains(good.left(19)),
             qPrintable(failed.message));
    verifyServes(config.stages().at(0), good);
    verifyServes(config.stages().at(1), good);

    // Promoting the rolled-back stage's release again changes nothing: staging already runs it.
    const OperationOutcome again
        = run(controller, [&] { controller.promote(QStringLiteral("test"), QStringLiteral("staging"), true); });
    QCOMPARE(again.code, OperationOutcome::Code::Refused);
}

void TestPipelinePodman::fullCycle()
{
    // build: natively on the target, pushed, digests read back.
    const BuildResult built = build(request(sourceDir(QStringLiteral("server")), 1));
    QVERIFY2(built.ok, qPrintable(built.error + QLatin1Char('\n') + built.log.join(QLatin1Char('\n'))));
    QVERIFY(built.release.isValid());
    QVERIFY(built.log.join(QLatin1Char('\n')).contains(QLatin1String("building moosefacts on")));
    const QString backendImage = built.release.artifacts.value(QStringLiteral("moosefacts"));
    QCOMPARE(backendImage, m_registry.address() + QStringLiteral("/moosefacts@") + built.release.digest);
    QVERIFY(built.release.artifacts.value(QStringLiteral("frontend"))
                .startsWith(m_registry.address() + QStringLiteral("/moosefacts-frontend@sha256:")));
    // The registry holds the build under its commit-and-number tag with that digest.
    const QString tag = built.release.sourceCommit + QStringLiteral("-1");
    QCOMPARE(QString::fromUtf8(m_registry.manifestDigest(QStringLiteral("moosefacts"), tag)), built.release.digest);
    m_good = built.release;

    // deploy test
    const Stage &test = m_stages.at(0);
    const DeployResult toTest = deploy(test, m_good);
    QVERIFY2(toTest.ok, qPrintable(toTest.error + QLatin1Char('\n') + toTest.log.join(QLatin1Char('\n'))));
    verifyServes(test, m_good.digest);
    QVERIFY2(m_events.join(QLatin1Char('\n')).contains(QLatin1String("podman ignores the Namespace and the Services")),
             "the rollout must warn about what podman ignores");

    // promote test -> staging -> production: the digest running in the
    // source stage, read back from podman, is what moves.
    Release promoted = m_good;
    for (int to = 1; to < m_stages.size(); ++to) {
        const WorkloadStatus from = status(m_stages.at(to - 1));
        QCOMPARE(from.state, WorkloadStatus::State::Running);
        QCOMPARE(from.digest, m_good.digest);
        promoted.digest = from.digest;
        const DeployResult result = deploy(m_stages.at(to), promoted);
        QVERIFY2(result.ok, qPrintable(result.error + QLatin1Char('\n') + result.log.join(QLatin1Char('\n'))));
        verifyServes(m_stages.at(to), m_good.digest);
    }

    // Byte for byte: every stage's running backend is the image pulled by
    // the tested digest, the same image ID everywhere.
    const QJsonArray tested
        = QJsonDocument::fromJson(podman({QStringLiteral("image"), QStringLiteral("inspect"), backendImage})).array();
    QVERIFY(!tested.isEmpty());
    const QString testedId = tested.first().toObject().value(QStringLiteral("Id")).toString();
    QVERIFY(!testedId.isEmpty());
    QStringList repoDigests;
    for (const QJsonValue value : tested.first().toObject().value(QStringLiteral("RepoDigests")).toArray())
        repoDigests.append(value.toString());
    QVERIFY2(repoDigests.contains(backendImage), qPrintable(repoDigests.join(QLatin1Char(' '))));
    for (const Stage &stage : std::as_const(m_stages)) {
        const QJsonObject container = inspectBackend(stage);
        QVERIFY2(!container.isEmpty(), qPrintable(stage.name()));
        QCOMPARE(container.value(QStringLiteral("Image")).toString(), testedId);
        QCOMPARE(container.value(QStringLiteral("ImageName")).toString(), backendImage);
    }
}

void TestPipelinePodman::brokenBuildRollsBack()
{
    if (!m_good.isValid())
        QSKIP("needs the good release of fullCycle");
    const QString brokenServer = brokenSources();
    QVERIFY(!brokenServer.isEmpty());
    const BuildResult broken = build(request(brokenServer, 2));
    QVERIFY2(broken.ok, qPrintable(broken.error + QLatin1Char('\n') + broken.log.join(QLatin1Char('\n'))));
    QVERIFY(broken.release.digest != m_good.digest);

    const Stage &test = m_stages.at(0);
    const DeployResult failed = deploy(test, broken.release);
    QVERIFY2(!failed.ok, "a release whose /healthz fails must not pass its rollout");
    QVERIFY2(failed.error.contains(QLatin1String("/healthz")), qPrintable(failed.error));
    QCOMPARE(failed.previousDigest, m_good.digest);

    // The rollback the controller does after a failed rollout: the previous release.
    const DeployResult rolledBack = deploy(test, m_good);
    QVERIFY2(rolledBack.ok, qPrintable(rolledBack.error));
    QCOMPARE(rolledBack.previousDigest, broken.release.digest);
    verifyServes(test, m_good.digest);
    // The other stages were never touched.
    verifyServes(m_stages.at(1), m_good.digest);
}

void TestPipelinePodman::registryDownDuringAPushChangesNothing()
{
    if (!m_good.isValid())
        QSKIP("needs the good release of fullCycle on every stage");
    QStringList containers;
    for (const Stage &stage : std::as_const(m_stages)) {
        verifyServes(stage, m_good.digest);
        containers.append(inspectBackend(stage).value(QStringLiteral("Id")).toString());
        QVERIFY(!containers.last().isEmpty());
    }
    // The registry goes away as the first image's push begins.
    bool stopped = false;
    const QMetaObject::Connection watch
        = connect(m_runtime.get(), &Runtime::event, this, [this, &stopped](const PipelineEvent &event) {
              if (!stopped && event.toText().contains(QLatin1String("== podman push"))) {
                  stopped = true;
                  m_registry.stop();
              }
          });
    const BuildResult built = build(request(sourceDir(QStringLiteral("server")), 21));
    disconnect(watch);
    QVERIFY2(stopped, qPrintable(built.log.join(QLatin1Char('\n'))));

    // One clear sentence that names the registry; no release came of it.
    QVERIFY(!built.ok);
    QVERIFY2(built.error.startsWith(QStringLiteral("The registry %1 did not take ").arg(m_registry.address())),
             qPrintable(built.error));
    QVERIFY2(built.error.contains(QLatin1String("Nothing was released, promoted or deployed.")),
             qPrintable(built.error));
    QVERIFY(!built.release.isValid());
    QVERIFY(built.release.digest.isEmpty());

    // Every stage still serves the release it had, from the same container.
    for (int i = 0; i < m_stages.size(); ++i) {
        verifyServes(m_stages.at(i), m_good.digest);
        QCOMPARE(inspectBackend(m_stages.at(i)).value(QStringLiteral("Id")).toString(), containers.at(i));
        const WorkloadStatus workload = status(m_stages.at(i));
        QCOMPARE(workload.state, WorkloadStatus::State::Running);
        QCOMPARE(workload.digest, m_good.digest);
    }
    qInfo("registry stopped at the push: %s", qPrintable(built.error));
}

QTEST_GUILESS_MAIN(TestPipelinePodman)
#include "tst_pipeline_podman.moc"
