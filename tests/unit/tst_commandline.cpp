#include "cli/CommandArguments.h"
#include "cli/CommandCatalog.h"
#include "cli/CommandLine.h"
#include "cli/Dispatcher.h"
#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
#include "pipeline/RuntimeFactory.h"
#include "pipeline/Stage.h"
#include "playbook/modules/ModuleRegistry.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <antler/BuildInfo.h>

using antler::cli::CommandArguments;
using antler::cli::CommandCatalog;
using antler::cli::CommandLine;
using antler::cli::CommandSpec;
using antler::cli::Dispatcher;
using antler::cli::ExitCode;
using antler::cli::HelpCommand;
using Mode = CommandLine::Mode;

Q_DECLARE_METATYPE(CommandLine::Mode)

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void modeIsDecidedFromArgv_data();
    void modeIsDecidedFromArgv();
    void guiOptions_data();
    void guiOptions();
    void displayProblem_data();
    void displayProblem();
    void helpDocumentsEveryHeadlessFlag_data();
    void helpDocumentsEveryHeadlessFlag();
    void helpTopicsPrintOnePart_data();
    void helpTopicsPrintOnePart();
    void dispatcherExitCodes_data();
    void dispatcherExitCodes();
    void everyDeclaredOptionIsAcceptedAndDocumented_data();
    void everyDeclaredOptionIsAcceptedAndDocumented();
    void parsersAcceptOnlyDeclaredOptions_data();
    void parsersAcceptOnlyDeclaredOptions();
    void everyDocumentedOptionIsAccepted();
    void optionsComeInAnyOrder_data();
    void optionsComeInAnyOrder();
    void helpNamesTheCapabilitiesOfThisBuild();

    // The real antler executable, with no display at all.
    void antlerHelpWorksWithoutDisplay();
    void antlerVersion();
    void antlerPipelineRefusals_data();
    void antlerPipelineRefusals();
    void antlerUsageError();
    void antlerWindowWithoutDisplaySaysWhy();
    void antlerSpeaksTheSystemLanguage();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run runAntler(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8"));
};

