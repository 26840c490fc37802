#include "health/StageHealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace antler::health;
using Kind = ProbeSpec::Kind;

Q_DECLARE_METATYPE(antler::health::HealthState)

class TestStageHealth : public QObject
{
    Q_OBJECT

private:
    qint64 m_time = 1'000'000;

    ProbeResult result(Kind kind, bool ok, double latencyMs = 10, const QString &error = {})
    {
        ProbeResult r;
        r.stage = QStringLiteral("test");
        r.kind = kind;
        r.timeMs = m_time += 1000;
        r.ok = ok;
        r.latencyMs = latencyMs;
        r.error = ok ? QString() : (error.isEmpty() ? QStringLiteral("connection refused at 127.0.0.1:1") : error);
        return r;
    }

    // Feeds a pattern like "ssfff" for the frontend probe; returns the states after each.
    QList<HealthState> feed(StageHealth &health, const QString &pattern)
    {
        QList<HealthState> states;
        for (QChar c : pattern) {
            health.addResult(result(Kind::Frontend, c == QLatin1Char('s')));
            states.append(health.state());
        }
        return states;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HealthState>(); }

    void thresholds_data()
    {
        QTest::addColumn<int>("failuresToDown");
        QTest::addColumn<int>("successesToUp");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("states"); // u=unknown U=up D=down

        QTest::newRow("two successes make it up") << 3 << 2 << "ss"
                                                  << "uU";
        QTest::newRow("three failures make it down") << 3 << 2 << "fff"
                                                     << "uuD";
        QTest::newRow("down needs three in a row") << 3 << 2 << "ssffsff"
                                                   << "uUUUUUU";
        QTest::newRow("up again after two successes") << 3 << 2 << "ssfffss"
                                                      << "uUUUDDU";
        QTest::newRow("one success does not recover") << 3 << 2 << "ssfffsfs"
                                                      << "uUUUDDDD";
        QTest::newRow("flapping never goes down") << 3 << 2 << "ssffsffsffsffs"
                                                  << "uUUUUUUUUUUUUU";
        QTest::newRow("one-shot thresholds") << 1 << 1 << "sfs"
                                             << "UDU";
        QTest::newRow("custom thresholds") << 5 << 3 << "sssffffff"
                                           << "uuUUUUUDD";
    }

    void thresholds()
    {
        QFETCH(int, failuresToDown);
        QFETCH(int, successesToUp);
        QFETCH(QString, pattern);
        QFETCH(QString, states);
        StageHealth health(QStringLiteral("test"), HealthThresholds {failuresToDown, successesToUp, 0});
        health.setUserPath({Kind::Frontend});
        const QList<HealthState> got = feed(health, pattern);
        QString letters;
        for (HealthState s : got) {
            letters += s == HealthState::Up ? QLatin1Char('U')
                : s == HealthState::Down    ? QLatin1Char('D')
                : s == HealthState::Unknown ? QLatin1Char('u')
                                            : QLatin1Char('g');
        }
        QCOMPARE(letters, states);
    }

    void stateChangesAreSignalsWithReasons()
    {
        StageHealth health(QStringLiteral("test"));
        health.setUserPath({Kind::Frontend});
        QSignalSpy spy(&health, &StageHealth::stateChanged);
        feed(health, QStringLiteral("ssfff"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("test"));
        QCOMPARE(spy.at(0).at(1).value<HealthState>(), HealthState::Unknown);
        QCOMPARE(spy.at(0).at(2).value<HealthState>(), HealthState::Up);
        QCOMPARE(spy.at(1).at(1).value<HealthState>(), HealthState::Up);
        QCOMPARE(spy.at(1).at(2).value<HealthState>(), HealthState::Down);
        QCOMPARE(spy.at(1).at(3).toString(), QStringLiteral("frontend: connection refused at 127.0.0.1:1"));
        QCOMPARE(health.lastError(), QStringLiteral("frontend: connection refused at 127.0.0.1:1"));
    }

    void otherProbesFailingMeansDegraded()
    {
        StageHealth health(QStringLiteral("test"), HealthThresholds {1, 1, 0});
        health.setUserPath({Kind::Frontend, Kind::Api});
        health.addResult(result(Kind::Frontend, true));
        QCOMPARE(health.state(), HealthState::Unknown); // the API has not answered yet
        health.addResult(result(Kind::Api, true));
        QCOMPARE(health.state(), HealthState::Up);
        health.addResult(result(Kind::Readyz, false, 0,
                                QStringLiteral("expected HTTP 200 from /readyz, got 503 (application/json)")));
        QCOMPARE(health.state(), HealthState::Degraded);
        QVERIFY(health.reason().startsWith(QLatin1String("readyz: expected HTTP 200")));
        health.addResult(result(Kind::Readyz, true));
        QCOMPARE(health.state(), HealthState::Up);
        health.addResult(result(Kind::Api, false));
        QCOMPARE(health.state(), HealthState::Down);
    }

    void slowUserPathMeansDegraded()
    {
        StageHealth health(QStringLiteral("test"), HealthThresholds {1, 1, 500});
        health.setUserPath({Kind::Frontend});
        health.addResult(result(Kind::Frontend, true, 100));
        QCOMPARE(health.state(), HealthState::Up);
        health.addResult(result(Kind::Frontend, true, 900));
        QCOMPARE(health.state(), HealthState::Degraded);
        QVERIFY(health.reason().contains(QLatin1String("900 ms")));
        QCOMPARE(health.latencyMs().value(), 900.0);
        health.addResult(result(Kind::Frontend, true, 100));
        QCOMPARE(health.state(), HealthState::Up);
    }

    void withoutUserPathEveryProbeCounts()
    {
        StageHealth health(QStringLiteral("test"), HealthThresholds {1, 1, 0});
        health.addResult(result(Kind::Healthz, false));
        QCOMPARE(health.state(), HealthState::Down);
        health.addResult(result(Kind::Healthz, true));
        QCOMPARE(health.state(), HealthState::Up);
    }

    void versionGivesDigestAndDrift()
    {
        StageHealth health(QStringLiteral("test"), HealthThresholds {1, 1, 0});
        ProbeResult version = result(Kind::Version, true);
        version.digest = QStringLiteral("sha256:aaa");
        version.version = QStringLiteral("0.1.0");
        version.drift = true;
        health.addResult(version);
        QCOMPARE(health.digest(), QStringLiteral("sha256:aaa"));
        QCOMPARE(health.version(), QStringLiteral("0.1.0"));
        QCOMPARE(health.drift(), std::optional<bool>(true));
        // A failed version probe keeps what was last known to run.
        health.addResult(result(Kind::Version, false));
        QCOMPARE(health.digest(), QStringLiteral("sha256:aaa"));
    }
};

QTEST_GUILESS_MAIN(TestStageHealth)
#include "tst_stagehealth.moc"
