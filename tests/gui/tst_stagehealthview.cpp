// The main window's live health: a real moosefacts behind the first stage,
// nothing behind the other two, probed every 200 ms; then the server stops.
#include "FreePort.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "StageCard.h"
#include "health/HealthMonitor.h"
#include "pipeline/History.h"
#include "pipeline/PipelineConfig.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>

using namespace antler;
using antler::gui::MainWindow;
using antler::gui::StageCard;
using Kind = health::ProbeSpec::Kind;

namespace {

pipeline::PipelineConfig threeStages(const QList<quint16> &ports)
{
    QByteArray yaml = "version: 1\nprofile: local\nstages:\n";
    const QList<QByteArray> names {"test", "staging", "production"};
    for (qsizetype i = 0; i < names.size(); ++i) {
        yaml += "  - name: " + names.at(i)
            + "\n    runtime: local\n    host: 127.0.0.1\n    port: " + QByteArray::number(ports.at(i)) + '\n';
    }
    pipeline::PipelineConfig config;
    QString error;
    if (!config.loadData(yaml, QStringLiteral("antler.yaml"), &error))
        qWarning() << error;
    return config;
}

health::HealthSettings fastSettings()
{
    health::HealthSettings settings;
    settings.allowShortIntervals = true;
    settings.probes.clear();
    for (Kind kind : {Kind::Frontend, Kind::Api, Kind::Healthz})
        settings.probes.append(health::ProbeSpec {kind, 200, 2000});
    // No latency limit: a loaded machine must not turn the stage degraded.
    settings.thresholds = health::HealthThresholds {2, 1, 0};
    return settings;
}

} // namespace

class TestStageHealthView : public QObject
{
    Q_OBJECT

private:
    // The window keeps its health history in the user's data folder: a
    // throwaway one here.
    QTemporaryDir m_dataHome;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
    }
    void cardsFollowTheLiveHealth();
    void cardShowsDriftFromThePipelineRecord();
};

// The pipeline's history says test runs one digest, the stage's /version
// reports another: the card says so in words.
void TestStageHealthView::cardShowsDriftFromThePipelineRecord()
{
    const QString deployed = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    const QString running = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
    {
        pipeline::History history;
        QString error;
        QVERIFY2(history.open(pipeline::History::defaultPath(), &error), qPrintable(error));
        pipeline::Release release;
        release.digest = deployed;
        QVERIFY(history.record(QStringLiteral("deploy"), QStringLiteral("test"), release, pipeline::History::Succeeded)
                > 0);
    }
    test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--static-dir"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
                           QStringLiteral("--stage"), QStringLiteral("test"), QStringLiteral("--digest"), running},
                          QProcessEnvironment::systemEnvironment()),
             qPrintable(server.errorText()));
    quint16 stagingPort = test::freeLoopbackPort();
    quint16 productionPort = test::freeLoopbackPort();
    MainWindow window(threeStages({server.port(), stagingPort, productionPort}));
    health::HealthSettings settings = fastSettings();
    settings.probes.append(health::ProbeSpec {Kind::Version, 200, 2000});
    window.setHealthSettings(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StageCard *test = window.stageCards().at(0);
    QTRY_VERIFY2_WITH_TIMEOUT(test->errorText().contains(QLatin1String("Drift")), qPrintable(test->errorText()), 20000);
    QVERIFY2(test->errorText().contains(running), qPrintable(test->errorText()));
    // The other stages have no pipeline record: no drift is claimed there.
    QVERIFY(!window.stageCards().at(1)->errorText().contains(QLatin1String("Drift")));
}

void TestStageHealthView::cardsFollowTheLiveHealth()
{
    test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--static-dir"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
                           QStringLiteral("--stage"), QStringLiteral("test")},
                          QProcessEnvironment::systemEnvironment()),
             qPrintable(server.errorText()));
    const quint16 stagingPort = test::freeLoopbackPort();
    quint16 productionPort = test::freeLoopbackPort();
    while (productionPort == stagingPort || productionPort == server.port())
        productionPort = test::freeLoopbackPort();
    const pipeline::PipelineConfig config = threeStages({server.port(), stagingPort, productionPort});
    QCOMPARE(config.stages().size(), 3);

    MainWindow window(config);
    window.setHealthSettings(fastSettings());
    QSignalSpy notified(&window, &MainWindow::notified);
    QVERIFY(!window.healthMonitor()->isRunning());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.healthMonitor()->isRunning());

    const QList<StageCard *> cards = window.stageCards();
    QCOMPARE(cards.size(), 3);
    StageCard *test = cards.at(0);
    QTRY_COMPARE_WITH_TIMEOUT(test->stateText(), QStringLiteral("Up"), 20000);
    QVERIFY2(test->latencyText().endsWith(QLatin1String(" ms")), qPrintable(test->latencyText()));
    QVERIFY2(test->errorText().isEmpty(), qPrintable(test->errorText()));
    for (StageCard *card : {cards.at(1), cards.at(2)}) {
        QTRY_COMPARE_WITH_TIMEOUT(card->stateText(), QStringLiteral("Down"), 20000);
        QVERIFY2(card->errorText().contains(QLatin1String("connection refused"), Qt::CaseInsensitive),
                 qPrintable(card->errorText()));
        auto *error = card->findChild<QLabel *>(QStringLiteral("errorText"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QCOMPARE(error->toolTip(), card->errorText());
        QCOMPARE(card->latencyText(), QStringLiteral("–"));
    }
    // Going down is announced for each stage that went down, naming it and the reason.
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 20000);
    QStringList texts;
    for (const QList<QVariant> &arguments : std::as_const(notified))
        texts.append(arguments.at(0).toString());
    for (const QString &stage : {QStringLiteral("staging"), QStringLiteral("production")}) {
        bool named = false;
        for (const QString &text : std::as_const(texts)) {
            named = named
                || (text.contains(QLatin1String("Stage %1 ").arg(stage)) && text.contains(QLatin1String("Down"))
                    && text.contains(QLatin1String("connection refused"), Qt::CaseInsensitive));
        }
        QVERIFY2(named, qPrintable(texts.join(QLatin1String(" | "))));
    }
    QVERIFY2(!texts.join(QLatin1Char('\n')).contains(QLatin1String("Stage test ")),
             qPrintable(texts.join(QLatin1String(" | "))));

    notified.clear();
    QVERIFY(server.terminate() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(test->stateText(), QStringLiteral("Down"), 20000);
    QVERIFY2(test->errorText().contains(QLatin1String("connection refused"), Qt::CaseInsensitive),
             qPrintable(test->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 20000);
    const QString notification = notified.constLast().at(0).toString();
    QCOMPARE(window.lastNotification(), notification);
    QVERIFY2(notification.startsWith(QLatin1String("Stage test is now Down: ")), qPrintable(notification));
    QVERIFY2(notification.contains(QLatin1String("connection refused"), Qt::CaseInsensitive), qPrintable(notification));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QCOMPARE(window.statusBar()->currentMessage(), notification);
}

QTEST_MAIN(TestStageHealthView)
#include "tst_stagehealthview.moc"