static QStringList argv(const QString &line)
{
    return QStringList {QStringLiteral("antler")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void TestCommandLine::modeIsDecidedFromArgv_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("commandArguments");

    const QStringList none;
    QTest::newRow("no arguments") << "" << Mode::Gui << "" << none;
    QTest::newRow("--help") << "--help" << Mode::Help << "help" << none;
    QTest::newRow("-h") << "-h" << Mode::Help << "help" << none;
    QTest::newRow("help") << "help" << Mode::Help << "help" << none;
    QTest::newRow("help pipeline") << "help pipeline" << Mode::Help << "help" << QStringList {"pipeline"};
    QTest::newRow("--help pipeline") << "--help pipeline" << Mode::Help << "help" << QStringList {"pipeline"};
    QTest::newRow("--help with gui options") << "--config a.yaml --help" << Mode::Help << "help" << none;
    QTest::newRow("--version") << "--version" << Mode::Version << "version" << none;
    QTest::newRow("--run-playbook first") << "--run-playbook site.yml -i hosts" << Mode::RunPlaybook << "run-playbook"
                                          << QStringList {"--run-playbook", "site.yml", "-i", "hosts"};
    QTest::newRow("--run-playbook after flags")
        << "-i a,b, -e x=1 --check --run-playbook=site.yml -vvv" << Mode::RunPlaybook << "run-playbook"
        << QStringList {"-i", "a,b,", "-e", "x=1", "--check", "--run-playbook=site.yml", "-vvv"};
    QTest::newRow("--run-playbook --help")
        << "--run-playbook site.yml --help" << Mode::Help << "help" << QStringList {"run-playbook"};
    QTest::newRow("-e value named pipeline stays a playbook run")
        << "--run-playbook site.yml -e pipeline" << Mode::RunPlaybook << "run-playbook"
        << QStringList {"--run-playbook", "site.yml", "-e", "pipeline"};
    QTest::newRow("pipeline deploy") << "pipeline deploy test" << Mode::Pipeline << "pipeline"
                                     << QStringList {"deploy", "test"};
    QTest::newRow("pipeline promote json") << "pipeline promote test staging --json" << Mode::Pipeline << "pipeline"
                                           << QStringList {"promote", "test", "staging", "--json"};
    QTest::newRow("--config before pipeline") << "--config pi.yaml pipeline history" << Mode::Pipeline << "pipeline"
                                              << QStringList {"--config", "pi.yaml", "history"};
    QTest::newRow("pipeline --help") << "pipeline deploy --help" << Mode::Help << "help" << QStringList {"pipeline"};
    QTest::newRow("status") << "status" << Mode::Status << "status" << none;
    QTest::newRow("status --watch --json")
        << "status --watch --json" << Mode::Status << "status" << QStringList {"--watch", "--json"};
    QTest::newRow("status -h") << "status -h" << Mode::Help << "help" << QStringList {"status"};
    QTest::newRow("unknown command") << "deploy test" << Mode::UsageError << "" << none;
    QTest::newRow("unknown option") << "--frobnicate" << Mode::UsageError << "" << none;
    QTest::newRow("--config without file") << "--config" << Mode::UsageError << "" << none;
    QTest::newRow("--config followed by an option") << "--config --help" << Mode::UsageError << "" << none;
    QTest::newRow("qt platform option") << "-platform offscreen" << Mode::Gui << "" << none;
    QTest::newRow("qt options, two dashes") << "--platform offscreen --style Fusion" << Mode::Gui << "" << none;
    QTest::newRow("qt option with =") << "-style=Fusion -reverse" << Mode::Gui << "" << none;
    QTest::newRow("qt option value is no command") << "-title status" << Mode::Gui << "" << none;
}

void TestCommandLine::modeIsDecidedFromArgv()
{
    QFETCH(QString, line);
    QFETCH(Mode, mode);
    QFETCH(QString, command);
    QFETCH(QStringList, commandArguments);

    const CommandLine commandLine = CommandLine::parse(argv(line));
    QCOMPARE(commandLine.mode(), mode);
    QCOMPARE(commandLine.isHeadless(), mode != Mode::Gui);
    QCOMPARE(commandLine.commandName(), command);
    QCOMPARE(commandLine.commandArguments(), commandArguments);
    if (mode == Mode::UsageError) {
        // What is wrong; what to do.
        QVERIFY2(commandLine.error().contains(QLatin1String("; ")), qPrintable(commandLine.error()));
    } else {
        QVERIFY(commandLine.error().isEmpty());
    }
}

void TestCommandLine::guiOptions_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("screenshot");

    QTest::newRow("none") << ""
                          << ""
                          << "";
    QTest::newRow("--config FILE") << "--config pi.yaml"
                                   << "pi.yaml"
                                   << "";
    QTest::newRow("--config=FILE") << "--config=pi.yaml"
                                   << "pi.yaml"
                                   << "";
    QTest::newRow("--screenshot FILE") << "--screenshot shot.png"
                                       << ""
                                       << "shot.png";
    QTest::newRow("both, among qt options") << "-platform offscreen --screenshot=s.png -style Fusion --config c.yaml"
                                            << "c.yaml"
                                            << "s.png";
}

void TestCommandLine::guiOptions()
{
    QFETCH(QString, line);
    QFETCH(QString, config);
    QFETCH(QString, screenshot);

    const CommandLine commandLine = CommandLine::parse(argv(line));
    QCOMPARE(commandLine.mode(), Mode::Gui);
    QCOMPARE(commandLine.configFile(), config);
    QCOMPARE(commandLine.screenshotFile(), screenshot);
}

void TestCommandLine::displayProblem_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("problem");

    QTest::newRow("nothing") << "" << QStringList {} << true;
    QTest::newRow("empty DISPLAY") << "" << QStringList {"DISPLAY="} << true;
    QTest::newRow("X11") << "" << QStringList {"DISPLAY=:0"} << false;
    QTest::newRow("Wayland") << "" << QStringList {"WAYLAND_DISPLAY=wayland-0"} << false;
    QTest::newRow("QT_QPA_PLATFORM") << "" << QStringList {"QT_QPA_PLATFORM=offscreen"} << false;
    QTest::newRow("-platform") << "-platform offscreen" << QStringList {} << false;
    QTest::newRow("-platformtheme is no platform") << "-platformtheme gtk3" << QStringList {} << true;
}

