// Health probes against real moosefacts processes on loopback: a stage that
// is up, goes down, comes back, answers slowly, serves the wrong content or
// runs another image than expected.
#include "FreePort.h"
#include "NginxProcess.h"
#include "ServerProcess.h"
#include "health/HealthMonitor.h"
#include "health/Probe.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace antler;
using namespace antler::health;
using Kind = ProbeSpec::Kind;

namespace {

QStringList frontendArguments()
{
    return {QStringLiteral("--static-dir"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
            QStringLiteral("--stage"), QStringLiteral("test")};
}

pipeline::PipelineConfig oneStage(quint16 port)
{
    pipeline::PipelineConfig config;
    QString error;
    const QByteArray yaml = "version: 1\nprofile: local\nstages:\n  - name: test\n    runtime: local\n"
                            "    host: 127.0.0.1\n    port: "
        + QByteArray::number(port) + '\n';
    if (!config.loadData(yaml, QStringLiteral("test.yaml"), &error))
        qWarning() << error;
    return config;
}

// Every probe a plain http stage gets (all but tls).
QList<Kind> httpKinds()
{
    QList<Kind> kinds;
    for (const ProbeSpec &spec : ProbeSpec::defaults())
        kinds.append(spec.kind);
    return kinds;
}

HealthSettings fastSettings(const QList<Kind> &kinds = httpKinds(), int timeoutMs = 2000)
{
    HealthSettings settings;
    settings.allowShortIntervals = true;
    settings.probes.clear();
    for (Kind kind : kinds)
        settings.probes.append(ProbeSpec {kind, 200, timeoutMs});
    settings.thresholds = HealthThresholds {3, 2, 0};
    return settings;
}

// Runs one probe once and returns its result.
ProbeResult probeOnce(quint16 port, Kind kind, int timeoutMs = 2000, const QString &expectedDigest = {})
{
    QNetworkAccessManager network;
    Probe probe(QStringLiteral("test"), QStringLiteral("127.0.0.1"), port, ProbeSpec {kind, 60000, timeoutMs},
                &network);
    probe.setExpectedDigest(expectedDigest);
    ProbeResult out;
    bool done = false;
    QObject::connect(&probe, &Probe::finished, &probe, [&](const ProbeResult &result) {
        out = result;
        done = true;
    });
    if (!probe.runOnce())
        return out;
    QTest::qWaitFor([&] { return done; }, 10000);
    return out;
}

// Runs every probe of the monitor once and waits for all of them.
bool roundOnce(HealthMonitor &monitor)
{
    QSignalSpy finished(&monitor, &HealthMonitor::finished);
    monitor.probeOnce();
    return finished.wait(10000);
}

} // namespace

class TestHealthProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProbePassesOnAHealthyStage()
    {
        test::ServerProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANTLER_IMAGE_DIGEST"), QStringLiteral("sha256:1111"));
        QVERIFY2(server.start(frontendArguments(), env), qPrintable(server.errorText()));
        for (Kind kind : httpKinds()) {
            const ProbeResult result = probeOnce(server.port(), kind);
            QVERIFY2(result.ok, qPrintable(result.probeName() + QLatin1String(": ") + result.error));
            QVERIFY(result.error.isEmpty());
            QCOMPARE(result.stage, QStringLiteral("test"));
            QCOMPARE(result.kind, kind);
            QVERIFY(result.timeMs > 0);
            if (kind != Kind::Tcp)
                QCOMPARE(result.httpStatus, 200);
        }
        const ProbeResult version = probeOnce(server.port(), Kind::Version);
        QCOMPARE(version.digest, QStringLiteral("sha256:1111"));
        QVERIFY(!version.version.isEmpty());
        QVERIFY(!version.drift.has_value()); // nothing expected, nothing judged
    }

