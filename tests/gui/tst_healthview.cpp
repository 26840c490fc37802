// The health view: downsampling and the in-memory store on known series,
// then the real main window offscreen with three stages (a real moosefacts
// behind the first, nothing behind the others), a pipeline history with a
// deployment, a webhook receiver on loopback, and a history file that
// outlives the window.
#include "AvailabilityStrip.h"
#include "ChartDownsampler.h"
#include "FreePort.h"
#include "HealthStore.h"
#include "HealthView.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "StageHealthPanel.h"
#include "health/HealthHistory.h"
#include "pipeline/History.h"
#include "pipeline/PipelineConfig.h"

#include <QChartView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace antler;
using antler::gui::AvailabilitySpan;
using antler::gui::ChartDownsampler;
using antler::gui::HealthStore;
using antler::gui::HealthView;
using antler::gui::MainWindow;
using antler::gui::StageHealthPanel;
using Kind = health::ProbeSpec::Kind;

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

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
    for (Kind kind : {Kind::Frontend, Kind::Api})
        settings.probes.append(health::ProbeSpec {kind, 200, 2000});
    settings.thresholds = health::HealthThresholds {2, 1, 0};
    return settings;
}

// A web server that takes POSTs and keeps their bodies: the webhook's peer.
class Receiver : public QObject
{
public:
    Receiver()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer.append(socket->readAll());
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer.left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer.size() < end + 4 + length)
                        return;
                    bodies.append(QJsonDocument::fromJson(buffer.mid(end + 4, length)).object());
                    m_buffers.remove(socket);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort())); }
    QList<QJsonObject> bodies;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestHealthView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void minMaxKeepsSpikesAndDips()
    {
        QList<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.append(QPointF(i, 10));
        points[4321].setY(500); // a spike
        points[7777].setY(1); // a dip
        const QList<QPointF> out = ChartDownsampler::minMax(points, 0, 10000, 100);
        QVERIFY(out.size() <= 400);
        QVERIFY(out.size() >= 100);
        double highest = 0;
        double lowest = 1000;
        for (qsizetype i = 0; i < out.size(); ++i) {
            highest = std::max(highest, out.at(i).y());
            lowest = std::min(lowest, out.at(i).y());
            if (i > 0)
                QVERIFY(out.at(i - 1).x() < out.at(i).x());
        }
        QCOMPARE(highest, 500.0);
        QCOMPARE(lowest, 1.0);
        QCOMPARE(out.constFirst(), points.constFirst());
        QCOMPARE(out.constLast(), points.constLast());
        // Few points pass through unchanged; outside the range they are dropped.
        QCOMPARE(ChartDownsampler::minMax(points.mid(0, 50), 0, 10000, 100), points.mid(0, 50));
        QCOMPARE(ChartDownsampler::minMax(points, 20000, 30000, 100).size(), 0);
    }

    void lttbKeepsTheEndsAndTheShape()
    {
        QList<QPointF> points;
        for (int i = 0; i < 5000; ++i)
            points.append(QPointF(i, i == 2500 ? 100 : 0));
        const QList<QPointF> out = ChartDownsampler::lttb(points, 50);
        QCOMPARE(out.size(), 50);
        QCOMPARE(out.constFirst(), points.constFirst());
        QCOMPARE(out.constLast(), points.constLast());
        QVERIFY(out.contains(QPointF(2500, 100)));
    }

    void storeArithmeticOnAKnownSeries()
    {
        // Two hours of one sample every 10 s: the first hour all up at 10 ms,
        // the second hour down for its first 15 minutes, then up at 20 ms.
        HealthStore store;
        const qint64 start = 1'800'000'000'000;
        for (qint64 t = start; t < start + 2 * hour; t += 10000) {
            const bool secondHour = t >= start + hour;
            const bool down = secondHour && t < start + hour + 15 * minute;
            store.addSample(QStringLiteral("test"), health::HealthSample {t, !down, secondHour ? 20.0 : 10.0});
        }
        const qint64 end = start + 2 * hour;
        QCOMPARE(store.uptime(QStringLiteral("test"), end - hour, end).value(), 75.0);
        QCOMPARE(store.uptime(QStringLiteral("test"), end - 2 * hour, end).value(), 87.5);
        QVERIFY(!store.uptime(QStringLiteral("staging"), start, end));
        // The last hour is raw: 270 successes at 20 ms; over two hours the
        // minute averages (60 at 10 ms, 45 at 20 ms).
        QCOMPARE(store.latency(QStringLiteral("test"), end - hour, end).size(), 270);
        QCOMPARE(store.latency(QStringLiteral("test"), end - 2 * hour, end).size(), 105);
        QCOMPARE(store.latencyPercentile(QStringLiteral("test"), end - 2 * hour, end, 50).value(), 10.0);
        QCOMPARE(store.latencyPercentile(QStringLiteral("test"), end - 2 * hour, end, 95).value(), 20.0);
        // Availability: up, down for 15 minutes, up again.
        const QList<AvailabilitySpan> spans = store.availability(QStringLiteral("test"), start, end);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(0).state, AvailabilitySpan::State::Up);
        QCOMPARE(spans.at(1).state, AvailabilitySpan::State::Down);
        QCOMPARE(spans.at(1).fromMs, start + hour);
        QCOMPARE(spans.at(1).toMs, start + hour + 15 * minute);
        QCOMPARE(spans.at(2).state, AvailabilitySpan::State::Up);
        QCOMPARE(store.sampleCount(QStringLiteral("test")), 720);
    }

    void windowShowsThreeStagesLiveWithChartsMarkersAndWebhook()
    {
        test::ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--static-dir"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
                               QStringLiteral("--stage"), QStringLiteral("test")},
                              QProcessEnvironment::systemEnvironment()),
                 qPrintable(server.errorText()));
        quint16 stagingPort = test::freeLoopbackPort();
        quint16 productionPort = test::freeLoopbackPort();
        while (productionPort == stagingPort || productionPort == server.port())
            productionPort = test::freeLoopbackPort();

        // The pipeline deployed to test a minute ago.
        const QString pipelinePath = m_dir.filePath(QStringLiteral("pipeline.sqlite"));
        {
            pipeline::History pipelineHistory;
            QVERIFY(pipelineHistory.open(pipelinePath, nullptr));
            pipeline::Release release;
            release.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
            QVERIFY(pipelineHistory.record(QStringLiteral("deploy"), QStringLiteral("test"), release,
                                           pipeline::History::Succeeded));
        }
        const QString healthPath = m_dir.filePath(QStringLiteral("health.sqlite"));
        Receiver receiver;
        {
            MainWindow window(threeStages({server.port(), stagingPort, productionPort}));
            window.setHistoryPaths(healthPath, pipelinePath);
            window.setHostMetricsInterval(300);
            window.setWebhookUrl(receiver.url());
            window.setHealthSettings(fastSettings());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            HealthView *view = window.healthView();
            QVERIFY(view);
            const QList<StageHealthPanel *> panels = view->panels();
            QCOMPARE(panels.size(), 3);
            QCOMPARE(panels.at(0)->stage(), QStringLiteral("test"));
            QCOMPARE(panels.at(1)->stage(), QStringLiteral("staging"));
            QCOMPARE(panels.at(2)->stage(), QStringLiteral("production"));
            QTRY_VERIFY_WITH_TIMEOUT(window.historyLoaded(), 20000);

            StageHealthPanel *test = panels.at(0);
            QTRY_VERIFY_WITH_TIMEOUT(test->stateText().contains(QLatin1String("Up")), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(test->latencySeries()->count() >= 3, 20000);
            QCOMPARE(test->markerCount(), 1); // the deployment
            QVERIFY2(test->uptimeText().contains(QLatin1String("1 h 100 %")), qPrintable(test->uptimeText()));
            for (StageHealthPanel *panel : {panels.at(1), panels.at(2)}) {
                QTRY_VERIFY_WITH_TIMEOUT(panel->stateText().contains(QLatin1String("Down")), 20000);
                QVERIFY2(panel->errorText().contains(QLatin1String("connection refused")),
                         qPrintable(panel->errorText()));
                QCOMPARE(panel->latencySeries()->count(), 0);
                QCOMPARE(panel->markerCount(), 0);
                QVERIFY(!panel->strip()->spans().isEmpty());
                QCOMPARE(panel->strip()->spans().constLast().state, AvailabilitySpan::State::Down);
            }

            // Hovering a point names its value and time.
            const QPointF point = test->latencySeries()->at(0);
            test->showHover(point);
            QVERIFY2(test->lastHoverText().endsWith(QLatin1String(" ms")), qPrintable(test->lastHoverText()));
            QVERIFY(test->lastHoverText().contains(
                QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"))));

            // This machine's metrics arrive and are charted.
            QTRY_VERIFY_WITH_TIMEOUT(view->hostText().startsWith(QLatin1String("localhost: load")), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(
                view->hostSeries(HealthView::HostChart::Load, QStringLiteral("localhost"))->count() >= 1, 20000);
            QVERIFY(view->hostSeries(HealthView::HostChart::Memory, QStringLiteral("localhost"))->count() >= 1);

            // The range buttons switch every chart; the live data shows in each range.
            auto *month = view->findChild<QPushButton *>(QStringLiteral("range4"));
            QVERIFY(month);
            QTest::mouseClick(month, Qt::LeftButton);
            QCOMPARE(view->range(), HealthView::Range::Month);
            QVERIFY(month->isChecked());
            QVERIFY(test->latencySeries()->count() >= 1); // minute averages
            QCOMPARE(test->markerCount(), 1);
            view->setRange(HealthView::Range::FiveMinutes);
            QVERIFY(!month->isChecked());
            QVERIFY(test->latencySeries()->count() >= 3);

            // The stage goes down: the panel says so, and the webhook hears it.
            QTRY_VERIFY_WITH_TIMEOUT(receiver.bodies.size() >= 2, 20000); // staging, production
            QVERIFY(server.terminate() >= 0);
            QTRY_VERIFY_WITH_TIMEOUT(test->stateText().contains(QLatin1String("Down")), 20000);
            QVERIFY(test->errorText().contains(QLatin1String("connection refused")));
            QTRY_VERIFY_WITH_TIMEOUT(
                std::any_of(receiver.bodies.cbegin(), receiver.bodies.cend(),
                            [](const QJsonObject &body) {
                                return body[QLatin1String("stage")].toString() == QLatin1String("test")
                                    && body[QLatin1String("from")].toString() == QLatin1String("up")
                                    && body[QLatin1String("to")].toString() == QLatin1String("down");
                            }),
                20000);
            QCOMPARE(test->strip()->spans().constLast().state, AvailabilitySpan::State::Down);
        }

        // What the window probed is in the history after it closed.
        health::HealthHistory history;
        QVERIFY(history.open(healthPath, nullptr));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<health::HealthSample> samples
            = history.samples(QStringLiteral("test"), Kind::Frontend, now - hour, now + 1);
        QVERIFY(samples.size() >= 3);
        QVERIFY(std::any_of(samples.cbegin(), samples.cend(), [](const auto &s) { return s.ok; }));
        QVERIFY(std::any_of(samples.cbegin(), samples.cend(), [](const auto &s) { return !s.ok; }));
    }

    void historyFromAnEarlierRunIsCharted()
    {
        // Two days of minute aggregates and an hour of raw samples written
        // by an earlier run show in the 7-day range of a new window.
        const QString healthPath = m_dir.filePath(QStringLiteral("earlier.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            health::HealthHistory history;
            QVERIFY(history.open(healthPath, nullptr));
            for (qint64 t = now - 2 * day; t < now - 10 * minute; t += 30000) {
                health::ProbeResult result;
                result.stage = QStringLiteral("staging");
                result.kind = Kind::Frontend;
                result.timeMs = t;
                result.ok = (t / minute) % 10 != 0; // every tenth minute fails
                result.latencyMs = 12;
                history.record(result);
            }
            QVERIFY(history.compact(now, nullptr));
        }
        const quint16 port = test::freeLoopbackPort();
        MainWindow window(threeStages({port, quint16(port + 1), quint16(port + 2)}));
        window.setHistoryPaths(healthPath, m_dir.filePath(QStringLiteral("none.sqlite")));
        window.setHostMetricsInterval(0);
        window.setHealthSettings(fastSettings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.historyLoaded(), 20000);
        HealthView *view = window.healthView();
        view->setRange(HealthView::Range::Week);
        StageHealthPanel *staging = view->panel(QStringLiteral("staging"));
        QVERIFY2(staging->latencySeries()->count() > 100,
                 qPrintable(QString::number(staging->latencySeries()->count())));
        QVERIFY2(staging->uptimeText().contains(QRegularExpression(QStringLiteral("7 d (89|90)\\.\\d\\d %"))),
                 qPrintable(staging->uptimeText()));
        bool partial = false;
        for (const AvailabilitySpan &span : staging->strip()->spans())
            partial = partial || span.state == AvailabilitySpan::State::Down;
        QVERIFY(partial);
    }
};

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
