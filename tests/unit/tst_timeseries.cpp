#include "health/TimeSeries.h"

#include <QTest>

using namespace antler::health;

class TestTimeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uptimeIsTheSuccessfulShare()
    {
        QList<HealthSample> samples;
        for (int i = 0; i < 100; ++i)
            samples.append(HealthSample {i * 1000, i % 10 != 0, 5}); // 10 failures
        QCOMPARE(TimeSeries::uptimePercent(samples).value(), 90.0);
        QVERIFY(!TimeSeries::uptimePercent({}).has_value());
    }

    void percentilesUseSuccessfulProbesOnly()
    {
        QList<HealthSample> samples;
        for (int i = 1; i <= 100; ++i)
            samples.append(HealthSample {i * 1000, true, double(i)});
        // Failed probes time out slowly; they must not move the percentiles.
        for (int i = 0; i < 50; ++i)
            samples.append(HealthSample {200000 + i, false, 2000});
        QCOMPARE(TimeSeries::latencyPercentile(samples, 50).value(), 50.0);
        QCOMPARE(TimeSeries::latencyPercentile(samples, 95).value(), 95.0);
        QCOMPARE(TimeSeries::latencyPercentile(samples, 100).value(), 100.0);
        QList<HealthSample> failuresOnly {HealthSample {1, false, 3000}};
        QVERIFY(!TimeSeries::latencyPercentile(failuresOnly, 50).has_value());
    }

    void nearestRank_data()
    {
        QTest::addColumn<QList<double>>("sorted");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("one value") << QList<double> {7} << 95.0 << 7.0;
        QTest::newRow("p50 of four") << QList<double> {1, 2, 3, 4} << 50.0 << 2.0;
        QTest::newRow("p95 of four") << QList<double> {1, 2, 3, 4} << 95.0 << 4.0;
        QTest::newRow("p0") << QList<double> {1, 2, 3} << 0.0 << 1.0;
    }

    void nearestRank()
    {
        QFETCH(QList<double>, sorted);
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(TimeSeries::percentileOfSorted(sorted, p).value(), expected);
    }

    void aggregatesPerMinute()
    {
        // Minute 0: 10, 20, a failure; minute 1: only failures; minute 3: 30.
        const QList<HealthSample> samples {
            {1000, true, 10},  {59999, true, 20},  {30000, false, 999},
            {60000, false, 0}, {119999, false, 0}, {180000, true, 30},
        };
        const QList<SampleAggregate> buckets = TimeSeries::aggregate(samples, 60000);
        QCOMPARE(buckets.size(), 3);
        QCOMPARE(buckets.at(0), (SampleAggregate {0, 3, 1, 10.0, 20.0, 15.0}));
        QCOMPARE(buckets.at(1), (SampleAggregate {60000, 2, 2, {}, {}, {}}));
        QCOMPARE(buckets.at(2), (SampleAggregate {180000, 1, 0, 30.0, 30.0, 30.0}));
    }

    void keepsTheVisibleWindow()
    {
        TimeSeries series(10000);
        for (int i = 0; i <= 20; ++i)
            series.append(HealthSample {i * 1000, true, 1});
        QCOMPARE(series.samples().size(), 11); // 10 s .. 20 s
        QCOMPARE(series.samples().constFirst().timeMs, 10000);
        series.append(HealthSample {15500, false, 0}); // late arrival goes in place
        QCOMPARE(series.samples().at(6).timeMs, 15500);
        QCOMPARE(series.range(15000, 17000).size(), 3);
        series.setWindowMs(2000);
        QCOMPARE(series.samples().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