void TestCommandLine::displayProblem()
{
    QFETCH(QString, line);
    QFETCH(QStringList, environment);
    QFETCH(bool, problem);

    QProcessEnvironment env;
    for (const QString &variable : environment)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    const QString text = CommandLine::displayProblem(argv(line), env);
    QCOMPARE(!text.isEmpty(), problem);
    if (problem)
        QVERIFY(text.contains(QLatin1String("antler --help")));
}

// The interface DESIGN.md promises, flag by flag.
void TestCommandLine::helpDocumentsEveryHeadlessFlag_data()
{
    QTest::addColumn<QString>("text");

    const QStringList promised = {
        "antler --run-playbook FILE [-i INVENTORY] [-e K=V|@file]... [--check] [--diff]",
        "[--limit PATTERN] [--tags T] [--skip-tags T] [--forks N]",
        "[--start-at-task NAME] [--syntax-check] [--list-tasks] [--json] [-v...]",
        "host1,host2,",
        "antler pipeline COMMAND [--config FILE] [--json]",
        "antler pipeline build [--moosefacts FILE] [--frontend DIR] [--facts FILE]",
        "antler pipeline history [--stage STAGE] [--limit N]",
        "antler status [--json] [--watch]",
        "antler [--config FILE]",
        "--version",
        "$XDG_CONFIG_HOME/antler/antler.yaml",
        "FILE:LINE:COLUMN",
        "\n    --accept-new-host-keys\n",
    };
    for (const QString &text : promised)
        QTest::newRow(qPrintable(text)) << text;
    for (const char *flag : {"-i INVENTORY",
                             "-e K=V|@file",
                             "--check",
                             "--diff",
                             "--limit PATTERN",
                             "--tags T",
                             "--skip-tags T",
                             "--forks N",
                             "--start-at-task NAME",
                             "--syntax-check",
                             "--list-tasks",
                             "--json",
                             "-v...",
                             "build",
                             "deploy STAGE",
                             "promote FROM TO",
                             "rollback STAGE",
                             "history",
                             "status",
                             "--watch",
                             "0",
                             "1",
                             "2",
                             "3",
                             "4",
                             "5",
                             "69",
                             "99",
                             "250"}) {
        // Each flag and exit code has its own row with a description.
        QTest::newRow(flag) << QStringLiteral("\n    %1 ").arg(QLatin1String(flag));
    }
}

void TestCommandLine::helpDocumentsEveryHeadlessFlag()
{
    QFETCH(QString, text);
    QVERIFY2(HelpCommand::text().contains(text), qPrintable(text));
}

void TestCommandLine::helpTopicsPrintOnePart_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("lacks");

    QTest::newRow("window") << "window"
                            << "antler [--config FILE]"
                            << "--run-playbook";
    QTest::newRow("run-playbook") << "run-playbook"
                                  << "--start-at-task NAME"
                                  << "antler pipeline";
    QTest::newRow("pipeline") << "pipeline"
                              << "promote FROM TO"
                              << "--run-playbook";
    QTest::newRow("status") << "status"
                            << "--watch"
                            << "--run-playbook";
}

void TestCommandLine::helpTopicsPrintOnePart()
{
    QFETCH(QString, topic);
    QFETCH(QString, contains);
    QFETCH(QString, lacks);

    QVERIFY(HelpCommand::topics().contains(topic));
    const QString text = HelpCommand::text(topic);
    QVERIFY(text.contains(contains));
    QVERIFY(!text.contains(lacks));
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void TestCommandLine::dispatcherExitCodes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("printsResult");

    QTest::newRow("help") << "--help" << int(ExitCode::Success) << true;
    QTest::newRow("help topic") << "help status" << int(ExitCode::Success) << true;
    QTest::newRow("help unknown topic") << "help deploy" << int(ExitCode::UsageError) << false;
    QTest::newRow("version") << "--version" << int(ExitCode::Success) << true;
    // A playbook that does not exist is reported before anything runs.
    QTest::newRow("run-playbook") << "--run-playbook /nonexistent/site.yml" << int(ExitCode::InvalidInput) << false;
    QTest::newRow("run-playbook refused flag")
        << "--run-playbook site.yml --become" << int(ExitCode::UsageError) << false;
    QTest::newRow("pipeline") << "pipeline deploy" << int(ExitCode::UsageError) << false;
    QTest::newRow("unknown command") << "frobnicate" << int(ExitCode::UsageError) << false;
}

