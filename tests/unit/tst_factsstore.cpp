#include "FactsStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using moosefacts::FactsStore;

class TestFactsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledFacts();
    void brokenFiles_data();
    void brokenFiles();
    void missingFile();
    void bareArray();
    void paging();
    void lookupById();
    void randomIsAFact();
};

void TestFactsStore::bundledFacts()
{
    FactsStore store;
    QString error;
    QVERIFY2(store.loadFile(QStringLiteral(ANTLER_SOURCE_DIR "/server/data/moose-facts.json"), &error),
             qPrintable(error));
    QVERIFY2(store.size() >= 50, "the bundled file must hold at least 50 facts");
    QSet<QString> texts;
    for (const auto &fact : store.facts()) {
        QVERIFY(fact.text.size() > 20);
        texts.insert(fact.text);
    }
    QCOMPARE(texts.size(), store.size()); // no fact twice
}

void TestFactsStore::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("syntax error") << "syntax-error.json"
                                  << "syntax-error.json:3:";
    QTest::newRow("duplicate id") << "duplicate-id.json"
                                  << "repeats id 1";
    QTest::newRow("empty text") << "empty-text.json"
                                << "needs a non-empty \"text\"";
    QTest::newRow("string id") << "string-id.json"
                               << "positive whole number \"id\"";
    QTest::newRow("fractional id") << "fractional-id.json"
                                   << "positive whole number \"id\"";
    QTest::newRow("no facts") << "no-facts.json"
                              << "holds no facts";
    QTest::newRow("wrong shape") << "wrong-shape.json"
                                 << "expected a JSON array of facts";
    QTest::newRow("empty file") << "empty-file.json"
                                << "invalid JSON";
}

void TestFactsStore::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    FactsStore store;
    QString error;
    QVERIFY(!store.loadFile(QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/broken/facts/") + file, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(file), "the error names the file");
    QVERIFY(error.endsWith(QLatin1Char('.')));
    QVERIFY(store.isEmpty());
}

void TestFactsStore::missingFile()
{
    FactsStore store;
    QString error;
    QVERIFY(!store.loadFile(QStringLiteral("/nonexistent/facts.json"), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/facts.json")) && error.contains(QLatin1String("--facts")),
             qPrintable(error));
}

void TestFactsStore::bareArray()
{
    FactsStore store;
    QString error;
    QVERIFY(store.loadJson(R"([{"id": 10, "text": "Moose swim well."}])", QStringLiteral("inline"), &error));
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.indexOf(10), 0);
}

void TestFactsStore::paging()
{
    FactsStore store;
    QString error;
    QVERIFY(store.loadJson(R"([{"id":1,"text":"a"},{"id":2,"text":"b"},{"id":3,"text":"c"}])", QStringLiteral("inline"),
                           &error));
    const QJsonObject page = QJsonDocument::fromJson(store.pageJson(1, 5)).object();
    QCOMPARE(page.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(page.value(QLatin1String("offset")).toInt(), 1);
    QCOMPARE(page.value(QLatin1String("limit")).toInt(), 5);
    const QJsonArray facts = page.value(QLatin1String("facts")).toArray();
    QCOMPARE(facts.size(), 2);
    QCOMPARE(facts.at(0).toObject().value(QLatin1String("id")).toInt(), 2);
    QCOMPARE(QJsonDocument::fromJson(store.pageJson(3, 5)).object().value(QLatin1String("facts")).toArray().size(), 0);
}

void TestFactsStore::lookupById()
{
    FactsStore store;
    QString error;
    QVERIFY(store.loadJson(R"([{"id":5,"text":"a"},{"id":1,"text":"b"}])", QStringLiteral("inline"), &error));
    QCOMPARE(store.indexOf(5), 0);
    QCOMPARE(store.indexOf(1), 1);
    QCOMPARE(store.indexOf(2), -1);
    const QJsonObject fact = QJsonDocument::fromJson(store.factJson(1)).object();
    QCOMPARE(fact.value(QLatin1String("text")).toString(), QStringLiteral("b"));
}

void TestFactsStore::randomIsAFact()
{
    FactsStore store;
    QString error;
    QVERIFY(store.loadJson(R"([{"id":1,"text":"a"},{"id":2,"text":"b"}])", QStringLiteral("inline"), &error));
    QSet<int> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(QJsonDocument::fromJson(store.randomFactJson()).object().value(QLatin1String("id")).toInt());
    QCOMPARE(seen, (QSet<int> {1, 2}));
}

QTEST_GUILESS_MAIN(TestFactsStore)
#include "tst_factsstore.moc"
