#include "Metrics.h"
#include "PrometheusText.h"

#include <QtTest>

using moosefacts::Metrics;

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsValid();
    void expositionIsValid();
    void histogramIsCumulative();
    void labelEscaping();
    void validatorCatchesMistakes_data();
    void validatorCatchesMistakes();
};

namespace {
Metrics makeMetrics()
{
    return Metrics({"GET", "POST"}, {"/a", "/b/{id}"}, "1.2.3", "abc123");
}
} // namespace

void TestMetrics::emptyIsValid()
{
    const Metrics m = makeMetrics();
    const QByteArray text = m.exposition({3, 60, true});
    const QStringList problems = antler::test::validatePrometheusText(text);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(text.contains("moosefacts_build_info{version=\"1.2.3\",commit=\"abc123\"} 1\n"));
    QVERIFY(text.contains("moosefacts_http_connections_open 3\n"));
    QVERIFY(text.contains("process_start_time_seconds "));
}

void TestMetrics::expositionIsValid()
{
    Metrics m = makeMetrics();
    m.observe(0, 0, 200, 0.0004);
    m.observe(0, 0, 200, 0.003);
    m.observe(0, 1, 404, 0.2);
    m.observe(1, 1, 405, 7.0);
    m.countRejected(413);
    const QByteArray text = m.exposition({0, 1, false});
    const QStringList problems = antler::test::validatePrometheusText(text);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(text.contains("moosefacts_http_requests_total{method=\"GET\",route=\"/a\",code=\"200\"} 2\n"));
    QVERIFY(text.contains("moosefacts_http_requests_total{method=\"POST\",route=\"/b/{id}\",code=\"405\"} 1\n"));
    QVERIFY(text.contains("moosefacts_http_rejected_total{code=\"413\"} 1\n"));
    QCOMPARE(text.count("# TYPE moosefacts_http_request_duration_seconds histogram"), 1);
    QCOMPARE(text.count("# HELP moosefacts_http_requests_total"), 1);
    QCOMPARE(m.requestCount(0, 0, 200), quint64(2));
}

void TestMetrics::histogramIsCumulative()
{
    Metrics m = makeMetrics();
    m.observe(0, 0, 200, 0.0004); // first bucket
    m.observe(0, 0, 200, 0.003); // le=0.005
    m.observe(0, 0, 200, 99.0); // only +Inf
    const QByteArray text = m.exposition({});
    QVERIFY(text.contains("moosefacts_http_request_duration_seconds_bucket{route=\"/a\",le=\"0.0005\"} 1\n"));
    QVERIFY(text.contains("moosefacts_http_request_duration_seconds_bucket{route=\"/a\",le=\"0.0025\"} 1\n"));
    QVERIFY(text.contains("moosefacts_http_request_duration_seconds_bucket{route=\"/a\",le=\"0.005\"} 2\n"));
    QVERIFY(text.contains("moosefacts_http_request_duration_seconds_bucket{route=\"/a\",le=\"2.5\"} 2\n"));
    QVERIFY(text.contains("moosefacts_http_request_duration_seconds_bucket{route=\"/a\",le=\"+Inf\"} 3\n"));
    QVERIFY(text.contains("moosefacts_http_request_duration_seconds_count{route=\"/a\"} 3\n"));
    QVERIFY(text.contains("moosefacts_http_request_duration_seconds_sum{route=\"/a\"} 99.0034\n"));
}

void TestMetrics::labelEscaping()
{
    QCOMPARE(Metrics::escapeLabelValue("a\"b\\c\nd"), QByteArray("a\\\"b\\\\c\\nd"));
    Metrics m({"GET"}, {"/x"}, "1.0 \"beta\"", "line\nbreak");
    const QStringList problems = antler::test::validatePrometheusText(m.exposition({}));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The validator itself must reject what the format forbids, or the tests
// above would prove nothing.
void TestMetrics::validatorCatchesMistakes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("two HELP") << QByteArray("# HELP a x\n# HELP a y\n# TYPE a counter\na 1\n");
    QTest::newRow("two TYPE") << QByteArray("# TYPE a counter\n# TYPE a gauge\na 1\n");
    QTest::newRow("TYPE after sample") << QByteArray("a 1\n# TYPE a counter\n");
    QTest::newRow("no final newline") << QByteArray("# TYPE a gauge\na 1");
    QTest::newRow("bad value") << QByteArray("# TYPE a gauge\na one\n");
    QTest::newRow("unquoted label") << QByteArray("# TYPE a gauge\na{x=1} 1\n");
    QTest::newRow("bad escape") << QByteArray("# TYPE a gauge\na{x=\"\\t\"} 1\n");
    QTest::newRow("split family") << QByteArray("# TYPE a gauge\n# TYPE b gauge\na 1\nb 1\na{x=\"1\"} 2\n");
    QTest::newRow("non-cumulative buckets")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"2\"} 3\nh_bucket{le=\"+Inf\"} 5\nh_sum "
                      "1\nh_count 5\n");
    QTest::newRow("missing +Inf") << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_sum 1\nh_count 5\n");
    QTest::newRow("+Inf differs from count")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 5\nh_sum 1\nh_count 6\n");
    QTest::newRow("missing sum") << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 5\nh_count 5\n");
    QTest::newRow("unordered le") << QByteArray("# TYPE h histogram\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"1\"} "
                                                "1\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n");
    QTest::newRow("negative counter") << QByteArray("# TYPE c counter\nc -1\n");
}

void TestMetrics::validatorCatchesMistakes()
{
    QFETCH(QByteArray, text);
    QVERIFY(!antler::test::validatePrometheusText(text).isEmpty());
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
