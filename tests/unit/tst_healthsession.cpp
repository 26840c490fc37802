// HealthSession: health set up once for the window and `antler status` —
// expected digests read from the pipeline history it is given (and read
// again on request), the history, webhook and hosts as options say, and
// every part that cannot be set up reported as one sentence.
#include "FreePort.h"
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "health/HealthSession.h"
#include "health/MonitoredHosts.h"
#include "health/WebhookNotifier.h"
#include "pipeline/History.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/Release.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace antler;
using health::HealthSession;
using health::HealthSessionOptions;

namespace {

// Two stages on closed loopback ports: the probes fail at once.
pipeline::PipelineConfig twoStages()
{
    QByteArray yaml = "version: 1\nprofile: local\nstages:\n";
    for (const char *name : {"test", "staging"}) {
        yaml += QByteArray("  - name: ") + name + "\n    runtime: local\n    host: 127.0.0.1\n    port: "
            + QByteArray::number(test::freeLoopbackPort()) + '\n';
    }
    pipeline::PipelineConfig config;
    QString error;
    if (!config.loadData(yaml, QStringLiteral("antler.yaml"), &error))
        qFatal("%s", qPrintable(error));
    return config;
}

health::HealthSettings fastSettings()
{
    health::HealthSettings settings;
    settings.allowShortIntervals = true;
    settings.probes = {health::ProbeSpec {health::ProbeSpec::Kind::Frontend, 200, 1000}};
    return settings;
}

QString digest(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

bool record(const QString &path, const QString &kind, const QString &stage, const QString &digest)
{
    pipeline::History history;
    if (!history.open(path, nullptr))
        return false;
    pipeline::Release release;
    release.digest = digest;
    return history.record(kind, stage, release, pipeline::History::Succeeded) > 0;
}

} // namespace

class TestHealthSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The paths set before prepare() are the ones read: the window used to
    // read the default pipeline history before its own path took effect.
    void expectedDigestsComeFromTheGivenPipelineHistory()
    {
        const QString pipelinePath = m_dir.filePath(QStringLiteral("pipeline.sqlite"));
        QVERIFY(record(pipelinePath, QStringLiteral("deploy"), QStringLiteral("test"), digest('a')));

        HealthSessionOptions options;
        options.healthHistoryPath.clear();
        options.hostMetricsIntervalMs = 0;
        options.webhookEnabled = false;
        HealthSession session(twoStages(), fastSettings());
        QVERIFY(session.expectedDigests().isEmpty());
        options.pipelineHistoryPath = pipelinePath;
        QVERIFY(session.setOptions(options));
        QSignalSpy problems(&session, &HealthSession::problem);
        session.prepare();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
        QCOMPARE(session.expectedDigests().value(QStringLiteral("test")), digest('a'));
        QVERIFY(!session.expectedDigests().contains(QStringLiteral("staging")));
        // Options are fixed once prepared.
        QVERIFY(!session.setOptions(HealthSessionOptions {}));
        QCOMPARE(session.pipelineHistoryPath(), pipelinePath);

        // A promotion happens: drift detection follows once asked to.
        QVERIFY(record(pipelinePath, QStringLiteral("promote"), QStringLiteral("staging"), digest('a')));
        QVERIFY(record(pipelinePath, QStringLiteral("deploy"), QStringLiteral("test"), digest('b')));
        QCOMPARE(session.expectedDigests().value(QStringLiteral("test")), digest('a'));
        session.refreshExpectedDigests();
        QCOMPARE(session.expectedDigests().value(QStringLiteral("test")), digest('b'));
        QCOMPARE(session.expectedDigests().value(QStringLiteral("staging")), digest('a'));

        // New settings replace the monitor, not what the session knows.
        health::HealthMonitor *before = session.monitor();
        session.setSettings(fastSettings());
        QVERIFY(session.monitor());
        QVERIFY(session.monitor() != before);
        QCOMPARE(session.expectedDigests().size(), 2);
    }

    void givenDigestsReplaceThePipelineHistory()
    {
        HealthSessionOptions options;
        options.healthHistoryPath.clear();
        options.pipelineHistoryPath = m_dir.filePath(QStringLiteral("pipeline.sqlite"));
        options.expectedDigests = {{QStringLiteral("staging"), digest('f')}};
        options.hostMetricsIntervalMs = 0;
        HealthSession session(twoStages(), fastSettings(), options);
        session.prepare();
        QCOMPARE(session.expectedDigests(), options.expectedDigests);
        QVERIFY(!session.releases().isPinned(QStringLiteral("test")));
    }

    void noPipelineHistoryIsNotAProblem()
    {
        HealthSessionOptions options;
        options.healthHistoryPath.clear();
        options.pipelineHistoryPath = m_dir.filePath(QStringLiteral("never-written.sqlite"));
        options.hostMetricsIntervalMs = 0;
        HealthSession session(twoStages(), fastSettings(), options);
        QSignalSpy problems(&session, &HealthSession::problem);
        session.prepare();
        QVERIFY(problems.isEmpty());
        QVERIFY(session.expectedDigests().isEmpty());
        QVERIFY(!QFile::exists(options.pipelineHistoryPath));
    }

    // A history that cannot be opened is one sentence; the probes still run.
    void whatCannotBeSetUpIsReportedAndLeftOut()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HealthSessionOptions options;
        options.healthHistoryPath = blocker.fileName() + QStringLiteral("/health.sqlite");
        options.pipelineHistoryPath.clear();
        options.hostMetricsIntervalMs = 0;
        options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
        HealthSession session(twoStages(), fastSettings(), options);
        QSignalSpy problems(&session, &HealthSession::problem);
        QSignalSpy samples(&session, &HealthSession::sample);
        session.start();
        QVERIFY(session.isRunning());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(QLatin1String("not-a-folder")),
                 qPrintable(problems.at(0).at(0).toString()));
        QVERIFY(!session.history());
        QVERIFY(session.healthHistoryPath().isEmpty());
        QVERIFY(session.webhook());
        QCOMPARE(session.webhook()->url(), *options.webhookUrl);
        QVERIFY(!session.hosts());
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 10000);
        session.stop();
        QVERIFY(!session.isRunning());
    }

    // One round of every probe and every host: this machine's metrics for a
    // local profile, and the samples in the history.
    void probeOnceReportsWhenStagesAndHostsHaveAnswered()
    {
        HealthSessionOptions options;
        options.healthHistoryPath = m_dir.filePath(QStringLiteral("once.sqlite"));
        options.pipelineHistoryPath.clear();
        options.webhookEnabled = false;
        HealthSession session(twoStages(), fastSettings(), options);
        QSignalSpy done(&session, &HealthSession::probedOnce);
        QSignalSpy metrics(&session, &HealthSession::hostMetrics);
        QSignalSpy changes(&session, &HealthSession::stateChanged);
        session.probeOnce();
        QVERIFY(!session.webhook());
        QVERIFY(session.hosts());
        QCOMPARE(session.hosts()->hostNames(), QStringList {QStringLiteral("localhost")});
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(metrics.size(), 1);
        QVERIFY(session.history());
        QCOMPARE(session.healthHistoryPath(), options.healthHistoryPath);
        QVERIFY(session.stageHealth(QStringLiteral("test")));
        QVERIFY(!session.stageHealth(QStringLiteral("nowhere")));
    }
};

QTEST_GUILESS_MAIN(TestHealthSession)
#include "tst_healthsession.moc"
