#include "playbook/Templar.h"

#include <QtTest>

using antler::playbook::Templar;

class TestTemplar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersLikeAnsible_data();
    void rendersLikeAnsible();
    void singleExpressionKeepsItsType();
    void refusesWhatItCannotEvaluate_data();
    void refusesWhatItCannotEvaluate();
    void renderValueWalksListsAndMappings();

private:
    static QVariantMap variables();
};

QVariantMap TestTemplar::variables()
{
    return {
        {QStringLiteral("greeting"), QStringLiteral("hello")},
        {QStringLiteral("count"), 3},
        {QStringLiteral("flag"), true},
        {QStringLiteral("nothing"), QVariant()},
        {QStringLiteral("derived"), QStringLiteral("{{ greeting }} world")},
        {QStringLiteral("loop"), QStringLiteral("{{ loop }}")},
        {QStringLiteral("result"),
         QVariantMap {{QStringLiteral("stdout"), QStringLiteral("a\nb")},
                      {QStringLiteral("rc"), 0},
                      {QStringLiteral("changed"), true},
                      {QStringLiteral("stdout_lines"), QVariantList {QStringLiteral("a"), QStringLiteral("b")}}}},
    };
}

void TestTemplar::rendersLikeAnsible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Expected values are what ansible-playbook 2.14 prints for the same text.
    QTest::newRow("plain") << "no template"
                           << "no template";
    QTest::newRow("variable") << "say {{ greeting }}!"
                              << "say hello!";
    QTest::newRow("no spaces") << "{{greeting}}{{count}}"
                               << "hello3";
    QTest::newRow("number") << "n={{ count }}"
                            << "n=3";
    QTest::newRow("bool") << "{{ flag }} and {{ result.changed }}"
                          << "True and True";
    QTest::newRow("none") << "[{{ nothing }}]"
                          << "[]";
    QTest::newRow("attribute") << "rc={{ result.rc }}"
                               << "rc=0";
    QTest::newRow("item") << "{{ result['stdout'] }}"
                          << "a\nb";
    QTest::newRow("double-quoted item") << "{{ result[\"rc\"] }}"
                                        << "0";
    QTest::newRow("list repr") << "lines {{ result.stdout_lines }}"
                               << "lines ['a', 'b']";
    QTest::newRow("index") << "{{ result.stdout_lines[1] }}{{ result.stdout_lines[-2] }}"
                           << "ba";
    QTest::newRow("nested template") << "{{ derived }}"
                                     << "hello world";
    QTest::newRow("filter") << "{{ greeting | upper }}"
                            << "HELLO";
    QTest::newRow("statement") << "{% if flag %}x{% endif %}"
                               << "x";
}

void TestTemplar::rendersLikeAnsible()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString out;
    QString error;
    QVERIFY2(Templar(variables()).renderText(text, &out, &error), qPrintable(error));
    QCOMPARE(out, expected);
}

void TestTemplar::singleExpressionKeepsItsType()
{
    QVariant out;
    QString error;
    QVERIFY(Templar(variables()).render(QStringLiteral("{{ result.stdout_lines }}"), &out, &error));
    QCOMPARE(out.toList().size(), 2);
    QVERIFY(Templar(variables()).render(QStringLiteral("{{ count }}"), &out, &error));
    QCOMPARE(out.typeId(), QMetaType::Int);
}

void TestTemplar::refusesWhatItCannotEvaluate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("undefined") << "{{ missing }}"
                               << "'missing' is undefined";
    QTest::newRow("missing attribute") << "{{ result.nope }}"
                                       << "'dict object' has no attribute 'nope'";
    QTest::newRow("attribute of text") << "{{ greeting.x }}"
                                       << "'str object' has no attribute 'x'";
    QTest::newRow("index out of range") << "{{ result.stdout_lines[5] }}"
                                        << "list object has no element 5";
    QTest::newRow("unknown filter") << "{{ greeting | nosuch }}"
                                    << "No filter named 'nosuch'.";
    QTest::newRow("syntax") << "{% if flag %}x"
                            << "needs {% endif %}";
    QTest::newRow("loop") << "{{ loop }}"
                          << "refer to each other in a loop";
}

void TestTemplar::refusesWhatItCannotEvaluate()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString out;
    QString message;
    QVERIFY(!Templar(variables()).renderText(text, &out, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestTemplar::renderValueWalksListsAndMappings()
{
    const QVariant value = QVariantMap {
        {QStringLiteral("argv"), QVariantList {QStringLiteral("echo"), QStringLiteral("{{ greeting }}")}},
        {QStringLiteral("n"), 5}};
    QVariant out;
    QString error;
    QVERIFY(Templar(variables()).renderValue(value, &out, &error));
    QCOMPARE(out.toMap().value(QStringLiteral("argv")).toList().at(1).toString(), QStringLiteral("hello"));
    QCOMPARE(out.toMap().value(QStringLiteral("n")).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestTemplar)
#include "tst_templar.moc"
