// KubernetesRuntime against a FAKE transport: there is no Kubernetes API
// server here, so RecordingFakeTransport below stands in for the target. It
// records every command the runtime issues and answers with canned kubectl
// output. The test asserts the exact commands (argv, sudo, stdin: the
// rendered manifests, byte for byte the golden file) and how the runtime
// reads kubectl's answers. Antler's own check after the rollout runs for
// real, against a real moosefacts on the stage's NodePort.
#include "../manifests/ManifestFixtures.h"
#include "ServerProcess.h"
#include "pipeline/KubernetesRuntime.h"
#include "pipeline/ManifestRenderer.h"
#include "transport/CommandJob.h"
#include "transport/Transport.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace antler::pipeline;
using antler::transport::CommandJob;
using antler::transport::CommandResult;
using antler::transport::CommandSpec;
using antler::transport::ConnectionSettings;
using antler::transport::Transport;

namespace {

// A FAKE target: records each CommandSpec and answers through a responder.
class RecordingFakeTransport : public Transport
{
public:
    struct Answer
    {
        int exitCode = 0;
        QByteArray out;
        QByteArray err;
    };
    using Responder = std::function<Answer(const CommandSpec &)>;

    RecordingFakeTransport()
        : Transport(ConnectionSettings {})
    {
        setHostName(QStringLiteral("pi"));
    }

    void open() override
    {
        setState(State::Ready);
        Q_EMIT opened();
    }
    void close() override { setState(State::Closed); }
    CommandJob *run(const CommandSpec &spec) override
    {
        commands.append(spec);
        auto *job = new CommandJob(spec, hostName(), this);
        const Answer answer = responder ? responder(spec) : Answer {};
        QTimer::singleShot(0, job, [job, answer]() {
            if (!answer.out.isEmpty())
                job->deliverStdout(answer.out);
            if (!answer.err.isEmpty())
                job->deliverStderr(answer.err);
            CommandResult result;
            result.status = CommandResult::Status::Finished;
            result.exitCode = answer.exitCode;
            job->complete(result);
        });
        return job;
    }

    QList<CommandSpec> commands;
    Responder responder;
};

QByteArray podsJson(const QString &digest, bool ready)
{
    const QByteArray status = ready ? "True" : "False";
    QByteArray pods;
    for (const char *name : {"moosefacts-test-backend-7d9f-abcde", "moosefacts-test-frontend-5c4b-fghij"}) {
        const bool backend = QByteArray(name).contains("backend");
        if (!pods.isEmpty())
            pods += ",";
        pods += "{\"metadata\":{\"name\":\"" + QByteArray(name)
            + "\"},\"status\":{\"phase\":\"Running\","
              "\"conditions\":[{\"type\":\"Ready\",\"status\":\""
            + status
            + "\"}],"
              "\"containerStatuses\":[{\"name\":\""
            + (backend ? "backend" : "frontend")
            + "\","
              "\"restartCount\":"
            + (backend ? "2" : "0") + ",\"image\":\"127.0.0.1:5000/"
            + (backend ? "moosefacts@" + digest.toUtf8() : "moosefacts-frontend@sha256:" + QByteArray(64, 'd'))
            + "\"}]}}";
    }
    return "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[" + pods + "]}";
}

bool isPortFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

QString joined(const QList<QByteArray> &argv)
{
    QStringList words;
    for (const QByteArray &word : argv)
        words.append(QString::fromUtf8(word));
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestKubernetesRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deployIssuesApplyAndRolloutStatus();
    void failedRolloutReadsPodsAndStops();
    void failedApplyStopsBeforeRollout();
    void manifestErrorIssuesNothing();
    void statusReadsPods();
    void stopDeletesByLabel();
    void callsWhileBusyAreRefused();
    void k3sKubectl();

private:
    DeployResult deploy(KubernetesRuntime &runtime, const Stage &stage, const Release &release);
};

DeployResult TestKubernetesRuntime::deploy(KubernetesRuntime &runtime, const Stage &stage, const Release &release)
{
    QSignalSpy spy(&runtime, &Runtime::deployFinished);
    runtime.deploy(stage, release);
    if (spy.isEmpty() && !spy.wait(120000))
        return {};
    return spy.takeFirst().at(0).value<DeployResult>();
}

void TestKubernetesRuntime::deployIssuesApplyAndRolloutStatus()
{
    // The golden file's stage: port 30081. The real moosefacts plays the
    // frontend's NodePort there, so Antler's own check passes.
    Stage stage = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(0);
    const Release release = antler::test::manifests::release();
    bool golden = true;
    if (!isPortFree(stage.port())) {
        golden = false;
        for (quint16 port = 30100; port < 32767; ++port) {
            if (isPortFree(port)) {
                stage = Stage(stage.name(), stage.runtime(), stage.host(), port);
                break;
            }
        }
    }
    antler::test::ServerProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANTLER_IMAGE_DIGEST"), release.digest);
    QVERIFY2(server.start({QStringLiteral("--static-dir"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
                           QStringLiteral("--stage"), stage.name()},
                          environment, stage.port()),
             qPrintable(server.errorText()));

    RecordingFakeTransport target;
    const QString previous = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));
    target.responder = [&](const CommandSpec &spec) -> RecordingFakeTransport::Answer {
        if (spec.argv.contains("get"))
            return {0, podsJson(previous, true), {}};
        if (spec.argv.contains("apply"))
            return {0, "namespace/test created\ndeployment.apps/moosefacts-test-backend configured\n", {}};
        return {0, "deployment \"x\" successfully rolled out\n", {}};
    };
    PipelineConfig config = PipelineConfig::localProfile();
    KubernetesRuntime runtime(config);
    runtime.setTransport(&target);
    QStringList logLines;
    connect(&runtime, &Runtime::event, this, [&](const PipelineEvent &event) {
        if (event.kind == PipelineEvent::Kind::Log)
            logLines.append(event.message);
    });

