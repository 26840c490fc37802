// Rollout benchmark: Antler's podman rollout (PodmanRuntime::deploy: the
// manifests rendered and written on the target, podman kube play --replace,
// RolloutCheck through the frontend, /healthz) against the raw peer doing
// the same job by hand: podman kube play --replace of the same manifests
// file, then polling /readyz through the frontend until it answers 200.
// Both poll every 100 ms. Run by tests/bench/rollout_bench.sh, which starts
// the registry.
//
//   rollout_bench --registry HOST:PORT --containers-conf FILE [--rounds N]
#include "pipeline/BuildRequest.h"
#include "pipeline/ManifestRenderer.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/PodmanRuntime.h"
#include "transport/LocalTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace antler::pipeline;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

template<typename Signal, typename Result>
bool waitFor(PodmanRuntime *runtime, Signal signal, Result *result, int limitMs)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(runtime, signal, &loop, [&](const Result &value) {
        *result = value;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    return done;
}

int httpStatus(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(2000);
    // As curl in a loop: one connection per poll, none left open.
    request.setRawHeader("Connection", "close");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("registry"), QStringLiteral("registry HOST:PORT"), QStringLiteral("address")});
    parser.addOption({QStringLiteral("containers-conf"), QStringLiteral("CONTAINERS_CONF to write and use"),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("rounds"), QStringLiteral("rollouts per side"), QStringLiteral("n"), QStringLiteral("9")});
    parser.process(app);
    const QString registry = parser.value(QStringLiteral("registry"));
    const QString containersConf = parser.value(QStringLiteral("containers-conf"));
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    if (registry.isEmpty() || containersConf.isEmpty()) {
        err << "usage: rollout_bench --registry HOST:PORT --containers-conf FILE [--rounds N]\n";
        return 2;
    }

    PipelineConfig config;
    QString error;
    const quint16 port = freePort();
    const QByteArray yaml = "version: 1\nprofile: custom\nregistry: " + registry.toUtf8()
        + "\nstages:\n  - name: bench\n    runtime: podman\n    host: 127.0.0.1\n    port: " + QByteArray::number(port)
        + "\n";
    if (!config.loadData(yaml, QStringLiteral("bench.yaml"), &error)) {
        err << error << '\n';
        return 1;
    }
    Stage stage = config.stages().first();
    stage.setPodName(QStringLiteral("antler-bench-%1").arg(QCoreApplication::applicationPid()));

    antler::transport::LocalTransport transport;
    PodmanRuntime runtime(config);
    runtime.setTransport(&transport);
    PodmanSettings settings;
    settings.containersConf = containersConf;
    settings.writeContainersConf = true;
    settings.become = false; // the benchmark runs as root, as the raw peer does
    runtime.setSettings(settings);

    // One build, natively on this machine, as the pipeline does it.
    BuildRequest request;
    request.serverSourceDir = QStringLiteral(ANTLER_SOURCE_DIR "/server");
    request.frontendDir = QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend");
    request.factsFile = QStringLiteral(ANTLER_SOURCE_DIR "/server/data/moose-facts.json");
    request.sourceCommit = QStringLiteral("bench");
    request.buildNumber = 1;
    err << "building the images (native compile, ccache) ...\n";
    QElapsedTimer buildClock;
    buildClock.start();
    BuildResult built;
    runtime.build(request);
    if (!waitFor(&runtime, &Runtime::buildFinished, &built, 30 * 60 * 1000) || !built.ok) {
        err << "build failed: " << built.error << '\n' << built.log.join(QLatin1Char('\n')) << '\n';
        return 1;
    }
    err << "built " << built.release.digest << " in " << buildClock.elapsed() / 1000.0 << " s\n";

    // The raw peer plays the very manifests Antler renders.
    ManifestRenderer::Output manifests;
    if (!ManifestRenderer().render(stage, built.release, ManifestRenderer::Layout::Podman, &manifests, &error)) {
        err << error << '\n';
        return 1;
    }
    const QString rawFile
        = QDir::temp().filePath(QStringLiteral("antler-rollout-bench-%1.yaml").arg(QCoreApplication::applicationPid()));
    {
        QFile file(rawFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(manifests.yaml()) < 0) {
            err << "cannot write " << rawFile << '\n';
            return 1;
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONTAINERS_CONF"), containersConf);
    QNetworkAccessManager network;
    QUrl readyz = stage.url();
    readyz.setPath(QStringLiteral("/readyz"));

    auto rawRollout = [&]() -> double {
        QElapsedTimer clock;
        clock.start();
        QProcess podman;
        podman.setProcessEnvironment(environment);
        podman.setProcessChannelMode(QProcess::MergedChannels);
        podman.start(QStringLiteral("podman"),
                     {QStringLiteral("kube"), QStringLiteral("play"), QStringLiteral("--replace"),
                      QStringLiteral("--tls-verify=false"), rawFile});
        QEventLoop loop;
        QObject::connect(&podman, &QProcess::finished, &loop, &QEventLoop::quit);
        if (podman.state() != QProcess::NotRunning)
            loop.exec();
        if (podman.exitCode() != 0) {
            err << "raw podman kube play failed: " << podman.readAll() << '\n';
            return -1;
        }
        while (clock.elapsed() < 60000) {
            if (httpStatus(network, readyz) == 200)
                return clock.elapsed() / 1000.0;
            QEventLoop pause;
            QTimer::singleShot(100, &pause, &QEventLoop::quit);
            pause.exec();
        }
        err << "raw rollout: /readyz did not answer 200 within 60 s\n";
        return -1;
    };
    auto antlerRollout = [&]() -> double {
        QElapsedTimer clock;
        clock.start();
        DeployResult result;
        runtime.deploy(stage, built.release);
        if (!waitFor(&runtime, &Runtime::deployFinished, &result, 120000) || !result.ok) {
            err << "Antler rollout failed: " << result.error << '\n';
            return -1;
        }
        return clock.elapsed() / 1000.0;
    };

    // A first rollout of each kind pulls the images and warms caches; not counted.
    if (rawRollout() < 0 || antlerRollout() < 0)
        return 1;
    QList<double> raw;
    QList<double> antler;
    for (int round = 0; round < rounds; ++round) {
        // Alternate the order so neither side always follows the other.
        const bool rawFirst = round % 2 == 0;
        const double first = rawFirst ? rawRollout() : antlerRollout();
        const double second = rawFirst ? antlerRollout() : rawRollout();
        if (first < 0 || second < 0)
            return 1;
        raw.append(rawFirst ? first : second);
        antler.append(rawFirst ? second : first);
        err << QStringLiteral("round %1: raw %2 s, antler %3 s\n")
                   .arg(round + 1)
                   .arg(raw.last(), 0, 'f', 3)
                   .arg(antler.last(), 0, 'f', 3);
    }

    // Clean up: the pod, the manifests, the images.
    {
        QEventLoop loop;
        QObject::connect(&runtime, &Runtime::stopFinished, &loop, &QEventLoop::quit);
        runtime.stop(stage);
        loop.exec();
    }
    QFile::remove(rawFile);
    QStringList images = built.release.artifacts.values();
    images.append(registry + QStringLiteral("/moosefacts:bench-1"));
    images.append(registry + QStringLiteral("/moosefacts-frontend:bench-1"));
    QProcess::execute(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("CONTAINERS_CONF=%1 podman rmi --force --ignore %2 >/dev/null 2>&1")
                           .arg(containersConf, images.join(QLatin1Char(' ')))});

    const double rawMedian = median(raw);
    const double antlerMedian = median(antler);
    const double overhead = (antlerMedian - rawMedian) / rawMedian * 100.0;
    out << QStringLiteral("podman rollout, median of %1 (same manifests, same stage, poll 100 ms):\n").arg(rounds);
    out << QStringLiteral("  raw podman kube play --replace + /readyz wait: %1 s\n").arg(rawMedian, 0, 'f', 3);
    out << QStringLiteral("  antler PodmanRuntime::deploy (play + /readyz, /, /api/facts/random, /version digest, "
                          "/healthz): %1 s\n")
               .arg(antlerMedian, 0, 'f', 3);
    // podman's teardown of the old pod is bimodal here (about 0.7 s or 4 s,
    // for either side), so the best run of each side is printed as well.
    const double rawBest = *std::min_element(raw.begin(), raw.end());
    const double antlerBest = *std::min_element(antler.begin(), antler.end());
    out << QStringLiteral("  best run: raw %1 s, antler %2 s, overhead %3 %\n")
               .arg(rawBest, 0, 'f', 3)
               .arg(antlerBest, 0, 'f', 3)
               .arg((antlerBest - rawBest) / rawBest * 100.0, 0, 'f', 1);
    out << QStringLiteral("  overhead (medians): %1 % (target <= 10 %) %2\n")
               .arg(overhead, 0, 'f', 1)
               .arg(overhead <= 10.0 ? QStringLiteral("OK") : QStringLiteral("OVER TARGET"));
    out.flush();
    return 0;
}
