#include "health/MetricsScrape.h"

#include <QTest>

using namespace antler::health;

namespace {

// A /metrics text in moosefacts' shape: requests by code, one histogram per route.
QByteArray scrapeText(int ok, int errors, const QList<int> &apiBuckets, double apiSum, int apiCount)
{
    QByteArray text = "# HELP moosefacts_http_requests_total x\n"
                      "# TYPE moosefacts_http_requests_total counter\n";
    text += "moosefacts_http_requests_total{method=\"GET\",route=\"/api/facts/"
            "random\",code=\"200\"} "
        + QByteArray::number(ok) + '\n';
    text += "moosefacts_http_requests_total{method=\"GET\",route=\"/api/facts/"
            "random\",code=\"503\"} "
        + QByteArray::number(errors) + '\n';
    text += "moosefacts_http_requests_total{method=\"GET\",route=\"/nothing\",code=\"404\"} 0\n";
    text += "# TYPE moosefacts_http_request_duration_seconds histogram\n";
    const QList<QByteArray> bounds {"0.001", "0.01", "0.1"};
    for (int i = 0; i < bounds.size(); ++i) {
        text += "moosefacts_http_request_duration_seconds_bucket{route=\"/api/facts/random\",le=\"" + bounds.at(i)
            + "\"} " + QByteArray::number(apiBuckets.at(i)) + '\n';
    }
    text += "moosefacts_http_request_duration_seconds_bucket{route=\"/api/facts/"
            "random\",le=\"+Inf\"} "
        + QByteArray::number(apiCount) + '\n';
    text += "moosefacts_http_request_duration_seconds_sum{route=\"/api/facts/random\"} " + QByteArray::number(apiSum)
        + '\n';
    text += "moosefacts_http_request_duration_seconds_count{route=\"/api/facts/random\"} "
        + QByteArray::number(apiCount) + '\n';
    text += "moosefacts_http_connections_open 3\n";
    return text;
}

} // namespace

class TestMetricsScrape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCountersAndHistogram()
    {
        MetricsScrape scrape;
        QString error;
        QVERIFY2(scrape.parse(scrapeText(90, 10, {10, 60, 100}, 2.5, 100), 5000, &error), qPrintable(error));
        QCOMPARE(scrape.requests(), 100.0);
        QCOMPARE(scrape.serverErrors(), 10.0);
        QCOMPARE(scrape.durationCount(), 100.0);
        QCOMPARE(scrape.buckets().size(), 4);
        QCOMPARE(scrape.buckets().value(0.01), 60.0);
    }

    void ratesBetweenTwoScrapes()
    {
        MetricsScrape before;
        MetricsScrape after;
        QVERIFY(before.parse(scrapeText(90, 10, {10, 60, 100}, 2.5, 100), 10000, nullptr));
        // 10 s later: 200 more requests, 20 of them 5xx; 200 more observations
        // totalling 1.0 s, 100 of them in (0.001, 0.01] and 100 in (0.01, 0.1].
        QVERIFY(after.parse(scrapeText(270, 30, {10, 160, 300}, 3.5, 300), 20000, nullptr));
        const MetricsRates rates = MetricsScrape::compare(before, after);
        QCOMPARE(rates.seconds, 10.0);
        QCOMPARE(rates.requests, 200.0);
        QCOMPARE(rates.requestsPerSecond, 20.0);
        QCOMPARE(rates.errorRate.value(), 0.1);
        QCOMPARE(rates.meanLatencyMs.value(), 5.0);
        // Rank 100 of 200 is the top of the (1 ms, 10 ms] bucket.
        QCOMPARE(rates.p50LatencyMs.value(), 10.0);
        // Rank 190: 90 of the 100 in (10 ms, 100 ms] -> 10 + 90 * 0.9 = 91 ms.
        QVERIFY(qAbs(rates.p95LatencyMs.value() - 91.0) < 1e-9);
        QVERIFY(!rates.counterReset);
    }

    void quietStageHasNoErrorRateOrLatency()
    {
        MetricsScrape before;
        MetricsScrape after;
        QVERIFY(before.parse(scrapeText(90, 10, {10, 60, 100}, 2.5, 100), 0, nullptr));
        QVERIFY(after.parse(scrapeText(90, 10, {10, 60, 100}, 2.5, 100), 5000, nullptr));
        const MetricsRates rates = MetricsScrape::compare(before, after);
        QCOMPARE(rates.requestsPerSecond, 0.0);
        QVERIFY(!rates.errorRate);
        QVERIFY(!rates.meanLatencyMs);
        QVERIFY(!rates.p95LatencyMs);
    }

    void restartCountsFromZero()
    {
        MetricsScrape before;
        MetricsScrape after;
        QVERIFY(before.parse(scrapeText(900, 100, {10, 600, 1000}, 25, 1000), 0, nullptr));
        QVERIFY(after.parse(scrapeText(8, 2, {0, 10, 10}, 0.05, 10), 2000, nullptr));
        const MetricsRates rates = MetricsScrape::compare(before, after);
        QVERIFY(rates.counterReset);
        QCOMPARE(rates.requests, 10.0);
        QCOMPARE(rates.requestsPerSecond, 5.0);
        QCOMPARE(rates.errorRate.value(), 0.2);
        QCOMPARE(rates.meanLatencyMs.value(), 5.0);
    }

    void quantileOverflowBucket()
    {
        const QMap<double, double> cumulative {{0.1, 1}, {std::numeric_limits<double>::infinity(), 10}};
        QCOMPARE(MetricsScrape::quantile(cumulative, 0.95).value(), 0.1);
        QVERIFY(!MetricsScrape::quantile({}, 0.5));
    }

    void refusesTextWithoutRequestMetrics()
    {
        MetricsScrape scrape;
        QString error;
        QVERIFY(!scrape.parse("<html>not metrics</html>\n", 0, &error));
        QVERIFY(error.contains(QLatin1String("moosefacts_http_requests_total")));
    }
};

QTEST_GUILESS_MAIN(TestMetricsScrape)
#include "tst_metricsscrape.moc"