void TestCommandLine::dispatcherExitCodes()
{
    QFETCH(QString, line);
    QFETCH(int, exitCode);
    QFETCH(bool, printsResult);

    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(Dispatcher().run(CommandLine::parse(argv(line)), outStream, errStream), exitCode);
    outStream.flush();
    errStream.flush();
    QCOMPARE(!out.isEmpty(), printsResult);
    QCOMPARE(err.isEmpty(), printsResult);
    if (!printsResult) {
        // One sentence on one line: what, and what to do.
        QVERIFY2(err.startsWith(QLatin1String("antler: ")) || err.startsWith(QLatin1String("antler pipeline: ")),
                 qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(QLatin1String("; ")), qPrintable(err));
    }
}

// The property the declarations exist for: what a command declares, its
// parser accepts and its help shows; nothing else is accepted.
void TestCommandLine::everyDeclaredOptionIsAcceptedAndDocumented_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("valueName");
    QTest::addColumn<bool>("hidden");

    int options = 0;
    for (const CommandSpec &spec : CommandCatalog::specs()) {
        for (const CommandSpec::Option &option : spec.options) {
            QTest::addRow("%s %s", qPrintable(spec.name), qPrintable(option.displayName()))
                << spec.name << option.names << option.valueName << option.hidden;
            ++options;
        }
    }
    QVERIFY(options >= 30);
}

void TestCommandLine::everyDeclaredOptionIsAcceptedAndDocumented()
{
    QFETCH(QString, command);
    QFETCH(QStringList, names);
    QFETCH(QString, valueName);
    QFETCH(bool, hidden);

    const CommandSpec spec = CommandCatalog::spec(command);
    const QString help = HelpCommand::text(HelpCommand::topics().contains(command) ? command : QString());
    for (const QString &name : names) {
        const QString dashed = CommandSpec::Option::dashed(name);
        QStringList line {dashed};
        if (!valueName.isEmpty())
            line << QStringLiteral("value");
        if (spec.invocation == CommandSpec::Invocation::Window) {
            // The window's options are read by CommandLine itself.
            const CommandLine commandLine = CommandLine::parse(QStringList {QStringLiteral("antler")} + line);
            QCOMPARE(commandLine.mode(), Mode::Gui);
        } else {
            if (spec.invocation == CommandSpec::Invocation::Switch && !spec.arguments.isEmpty())
                line << QLatin1String("--") + spec.name << QStringLiteral("file");
            CommandArguments parsed(spec);
            QString error;
            QVERIFY2(parsed.parse(line, &error), qPrintable(line.join(QLatin1Char(' ')) + QLatin1String(": ") + error));
            QVERIFY2(parsed.isSet(names.constFirst()), qPrintable(dashed));
            if (!valueName.isEmpty())
                QCOMPARE(parsed.value(names.constFirst()), QStringLiteral("value"));
        }
        // Every name is shown, the first as the row's term, the others as "Also".
        const bool shown = help.contains(
            QRegularExpression(QStringLiteral("(^|[ ,\\[])%1([ ,.\\]\\n]|$)").arg(QRegularExpression::escape(dashed)),
                               QRegularExpression::MultilineOption));
        QVERIFY2(shown != hidden, qPrintable(dashed));
    }
}

void TestCommandLine::parsersAcceptOnlyDeclaredOptions_data()
{
    QTest::addColumn<QString>("command");
    for (const CommandSpec &spec : CommandCatalog::specs()) {
        if (spec.invocation != CommandSpec::Invocation::Window)
            QTest::newRow(qPrintable(spec.name)) << spec.name;
    }
}