    const DeployResult result = deploy(runtime, stage, release);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.previousDigest, previous);
    QCOMPARE(result.digest, release.digest);

    QCOMPARE(target.commands.size(), 4);
    const QString timeout = QString::number(stage.rolloutTimeoutSeconds());
    QCOMPARE(
        joined(target.commands.at(0).argv),
        QStringLiteral(
            "kubectl --namespace test get pods --selector app.kubernetes.io/instance=moosefacts-test --output json"));
    QCOMPARE(joined(target.commands.at(1).argv), QStringLiteral("kubectl apply -f -"));
    QCOMPARE(joined(target.commands.at(2).argv),
             QStringLiteral("kubectl --namespace test rollout status deployment/moosefacts-test-backend --timeout=%1s")
                 .arg(timeout));
    QCOMPARE(joined(target.commands.at(3).argv),
             QStringLiteral("kubectl --namespace test rollout status deployment/moosefacts-test-frontend --timeout=%1s")
                 .arg(timeout));
    for (const CommandSpec &spec : std::as_const(target.commands))
        QVERIFY2(spec.become, "k3s's kubeconfig is root's: kubectl runs through sudo");

    // What kubectl apply reads is the rendering, byte for byte the golden file.
    ManifestRenderer::Output output;
    QString error;
    QVERIFY(ManifestRenderer().render(stage, release, ManifestRenderer::Layout::Kubernetes, &output, &error));
    QCOMPARE(target.commands.at(1).stdinData, output.yaml());
    if (golden) {
        QFile file(QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/manifests/kubernetes-test.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(target.commands.at(1).stdinData, file.readAll());
    }
    // kubectl's output streams as the rollout's log.
    QVERIFY(logLines.contains(QStringLiteral("deployment.apps/moosefacts-test-backend configured")));
    QVERIFY(result.log.contains(QStringLiteral("deployment \"x\" successfully rolled out")));
}

