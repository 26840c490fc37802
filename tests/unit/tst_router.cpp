#include "Router.h"

#include <QtTest>

using moosefacts::Route;
using moosefacts::Router;

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void labelsAreTemplates();
};

void TestRouter::match_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("staticEnabled");
    QTest::addColumn<int>("route");
    QTest::addColumn<QByteArray>("parameter");

    QTest::newRow("list") << QByteArray("/api/facts") << false << int(Route::FactsList) << QByteArray();
    QTest::newRow("random") << QByteArray("/api/facts/random") << false << int(Route::FactsRandom) << QByteArray();
    QTest::newRow("by id") << QByteArray("/api/facts/42") << false << int(Route::FactById) << QByteArray("42");
    QTest::newRow("by non-number") << QByteArray("/api/facts/abc") << false << int(Route::FactById)
                                   << QByteArray("abc");
    QTest::newRow("too deep") << QByteArray("/api/facts/1/2") << false << int(Route::Unmatched) << QByteArray();
    QTest::newRow("trailing slash") << QByteArray("/api/facts/") << false << int(Route::Unmatched) << QByteArray();
    QTest::newRow("healthz") << QByteArray("/healthz") << false << int(Route::Healthz) << QByteArray();
    QTest::newRow("readyz") << QByteArray("/readyz") << false << int(Route::Readyz) << QByteArray();
    QTest::newRow("version") << QByteArray("/version") << false << int(Route::Version) << QByteArray();
    QTest::newRow("metrics") << QByteArray("/metrics") << false << int(Route::Metrics) << QByteArray();
    QTest::newRow("root without static") << QByteArray("/") << false << int(Route::Unmatched) << QByteArray();
    QTest::newRow("root with static") << QByteArray("/") << true << int(Route::Static) << QByteArray();
    QTest::newRow("asset with static") << QByteArray("/app.js") << true << int(Route::Static) << QByteArray();
    QTest::newRow("api never static") << QByteArray("/api/other") << true << int(Route::Unmatched) << QByteArray();
    QTest::newRow("api root never static") << QByteArray("/api") << true << int(Route::Unmatched) << QByteArray();
}

void TestRouter::match()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, staticEnabled);
    QFETCH(int, route);
    QFETCH(QByteArray, parameter);
    const auto m = Router::match(path, staticEnabled);
    QCOMPARE(int(m.route), route);
    QCOMPARE(m.parameter, parameter);
}

void TestRouter::labelsAreTemplates()
{
    QCOMPARE(Router::label(Route::FactById), QByteArray("/api/facts/{id}"));
    const QList<QByteArray> labels = Router::labels();
    QCOMPARE(labels.size(), int(Route::Unmatched) + 1);
    QCOMPARE(QSet<QByteArray>(labels.begin(), labels.end()).size(), labels.size());
    QCOMPARE(Router::allowedMethods(Route::Healthz, false), QByteArray("GET, HEAD"));
    QCOMPARE(Router::allowedMethods(Route::Healthz, true), QByteArray("GET, HEAD, OPTIONS"));
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