void TestCommandLine::parsersAcceptOnlyDeclaredOptions()
{
    QFETCH(QString, command);
    const CommandSpec spec = CommandCatalog::spec(command);
    QStringList declared = CommandArguments::helpOption().names;
    if (spec.invocation == CommandSpec::Invocation::Switch)
        declared.append(spec.name);
    for (const CommandSpec::Option &option : spec.options)
        declared += option.names;

    // Every short option there could be: accepted exactly when declared.
    for (char letter = 'A'; letter <= 'z'; ++letter) {
        if (!QChar::isLetter(letter))
            continue;
        const QString name(QLatin1Char {letter});
        CommandArguments parsed(spec);
        QString error;
        const bool accepted = parsed.parse({QLatin1Char('-') + name, QStringLiteral("value")}, &error);
        QVERIFY2(accepted == declared.contains(name),
                 qPrintable(QLatin1Char('-') + name + QLatin1String(": ") + error));
        if (!accepted) // one sentence: what, and what to do
            QVERIFY2(error.contains(QStringLiteral("; run “antler help ")), qPrintable(error));
    }
    // Every option the parser itself lists is declared.
    CommandArguments parsed(spec);
    const QRegularExpression optionName(QStringLiteral("(?:^|[ ,])--?([A-Za-z][A-Za-z0-9-]*)"));
    for (const QString &line : parsed.parserHelpText().split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  -")))
            continue;
        const QString names = line.section(QStringLiteral("  "), 1, 1);
        auto matches = optionName.globalMatch(names);
        QVERIFY(matches.hasNext());
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            QVERIFY2(declared.contains(name), qPrintable(name));
        }
    }
    // And an option nobody declared is refused.
    QString error;
    QVERIFY(!CommandArguments(spec).parse({QStringLiteral("--not-declared")}, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown option “--not-declared”")), qPrintable(error));
}

// The other direction: every option row of the help names an option its
// command's parser takes.
void TestCommandLine::everyDocumentedOptionIsAccepted()
{
    int rows = 0;
    for (const QString &topic : HelpCommand::topics()) {
        const CommandSpec spec = CommandCatalog::spec(topic);
        for (const QString &line : HelpCommand::text(topic).split(QLatin1Char('\n'))) {
            // Option rows only: the term, then the description column or a line
            // of its own (notes are wrapped with single spaces).
            const QString rest = line.mid(4);
            if (!line.startsWith(QLatin1String("    -"))
                || (rest.contains(QLatin1Char(' ')) && !rest.contains(QLatin1String("  "))))
                continue;
            const QString option = line.mid(4).section(QLatin1Char(' '), 0, 0).remove(QLatin1String("..."));
            ++rows;
            if (spec.invocation == CommandSpec::Invocation::Window) {
                const CommandLine commandLine
                    = CommandLine::parse({QStringLiteral("antler"), option, QStringLiteral("x")});
                QVERIFY2(commandLine.mode() == Mode::Gui, qPrintable(option));
                continue;
            }
            QStringList words {option, QStringLiteral("value")};
            if (spec.invocation == CommandSpec::Invocation::Switch)
                words << QLatin1String("--") + spec.name << QStringLiteral("file");
            QString error;
            QVERIFY2(CommandArguments(spec).parse(words, &error), qPrintable(option + QLatin1String(": ") + error));
        }
    }
    QVERIFY(rows >= 30);
}

void TestCommandLine::optionsComeInAnyOrder_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("run-playbook: flag before the playbook") << "run-playbook"
                                                            << "--run-playbook --syntax-check site.yml -i hosts"
                                                            << "--run-playbook site.yml --syntax-check -i hosts";
    QTest::newRow("run-playbook: flags all around") << "run-playbook"
                                                    << "-C -l web --run-playbook=site.yml -t a -vv"
                                                    << "--run-playbook site.yml -vv -C -t a -l web";
    QTest::newRow("pipeline: options before the subcommand") << "pipeline"
                                                             << "--json --limit 3 history"
                                                             << "history --limit=3 --json";
    QTest::newRow("status") << "status"
                            << "--json --config a.yaml --watch"
                            << "--watch --config=a.yaml --json";
}

void TestCommandLine::optionsComeInAnyOrder()
{
    QFETCH(QString, command);
    QFETCH(QString, first);
    QFETCH(QString, second);

    const CommandSpec spec = CommandCatalog::spec(command);
    CommandArguments one(spec);
    CommandArguments two(spec);
    QString error;
    QVERIFY2(one.parse(first.split(QLatin1Char(' ')), &error), qPrintable(error));
    QVERIFY2(two.parse(second.split(QLatin1Char(' ')), &error), qPrintable(error));
    QCOMPARE(one.positional(), two.positional());
    for (const CommandSpec::Option &option : spec.options) {
        const QString &name = option.names.constFirst();
        QCOMPARE(one.isSet(name), two.isSet(name));
        QCOMPARE(one.values(name), two.values(name));
        QCOMPARE(one.count(name), two.count(name));
    }
    // The top level sends every one of them to the same command.
    for (const QString &line : {first, second}) {
        const QStringList words = command == QLatin1String("run-playbook")
            ? line.split(QLatin1Char(' '))
            : QStringList {command} + line.split(QLatin1Char(' '));
        QCOMPARE(CommandLine::parse(QStringList {QStringLiteral("antler")} + words).commandName(), command);
    }
}