void TestKubernetesRuntime::failedRolloutReadsPodsAndStops()
{
    const Stage stage = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(0);
    RecordingFakeTransport target;
    target.responder = [&](const CommandSpec &spec) -> RecordingFakeTransport::Answer {
        if (spec.argv.contains("rollout"))
            return {1, {}, "error: deployment \"moosefacts-test-backend\" exceeded its progress deadline\n"};
        if (spec.argv.contains("get"))
            return {0, podsJson(QStringLiteral("sha256:") + QString(64, QLatin1Char('c')), false), {}};
        return {0, {}, {}};
    };
    KubernetesRuntime runtime(PipelineConfig::localProfile());
    runtime.setTransport(&target);
    const DeployResult result = deploy(runtime, stage, antler::test::manifests::release());
    QVERIFY(!result.ok);
    QVERIFY2(
        result.error.contains(QLatin1String("stage test: the rollout of moosefacts-test-backend did not complete")),
        qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("exceeded its progress deadline")), qPrintable(result.error));
    QCOMPARE(target.commands.size(), 4);
    QVERIFY(target.commands.at(2).argv.contains("rollout"));
    // Then the pods are read into the log, and the frontend is not waited for.
    QVERIFY(target.commands.at(3).argv.contains("get"));
    QVERIFY(result.log.join(QLatin1Char('\n')).contains(QLatin1String("moosefacts-test-backend-7d9f-abcde")));
}

void TestKubernetesRuntime::failedApplyStopsBeforeRollout()
{
    const Stage stage = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(0);
    RecordingFakeTransport target;
    target.responder = [&](const CommandSpec &spec) -> RecordingFakeTransport::Answer {
        if (spec.argv.contains("apply"))
            return {1, {}, "The connection to the server 127.0.0.1:6443 was refused\n"};
        return {0, "{\"items\":[]}", {}};
    };
    KubernetesRuntime runtime(PipelineConfig::localProfile());
    runtime.setTransport(&target);
    const DeployResult result = deploy(runtime, stage, antler::test::manifests::release());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("kubectl apply failed on pi with exit code 1")),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("6443 was refused")), qPrintable(result.error));
    QCOMPARE(target.commands.size(), 2);
    QVERIFY(result.previousDigest.isEmpty());
}

void TestKubernetesRuntime::manifestErrorIssuesNothing()
{
    // A stage port outside the NodePort range: refused before any command.
    const Stage stage = antler::test::manifests::stages(RuntimeKind::Podman).at(0);
    RecordingFakeTransport target;
    KubernetesRuntime runtime(PipelineConfig::localProfile());
    runtime.setTransport(&target);
    const DeployResult result = deploy(runtime, stage, antler::test::manifests::release());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("NodePort range")), qPrintable(result.error));
    QVERIFY(target.commands.isEmpty());
}

void TestKubernetesRuntime::statusReadsPods()
{
    Stage stage = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(0);
    const QString digest = antler::test::manifests::release().digest;
    RecordingFakeTransport target;
    target.responder = [&](const CommandSpec &) -> RecordingFakeTransport::Answer {
        return {0, podsJson(digest, true), {}};
    };
    KubernetesRuntime runtime(PipelineConfig::localProfile());
    runtime.setTransport(&target);
    QSignalSpy spy(&runtime, &Runtime::statusFinished);
    runtime.status(stage);
    QVERIFY(spy.wait(10000));
    const WorkloadStatus status = spy.takeFirst().at(0).value<WorkloadStatus>();
    QCOMPARE(status.state, WorkloadStatus::State::Running);
    QCOMPARE(status.digest, digest);
    QCOMPARE(status.ready, 2);
    QCOMPARE(status.restarts, 2);
    QCOMPARE(status.units.size(), 2);
    QCOMPARE(
        joined(target.commands.at(0).argv),
        QStringLiteral(
            "kubectl --namespace test get pods --selector app.kubernetes.io/instance=moosefacts-test --output json"));

    // No pod ready: stopped; output that is no JSON: unknown, with the reason.
    const WorkloadStatus notReady = KubernetesRuntime::parsePods(stage, podsJson(digest, false));
    QCOMPARE(notReady.state, WorkloadStatus::State::Stopped);
    const WorkloadStatus garbage = KubernetesRuntime::parsePods(stage, "kubectl: command not found");
    QCOMPARE(garbage.state, WorkloadStatus::State::Unknown);
    QVERIFY(!garbage.error.isEmpty());
}

void TestKubernetesRuntime::stopDeletesByLabel()
{
    const Stage stage = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(2);
    RecordingFakeTransport target;
    KubernetesRuntime runtime(PipelineConfig::localProfile());
    runtime.setTransport(&target);
    QSignalSpy spy(&runtime, &Runtime::stopFinished);
    runtime.stop(stage);
    QVERIFY(spy.wait(10000));
    QVERIFY(spy.first().at(1).toBool());
    QCOMPARE(target.commands.size(), 1);
    QCOMPARE(joined(target.commands.at(0).argv),
             QStringLiteral("kubectl --namespace moose-prod delete deployment,service,configmap --selector "
                            "app.kubernetes.io/instance=moosefacts-production --ignore-not-found"));
}

