#include "cli/ExitCode.h"
#include "cli/RunPlaybookCommand.h"

#include <QTemporaryFile>
#include <QtTest>

using antler::cli::ExitCode;
using antler::cli::RunPlaybookCommand;

class TestRunPlaybookCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnsiblePlaybookFlags();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void extraVariables();
};

void TestRunPlaybookCommand::parsesAnsiblePlaybookFlags()
{
    RunPlaybookCommand::Options options;
    QString error;
    int exitCode = 0;
    QVERIFY2(RunPlaybookCommand::parseArguments(
                 {"-i", "hosts", "--run-playbook=site.yml", "-e", "a=1 b='two words'", "--extra-vars={\"c\": [1]}",
                  "--forks", "12", "-vv", "--verbose", "--json", "--accept-new-host-keys", "--syntax-check"},
                 &options, &error, &exitCode),
             qPrintable(error));
    QCOMPARE(options.playbook, QStringLiteral("site.yml"));
    QCOMPARE(options.inventory, QStringLiteral("hosts"));
    QCOMPARE(options.forks, 12);
    QCOMPARE(options.verbosity, 3);
    QVERIFY(options.json);
    QVERIFY(options.acceptNewHostKeys);
    QVERIFY(options.syntaxCheck);
    QCOMPARE(options.extraVariables.value(QStringLiteral("a")).toString(), QStringLiteral("1"));
    QCOMPARE(options.extraVariables.value(QStringLiteral("b")).toString(), QStringLiteral("two words"));
    QCOMPARE(options.extraVariables.value(QStringLiteral("c")).toList().size(), 1);

    RunPlaybookCommand::Options defaults;
    QVERIFY(RunPlaybookCommand::parseArguments({"--run-playbook", "site.yml"}, &defaults, &error, &exitCode));
    QCOMPARE(defaults.forks, 5);
    QCOMPARE(defaults.verbosity, 0);
    QVERIFY(!defaults.json);
    QVERIFY(!defaults.acceptNewHostKeys);
}

void TestRunPlaybookCommand::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("no file") << QStringList{"--run-playbook"} << "the option --run-playbook needs a value";
    QTest::newRow("forks zero") << QStringList{"--run-playbook", "a.yml", "--forks", "0"}
                                << "--forks takes a whole number of at least 1";
    QTest::newRow("later flag") << QStringList{"--run-playbook", "a.yml", "--limit", "pi1"}
                                << "--limit arrives with the full playbook engine";
    QTest::newRow("unknown") << QStringList{"--run-playbook", "a.yml", "--frobnicate"}
                             << "unknown option “--frobnicate” for --run-playbook";
    QTest::newRow("two inventories") << QStringList{"--run-playbook", "a.yml", "-i", "a", "-i", "b"}
                                     << "only one -i is supported";
    QTest::newRow("bad extra var") << QStringList{"--run-playbook", "a.yml", "-e", "novalue"}
                                   << "the extra variable “novalue” is not NAME=VALUE";
    QTest::newRow("missing vars file") << QStringList{"--run-playbook", "a.yml", "-e", "@/nonexistent.yml"}
                                       << "cannot read the variables file /nonexistent.yml";
}

void TestRunPlaybookCommand::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    RunPlaybookCommand::Options options;
    QString message;
    int exitCode = 0;
    QVERIFY(!RunPlaybookCommand::parseArguments(arguments, &options, &message, &exitCode));
    QCOMPARE(exitCode, int(ExitCode::UsageError));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("; ")), qPrintable(message));
}

void TestRunPlaybookCommand::extraVariables()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("port: 8080\nenabled: yes\nname: pi\n");
    file.close();
    QVariantMap variables;
    QString error;
    QVERIFY2(RunPlaybookCommand::parseExtraVariables(QLatin1Char('@') + file.fileName(), &variables, &error),
             qPrintable(error));
    QCOMPARE(variables.value(QStringLiteral("port")).toInt(), 8080);
    QCOMPARE(variables.value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(RunPlaybookCommand::parseExtraVariables(QStringLiteral("name=override"), &variables, &error));
    QCOMPARE(variables.value(QStringLiteral("name")).toString(), QStringLiteral("override"));
    QVERIFY(!RunPlaybookCommand::parseExtraVariables(QStringLiteral("{broken"), &variables, &error));
    QVERIFY2(error.contains(QLatin1String("is not valid YAML or JSON")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRunPlaybookCommand)
#include "tst_runplaybookcommand.moc"