// What the build can do comes from the registries, not from prose.
void TestCommandLine::helpNamesTheCapabilitiesOfThisBuild()
{
    const QString help = HelpCommand::text();
    const QString playbooks = HelpCommand::text(QStringLiteral("run-playbook"));
    const QStringList modules = antler::playbook::ModuleRegistry::instance().names();
    QVERIFY(modules.size() > 5);
    for (const QString &module : modules)
        QVERIFY2(playbooks.contains(QRegularExpression(QStringLiteral("[ :]%1[,.]").arg(module))), qPrintable(module));
    for (const auto kind : antler::pipeline::RuntimeFactory::kinds())
        QVERIFY(HelpCommand::text(QStringLiteral("pipeline")).contains(antler::pipeline::Stage::runtimeKindName(kind)));
    QVERIFY2(help.contains(QStringLiteral("%1 modules").arg(modules.size())), qPrintable(help));
    for (const char *stale : {"five modules", "arrive with", "local runtime only", ":/antler"})
        QVERIFY2(!help.contains(QLatin1String(stale)), stale);
}

TestCommandLine::Run TestCommandLine::runAntler(const QStringList &arguments, const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANG", "LANGUAGE", "LC_MESSAGES"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("LC_ALL"), language);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ANTLER_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCommandLine::antlerHelpWorksWithoutDisplay()
{
    const Run run = runAntler({QStringLiteral("--help")});
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, HelpCommand::text());
    for (const char *mode : {"antler --run-playbook FILE", "antler pipeline deploy STAGE",
                             "antler status [--json] [--watch]", "Exit codes"})
        QVERIFY2(run.out.contains(QLatin1String(mode)), mode);
}

void TestCommandLine::antlerVersion()
{
    const Run run = runAntler({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.at(0), QStringLiteral("antler %1").arg(QLatin1String(antler::buildinfo::version)));
    QCOMPARE(lines.at(1), QStringLiteral("commit %1").arg(QLatin1String(antler::buildinfo::gitCommit)));
    QCOMPARE(lines.at(2), QStringLiteral("built %1").arg(QLatin1String(antler::buildinfo::buildTime)));
}

// The pipeline in an empty XDG data folder: nothing runs yet, so promotion
// and rollback are refused with one sentence and nothing is started.
void TestCommandLine::antlerPipelineRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    QTest::newRow("promote") << QStringList {"pipeline", "promote", "test", "staging"} << int(ExitCode::Refused)
                             << "antler pipeline: test runs no release yet; deploy one there first.\n";
    QTest::newRow("rollback") << QStringList {"pipeline", "rollback", "test"} << int(ExitCode::Refused)
                              << "antler pipeline: test has no previous release to roll back to.\n";
    QTest::newRow("unknown stage")
        << QStringList {"pipeline", "deploy", "qa"} << int(ExitCode::InvalidInput)
        << "antler pipeline: there is no stage “qa” in the built-in Local profile; use one of "
           "its stages.\n";
}

void TestCommandLine::antlerPipelineRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    const Run run = runAntler(arguments);
    qunsetenv("XDG_DATA_HOME");
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, error);
}

void TestCommandLine::antlerUsageError()
{
    const Run run = runAntler({QStringLiteral("--no-such-option")});
    QCOMPARE(run.exitCode, int(ExitCode::UsageError));
    QCOMPARE(run.err,
             QStringLiteral("antler: unknown option “--no-such-option”; run “antler --help” "
                            "to see the options.\n"));
}

void TestCommandLine::antlerWindowWithoutDisplaySaysWhy()
{
    const Run run = runAntler({});
    QCOMPARE(run.exitCode, int(ExitCode::Error));
    QVERIFY2(run.err.startsWith(QLatin1String("antler: no display is available")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::antlerSpeaksTheSystemLanguage()
{
    const Run run = runAntler({QStringLiteral("--no-such-option")}, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(run.exitCode, int(ExitCode::UsageError));
    QVERIFY2(run.err.startsWith(QLatin1String("antler: ")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("unknown option")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("„--no-such-option“")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
