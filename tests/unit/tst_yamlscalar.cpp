// The one reading of YAML scalars (inventory::YamlValue::scalar) that
// playbooks, inventories and antler.yaml share, and the boolean keywords and
// module arguments take on top of it (playbook::YamlValue::parseBool). Every
// row was checked against PyYAML 6 (yaml.safe_load) and Ansible 2.14's
// boolean() on this machine.
#include "inventory/YamlValue.h"
#include "playbook/YamlValue.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace antler;

class TestYamlScalar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainScalarsAreTypedAsPyYaml_data();
    void plainScalarsAreTypedAsPyYaml();
    void quotedScalarsStayText();
    void keywordBooleansAreAnsibles_data();
    void keywordBooleansAreAnsibles();
};

void TestYamlScalar::plainScalarsAreTypedAsPyYaml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");

    const QVariant none;
    // Booleans: three spellings each, never mixed case, never y/n.
    for (const char *text : {"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})
        QTest::newRow(text) << QString::fromLatin1(text) << QVariant(true);
    for (const char *text : {"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"})
        QTest::newRow(text) << QString::fromLatin1(text) << QVariant(false);
    for (const char *text : {"y", "n", "Y", "N", "tRuE", "fAlse", "oN"})
        QTest::newRow(text) << QString::fromLatin1(text) << QVariant(QString::fromLatin1(text));
    // Null.
    QTest::newRow("~") << QStringLiteral("~") << none;
    QTest::newRow("null") << QStringLiteral("null") << none;
    QTest::newRow("Null") << QStringLiteral("Null") << none;
    QTest::newRow("NULL") << QStringLiteral("NULL") << none;
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("NuLL") << QStringLiteral("NuLL") << QVariant(QStringLiteral("NuLL"));
    // Integers: decimal, octal with a leading 0, 0b, 0x, base 60, underscores.
    QTest::newRow("42") << QStringLiteral("42") << QVariant(qlonglong(42));
    QTest::newRow("+1") << QStringLiteral("+1") << QVariant(qlonglong(1));
    QTest::newRow("-0") << QStringLiteral("-0") << QVariant(qlonglong(0));
    QTest::newRow("0755") << QStringLiteral("0755") << QVariant(qlonglong(493));
    QTest::newRow("00") << QStringLiteral("00") << QVariant(qlonglong(0));
    QTest::newRow("0_") << QStringLiteral("0_") << QVariant(qlonglong(0));
    QTest::newRow("08") << QStringLiteral("08") << QVariant(QStringLiteral("08"));
    QTest::newRow("0o17") << QStringLiteral("0o17") << QVariant(QStringLiteral("0o17"));
    QTest::newRow("0x1f") << QStringLiteral("0x1f") << QVariant(qlonglong(31));
    QTest::newRow("+0x_1") << QStringLiteral("+0x_1") << QVariant(qlonglong(1));
    QTest::newRow("0b101") << QStringLiteral("0b101") << QVariant(qlonglong(5));
    QTest::newRow("-0b1") << QStringLiteral("-0b1") << QVariant(qlonglong(-1));
    QTest::newRow("0b") << QStringLiteral("0b") << QVariant(QStringLiteral("0b"));
    QTest::newRow("0x") << QStringLiteral("0x") << QVariant(QStringLiteral("0x"));
    QTest::newRow("1_000") << QStringLiteral("1_000") << QVariant(qlonglong(1000));
    QTest::newRow("1__0") << QStringLiteral("1__0") << QVariant(qlonglong(10));
    QTest::newRow("1:30") << QStringLiteral("1:30") << QVariant(qlonglong(90));
    QTest::newRow("190:20:30") << QStringLiteral("190:20:30") << QVariant(qlonglong(685230));
    // Floats: a dot is needed, an exponent needs its sign.
    QTest::newRow(".5") << QStringLiteral(".5") << QVariant(0.5);
    QTest::newRow("1.") << QStringLiteral("1.") << QVariant(1.0);
    QTest::newRow("1._") << QStringLiteral("1._") << QVariant(1.0);
    QTest::newRow("0.") << QStringLiteral("0.") << QVariant(0.0);
    QTest::newRow("-1_0.0_1") << QStringLiteral("-1_0.0_1") << QVariant(-10.01);
    QTest::newRow("1.0e+3") << QStringLiteral("1.0e+3") << QVariant(1000.0);
    QTest::newRow("1.5E+3") << QStringLiteral("1.5E+3") << QVariant(1500.0);
    QTest::newRow("1:30.5") << QStringLiteral("1:30.5") << QVariant(90.5);
    QTest::newRow("1e3") << QStringLiteral("1e3") << QVariant(QStringLiteral("1e3"));
    QTest::newRow("1.5e3") << QStringLiteral("1.5e3") << QVariant(QStringLiteral("1.5e3"));
    QTest::newRow("-.5") << QStringLiteral("-.5") << QVariant(QStringLiteral("-.5"));
    QTest::newRow("+.5") << QStringLiteral("+.5") << QVariant(QStringLiteral("+.5"));
    QTest::newRow(".inf") << QStringLiteral(".inf") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("+.inf") << QStringLiteral("+.inf") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("-.Inf") << QStringLiteral("-.Inf") << QVariant(-std::numeric_limits<double>::infinity());
    QTest::newRow(".INF") << QStringLiteral(".INF") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("-.nan") << QStringLiteral("-.nan") << QVariant(QStringLiteral("-.nan"));
    // Text.
    QTest::newRow("word") << QStringLiteral("hello") << QVariant(QStringLiteral("hello"));
    QTest::newRow("version") << QStringLiteral("1.2.3") << QVariant(QStringLiteral("1.2.3"));
}

void TestYamlScalar::plainScalarsAreTypedAsPyYaml()
{
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const QVariant actual = inventory::YamlValue::scalar(text, false);
    QCOMPARE(actual.typeId(), expected.typeId());
    QCOMPARE(actual, expected);
}

void TestYamlScalar::quotedScalarsStayText()
{
    for (const QString &text : {QStringLiteral("yes"), QStringLiteral("42"), QStringLiteral("~"), QString()})
        QCOMPARE(inventory::YamlValue::scalar(text, true), QVariant(text));
    QVERIFY(std::isnan(inventory::YamlValue::scalar(QStringLiteral(".NaN"), false).toDouble()));
}

void TestYamlScalar::keywordBooleansAreAnsibles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("value");

    for (const char *text : {"y", "Y", "yes", "YES", "on", "1", "true", "tRuE", "t", "T", " yes ", "1.0", "01"})
        QTest::newRow(text) << QString::fromLatin1(text) << true << true;
    for (const char *text : {"n", "N", "no", "off", "OFF", "0", "false", "fAlse", "f", "0.0"})
        QTest::newRow(text) << QString::fromLatin1(text) << true << false;
    for (const char *text : {"maybe", "2", "", "yess", "{{ x }}"})
        QTest::newRow(text) << QString::fromLatin1(text) << false << false;
}

void TestYamlScalar::keywordBooleansAreAnsibles()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, value);
    bool actual = !value;
    QCOMPARE(playbook::YamlValue::parseBool(text, &actual), valid);
    if (valid)
        QCOMPARE(actual, value);
}

QTEST_GUILESS_MAIN(TestYamlScalar)
#include "tst_yamlscalar.moc"