void TestKubernetesRuntime::callsWhileBusyAreRefused()
{
    // One operation at a time: while status runs, every other call finishes
    // at once, says what runs where and what to do, and issues no command.
    const Stage stage = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(0);
    const Stage other = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(2);
    const Release release = antler::test::manifests::release();
    RecordingFakeTransport target;
    target.responder = [&](const CommandSpec &) -> RecordingFakeTransport::Answer {
        return {0, podsJson(release.digest, true), {}};
    };
    KubernetesRuntime runtime(PipelineConfig::localProfile());
    runtime.setTransport(&target);
    QSignalSpy statusSpy(&runtime, &Runtime::statusFinished);
    QSignalSpy deploySpy(&runtime, &Runtime::deployFinished);
    QSignalSpy stopSpy(&runtime, &Runtime::stopFinished);
    QSignalSpy buildSpy(&runtime, &Runtime::buildFinished);
    runtime.status(stage);
    QVERIFY(runtime.isBusy());
    QVERIFY(statusSpy.isEmpty());

    const QString refusal = QStringLiteral(
        "The kubernetes runtime is already running an operation on stage test (status); wait for it to "
        "finish or check `antler pipeline status`.");
    runtime.deploy(other, release);
    QCOMPARE(deploySpy.size(), 1);
    const DeployResult deployed = deploySpy.takeFirst().at(0).value<DeployResult>();
    QVERIFY(!deployed.ok);
    QCOMPARE(deployed.stage, other.name());
    QCOMPARE(deployed.digest, release.digest);
    QCOMPARE(deployed.error, refusal);
    runtime.stop(other);
    QCOMPARE(stopSpy.size(), 1);
    QCOMPARE(stopSpy.first().at(0).toString(), other.name());
    QVERIFY(!stopSpy.first().at(1).toBool());
    QCOMPARE(stopSpy.first().at(2).toString(), refusal);
    runtime.build(BuildRequest {});
    QCOMPARE(buildSpy.size(), 1);
    QCOMPARE(buildSpy.first().at(0).value<BuildResult>().error, refusal);
    runtime.status(other);
    QCOMPARE(statusSpy.size(), 1);
    const WorkloadStatus refused = statusSpy.takeFirst().at(0).value<WorkloadStatus>();
    QCOMPARE(refused.stage, other.name());
    QCOMPARE(refused.runtime, QStringLiteral("kubernetes"));
    QCOMPARE(refused.error, refusal);
    QCOMPARE(target.commands.size(), 1);

    // The first status still finishes, and then the runtime takes the next call.
    QVERIFY(statusSpy.wait(10000));
    QCOMPARE(statusSpy.takeFirst().at(0).value<WorkloadStatus>().stage, stage.name());
    QVERIFY(!runtime.isBusy());
    runtime.status(other);
    QVERIFY(statusSpy.wait(10000));
    const WorkloadStatus second = statusSpy.takeFirst().at(0).value<WorkloadStatus>();
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(target.commands.size(), 2);
}

void TestKubernetesRuntime::k3sKubectl()
{
    const Stage stage = antler::test::manifests::stages(RuntimeKind::Kubernetes).at(1);
    KubernetesRuntime runtime(PipelineConfig::localProfile());
    runtime.setKubectl({"k3s", "kubectl"});
    QCOMPARE(joined(runtime.applyCommand()), QStringLiteral("k3s kubectl apply -f -"));
    QCOMPARE(joined(runtime.rolloutStatusCommand(stage, QStringLiteral("moosefacts-staging-frontend"))),
             QStringLiteral(
                 "k3s kubectl --namespace staging rollout status deployment/moosefacts-staging-frontend --timeout=%1s")
                 .arg(stage.rolloutTimeoutSeconds()));
}

QTEST_GUILESS_MAIN(TestKubernetesRuntime)
#include "tst_kubernetesruntime.moc"