    void metricsProbeReportsRatesFromTwoScrapes()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(frontendArguments()), qPrintable(server.errorText()));
        QNetworkAccessManager network;
        Probe metrics(QStringLiteral("test"), QStringLiteral("127.0.0.1"), server.port(),
                      ProbeSpec {Kind::Metrics, 60000, 2000}, &network);
        QList<ProbeResult> results;
        connect(&metrics, &Probe::finished, this, [&](const ProbeResult &r) { results.append(r); });
        QVERIFY(metrics.runOnce());
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).error));
        QVERIFY(!results.at(0).metrics); // one scrape has nothing to compare with
        for (int i = 0; i < 5; ++i)
            QCOMPARE(probeOnce(server.port(), Kind::Api).ok, true);
        QVERIFY(metrics.runOnce());
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        QVERIFY2(results.at(1).ok, qPrintable(results.at(1).error));
        QVERIFY(results.at(1).metrics.has_value());
        const MetricsRates rates = *results.at(1).metrics;
        // Five API requests and the first scrape itself were answered in between.
        QVERIFY(rates.requests >= 6);
        QCOMPARE(rates.errorRate.value(), 0.0);
        QVERIFY(rates.meanLatencyMs.has_value());
        QVERIFY(!rates.counterReset);
    }

    void stageGoesDownAndComesBack()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(frontendArguments()), qPrintable(server.errorText()));
        const quint16 port = server.port();
        HealthMonitor monitor(oneStage(port), fastSettings());
        QList<ProbeResult> samples;
        QList<HealthState> states;
        qsizetype frontendFailuresAtDown = -1;
        connect(&monitor, &HealthMonitor::sample, this, [&](const ProbeResult &r) { samples.append(r); });
        connect(&monitor, &HealthMonitor::stateChanged, this,
                [&](const QString &stage, HealthState, HealthState now, const QString &) {
                    QCOMPARE(stage, QStringLiteral("test"));
                    states.append(now);
                    if (now == HealthState::Down) {
                        // The consecutive failures of the user path right before the change.
                        qsizetype failures = 0;
                        for (qsizetype i = samples.size() - 1; i >= 0; --i) {
                            if (samples.at(i).kind != Kind::Frontend && samples.at(i).kind != Kind::Api)
                                continue;
                            if (samples.at(i).ok)
                                break;
                            ++failures;
                        }
                        frontendFailuresAtDown = failures;
                    }
                });
        monitor.start();
        StageHealth *health = monitor.stageHealth(QStringLiteral("test"));
        QVERIFY(health);
        QTRY_COMPARE_WITH_TIMEOUT(health->state(), HealthState::Up, 10000);

        QVERIFY(server.terminate() >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(health->state(), HealthState::Down, 15000);
        const QString refused = QStringLiteral("connection refused at 127.0.0.1:%1").arg(port);
        QVERIFY2(health->lastError().contains(refused), qPrintable(health->lastError()));
        QVERIFY2(health->reason().contains(refused), qPrintable(health->reason()));
        QVERIFY(frontendFailuresAtDown >= 3);
        QVERIFY(!health->latencyMs().has_value());

        QVERIFY2(server.start(frontendArguments(), QProcessEnvironment::systemEnvironment(), port),
                 qPrintable(server.errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(health->state(), HealthState::Up, 15000);
        QVERIFY(health->latencyMs().has_value());
        monitor.stop();
        QCOMPARE(states.constFirst(), HealthState::Up);
        QVERIFY(states.contains(HealthState::Down));
        QCOMPARE(states.constLast(), HealthState::Up);
    }

    void flappingStaysUpUntilTheThreshold()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(frontendArguments()), qPrintable(server.errorText()));
        const quint16 port = server.port();
        HealthMonitor monitor(oneStage(port), fastSettings({Kind::Frontend, Kind::Api}));
        StageHealth *health = monitor.stageHealth(QStringLiteral("test"));
        QVERIFY(roundOnce(monitor));
        QCOMPARE(health->state(), HealthState::Unknown); // one success is not yet up
        QVERIFY(roundOnce(monitor));
        QCOMPARE(health->state(), HealthState::Up);

        auto stopServer = [&] {
            server.process().kill();
            return server.process().waitForFinished(5000);
        };
        auto startServer
            = [&] { return server.start(frontendArguments(), QProcessEnvironment::systemEnvironment(), port); };
        for (int flap = 0; flap < 3; ++flap) {
            QVERIFY(stopServer());
            QVERIFY(roundOnce(monitor));
            QVERIFY(roundOnce(monitor));
            QCOMPARE(health->state(), HealthState::Up); // two failures in a row
            QVERIFY2(startServer(), qPrintable(server.errorText()));
            QVERIFY(roundOnce(monitor));
            QCOMPARE(health->state(), HealthState::Up);
        }
        QVERIFY(stopServer());
        QVERIFY(roundOnce(monitor));
        QVERIFY(roundOnce(monitor));
        QCOMPARE(health->state(), HealthState::Up);
        QVERIFY(roundOnce(monitor));
        QCOMPARE(health->state(), HealthState::Down); // the third failure in a row

        QVERIFY2(startServer(), qPrintable(server.errorText()));
        QVERIFY(roundOnce(monitor));
        QCOMPARE(health->state(), HealthState::Down); // one success is not a recovery
        QVERIFY(roundOnce(monitor));
        QCOMPARE(health->state(), HealthState::Up);
    }

    void slowAnswerTimesOut()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(frontendArguments()
                              + QStringList {QStringLiteral("--response-delay"), QStringLiteral("1500")}),
                 qPrintable(server.errorText()));
        const ProbeResult result = probeOnce(server.port(), Kind::Api, 300);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("timed out after 300 ms"));
        QCOMPARE(result.httpStatus, 0);
        // With a timeout longer than the delay the same stage answers.
        const ProbeResult patient = probeOnce(server.port(), Kind::Api, 5000);
        QVERIFY2(patient.ok, qPrintable(patient.error));
        QVERIFY(patient.latencyMs >= 1500);
    }

    void backendWithoutFrontendFailsTheFrontendProbe()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const ProbeResult page = probeOnce(server.port(), Kind::Frontend);
        QVERIFY(!page.ok);
        QCOMPARE(page.httpStatus, 404);
        QCOMPARE(page.error, QStringLiteral("expected the moose facts page at /, got HTTP 404 (application/json)"));
        // The API itself answers: the stage is down for users, but not dead.
        QVERIFY(probeOnce(server.port(), Kind::Api).ok);
        QVERIFY(probeOnce(server.port(), Kind::Healthz).ok);
    }

    void refusedConnectionsSayWhere()
    {
        const quint16 port = test::freeLoopbackPort();
        const QString expected = QStringLiteral("connection refused at 127.0.0.1:%1").arg(port);
        for (Kind kind : {Kind::Tcp, Kind::Frontend, Kind::Healthz}) {
            const ProbeResult result = probeOnce(port, kind);
            QVERIFY(!result.ok);
            QCOMPARE(result.error, expected);
        }
    }

    void driftComparesTheRunningDigest()
    {
        test::ServerProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANTLER_IMAGE_DIGEST"), QStringLiteral("sha256:aaaa"));
        QVERIFY2(server.start(frontendArguments(), env), qPrintable(server.errorText()));

        const ProbeResult other = probeOnce(server.port(), Kind::Version, 2000, QStringLiteral("sha256:bbbb"));
        QVERIFY(other.ok);
        QCOMPARE(other.digest, QStringLiteral("sha256:aaaa"));
        QCOMPARE(other.drift, std::optional<bool>(true));
        const ProbeResult same = probeOnce(server.port(), Kind::Version, 2000, QStringLiteral("sha256:aaaa"));
        QCOMPARE(same.drift, std::optional<bool>(false));

        // Through the monitor: the expected digest is set per stage.
        HealthMonitor monitor(oneStage(server.port()), fastSettings({Kind::Frontend, Kind::Version}));
        monitor.setExpectedDigest(QStringLiteral("test"), QStringLiteral("sha256:bbbb"));
        QVERIFY(roundOnce(monitor));
        StageHealth *health = monitor.stageHealth(QStringLiteral("test"));
        QCOMPARE(health->digest(), QStringLiteral("sha256:aaaa"));
        QCOMPARE(health->drift(), std::optional<bool>(true));
        monitor.setExpectedDigest(QStringLiteral("test"), QStringLiteral("sha256:aaaa"));
        QVERIFY(roundOnce(monitor));
        QCOMPARE(health->drift(), std::optional<bool>(false));
    }

    void tlsProbeReadsTheCertificateExpiry()
    {
        // A real nginx serving the shipped frontend config over https with a
        // self-signed certificate made by openssl for this test.
        if (!test::NginxProcess::isAvailable())
            QSKIP("nginx is not installed; run scripts/install-deps.sh");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed; run scripts/install-deps.sh");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::ServerProcess backend;
        QVERIFY2(backend.start(frontendArguments()), qPrintable(backend.errorText()));

        struct Case
        {
            int days;
            bool ok;
        };
        for (const Case &c : {Case {90, true}, Case {5, false}}) {
            const QString cert = dir.filePath(QStringLiteral("cert-%1.pem").arg(c.days));
            const QString key = dir.filePath(QStringLiteral("key-%1.pem").arg(c.days));
            QProcess req;
            req.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QString::number(c.days),
                       QStringLiteral("-subj"), QStringLiteral("/CN=antler-test")});
            QVERIFY(req.waitForFinished(60000));
            QCOMPARE(req.exitCode(), 0);

            // The shipped config with its listen line turned into an ssl one.
            QFile shipped(QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend/nginx.conf"));
            QVERIFY(shipped.open(QIODevice::ReadOnly));
            QString config = QString::fromUtf8(shipped.readAll());
            QVERIFY(config.contains(QLatin1String("listen 8080;")));
            config.replace(QLatin1String("listen 8080;"),
                           QStringLiteral("listen 8080 ssl;\n        ssl_certificate %1;\n        "
                                          "ssl_certificate_key %2;")
                               .arg(cert, key));
            const QString configPath = dir.filePath(QStringLiteral("nginx-%1.conf").arg(c.days));
            QFile out(configPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(config.toUtf8());
            out.close();
            test::NginxProcess nginx;
            QVERIFY2(nginx.start(configPath, QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"), backend.port()),
                     qPrintable(nginx.errorText()));

            QNetworkAccessManager network;
            ProbeSpec spec {Kind::Tls, 60000, 5000};
            spec.certificateWarningDays = 14;
            Probe probe(QStringLiteral("test"), QStringLiteral("127.0.0.1"), nginx.port(), spec, &network);
            QSignalSpy finished(&probe, &Probe::finished);
            QVERIFY(probe.runOnce());
            QVERIFY(finished.wait(15000));
            const ProbeResult result = finished.at(0).at(0).value<ProbeResult>();
            QCOMPARE(result.kind, Kind::Tls);
            QCOMPARE(result.ok, c.ok);
            QVERIFY(result.certificateDaysLeft.has_value());
            // openssl counts from now; a day boundary may pass in between.
            QVERIFY2(*result.certificateDaysLeft == c.days || *result.certificateDaysLeft == c.days - 1,
                     qPrintable(QString::number(*result.certificateDaysLeft)));
            QCOMPARE(result.certificateSubject, QStringLiteral("antler-test"));
            QVERIFY(result.certificateExpiresMs.has_value());
            if (!c.ok) {
                QVERIFY2(result.error.contains(QStringLiteral("expires in")), qPrintable(result.error));
                QVERIFY(result.error.contains(QStringLiteral("127.0.0.1:%1").arg(nginx.port())));
            }
            QCOMPARE(result.toJson()[QLatin1String("certificate_days_left")].toInt(), *result.certificateDaysLeft);

            // Through the monitor: an https stage with a certificate about to
            // expire is degraded, not down; a fresh one keeps it up.
            HealthSettings settings = fastSettings({Kind::Frontend});
            settings.httpsUrls.insert(QStringLiteral("test"),
                                      QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(nginx.port())));
            settings.tlsProbe = spec;
            settings.thresholds = HealthThresholds {1, 1, 0};
            HealthMonitor monitor(oneStage(backend.port()), settings);
            QVERIFY(roundOnce(monitor));
            QCOMPARE(monitor.stageHealth(QStringLiteral("test"))->state(),
                     c.ok ? HealthState::Up : HealthState::Degraded);
            if (!c.ok) {
                QVERIFY(monitor.stageHealth(QStringLiteral("test"))->reason().contains(QLatin1String("tls")));
            }
        }
    }

    void tlsProbeOnAPlainPortFails()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(frontendArguments()), qPrintable(server.errorText()));
        const ProbeResult result = probeOnce(server.port(), Kind::Tls, 5000);
        QVERIFY(!result.ok);
        QVERIFY2(!result.error.isEmpty(), "a failed TLS probe says why");
        QVERIFY(!result.certificateDaysLeft.has_value());
    }
};

QTEST_GUILESS_MAIN(TestHealthProbes)
#include "tst_healthprobes.moc"
