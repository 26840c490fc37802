#include "cli/ExitCode.h"
#include "cli/ExtraVariables.h"
#include "cli/RunPlaybookCommand.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#include <optional>

using antler::cli::ExitCode;
using antler::cli::ExtraVariables;
using antler::cli::RunPlaybookCommand;

class TestRunPlaybookCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnsiblePlaybookFlags();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void extraVariables();
    void extraVariableForms_data();
    void extraVariableForms();
    void parsesEveryRunOption();
    void repeatedOptionsAccumulate();
    void listingsMatchAnsiblePlaybook_data();
    void listingsMatchAnsiblePlaybook();
    void listTasksFollowsTags();
    void listHostsFollowsLimit();
    void syntaxCheckPrintsThePlaybook();
    void brokenPlaybookFailsBeforeAnyHostIsContacted();
    void missingLimitFileIsRefused();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output execute(const QStringList &arguments);
};

void TestRunPlaybookCommand::parsesAnsiblePlaybookFlags()
{
    RunPlaybookCommand::Options options;
    QString error;
    int exitCode = 0;
    QVERIFY2(RunPlaybookCommand::parseArguments({"-i", "hosts", "--run-playbook=site.yml", "-e", "a=1 b='two words'",
                                                 "--extra-vars={\"c\": [1]}", "--forks", "12", "-vv", "--verbose",
                                                 "--json", "--accept-new-host-keys", "--syntax-check"},
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

    QTest::newRow("no file") << QStringList {"--run-playbook"} << "the option --run-playbook needs a value";
    QTest::newRow("forks zero") << QStringList {"--run-playbook", "a.yml", "--forks", "0"}
                                << "--forks takes a whole number of at least 1";
    QTest::newRow("refused flag") << QStringList {"--run-playbook", "a.yml", "--become"}
                                  << "--become is not supported by Antler; set the same in the inventory";
    QTest::newRow("limit without value") << QStringList {"--run-playbook", "a.yml", "--limit"}
                                         << "the option --limit needs a value";
    QTest::newRow("tags without value") << QStringList {"--run-playbook", "a.yml", "-t"}
                                        << "the option -t needs a value";
    QTest::newRow("start-at-task without value")
        << QStringList {"--run-playbook", "a.yml", "--start-at-task"} << "the option --start-at-task needs a value";
    QTest::newRow("extra vars list") << QStringList {"--run-playbook", "a.yml", "-e", "[1, 2]"}
                                     << "is not a mapping of variable names to values";
    QTest::newRow("unknown") << QStringList {"--run-playbook", "a.yml", "--frobnicate"}
                             << "unknown option “--frobnicate” for --run-playbook";
    QTest::newRow("two inventories") << QStringList {"--run-playbook", "a.yml", "-i", "a", "-i", "b"}
                                     << "only one -i is supported";
    QTest::newRow("bad extra var") << QStringList {"--run-playbook", "a.yml", "-e", "novalue"}
                                   << "the extra variable “novalue” is not NAME=VALUE";
    QTest::newRow("missing vars file") << QStringList {"--run-playbook", "a.yml", "-e", "@/nonexistent.yml"}
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
    QVERIFY2(ExtraVariables::parse(QLatin1Char('@') + file.fileName(), &variables, &error), qPrintable(error));
    QCOMPARE(variables.value(QStringLiteral("port")).toInt(), 8080);
    QCOMPARE(variables.value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(ExtraVariables::parse(QStringLiteral("name=override"), &variables, &error));
    QCOMPARE(variables.value(QStringLiteral("name")).toString(), QStringLiteral("override"));
    QVERIFY(!ExtraVariables::parse(QStringLiteral("{broken"), &variables, &error));
    QVERIFY2(error.contains(QLatin1String("is not valid YAML or JSON")), qPrintable(error));
}

void TestRunPlaybookCommand::extraVariableForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantMap>("expected");

    QTest::newRow("k=v") << "a=1 b=x" << QVariantMap {{"a", "1"}, {"b", "x"}};
    QTest::newRow("quoted k=v") << "msg='two words' other=\"a b\""
                                << QVariantMap {{"msg", "two words"}, {"other", "a b"}};
    QTest::newRow("value with equals") << "url=http://x/?a=b" << QVariantMap {{"url", "http://x/?a=b"}};
    QTest::newRow("template stays whole")
        << "msg={{ a | default('x y') }} n=2" << QVariantMap {{"msg", "{{ a | default('x y') }}"}, {"n", "2"}};
    QTest::newRow("json") << "{\"n\": 3, \"on\": true}" << QVariantMap {{"n", 3}, {"on", true}};
    QTest::newRow("yaml flow") << "{n: 3, list: [a, b]}" << QVariantMap {{"n", 3}, {"list", QVariantList {"a", "b"}}};
}

void TestRunPlaybookCommand::extraVariableForms()
{
    QFETCH(QString, text);
    QFETCH(QVariantMap, expected);
    QVariantMap variables;
    QString error;
    QVERIFY2(ExtraVariables::parse(text, &variables, &error), qPrintable(error));
    QCOMPARE(variables.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(variables.value(it.key()).toString(), it.value().toString());
    // k=v values are always text, as in Ansible; JSON keeps its types.
    if (text.startsWith(QLatin1String("a=")))
        QCOMPARE(variables.value(QStringLiteral("a")).typeId(), int(QMetaType::QString));
    if (text.startsWith(QLatin1Char('{')))
        QCOMPARE(variables.value(QStringLiteral("n")).toInt(), 3);
}

void TestRunPlaybookCommand::parsesEveryRunOption()
{
    RunPlaybookCommand::Options options;
    QString error;
    int exitCode = 0;
    QVERIFY2(RunPlaybookCommand::parseArguments({"--run-playbook", "site.yml", "-C", "-D", "-l", "web:&prod", "--tags",
                                                 "a,b", "--skip-tags=c", "--start-at-task", "Install it",
                                                 "--list-tasks", "--list-hosts", "--list-tags"},
                                                &options, &error, &exitCode),
             qPrintable(error));
    QVERIFY(options.checkMode);
    QVERIFY(options.diffMode);
    QCOMPARE(options.limit, QStringLiteral("web:&prod"));
    QCOMPARE(options.tags, (QStringList {"a", "b"}));
    QCOMPARE(options.skipTags, QStringList {"c"});
    QCOMPARE(options.startAtTask, QStringLiteral("Install it"));
    QVERIFY(options.listTasks);
    QVERIFY(options.listHosts);
    QVERIFY(options.listTags);

    RunPlaybookCommand::Options longForms;
    QVERIFY2(RunPlaybookCommand::parseArguments(
                 {"--run-playbook", "site.yml", "--check", "--diff", "--limit=@retry", "-tx", "-lweb1", "-f3", "-ea=1"},
                 &longForms, &error, &exitCode),
             qPrintable(error));
    QVERIFY(longForms.checkMode);
    QVERIFY(longForms.diffMode);
    QCOMPARE(longForms.limit, QStringLiteral("@retry:web1"));
    QCOMPARE(longForms.tags, QStringList {"x"});
    QCOMPARE(longForms.forks, 3);
    QCOMPARE(longForms.extraVariables.value(QStringLiteral("a")).toString(), QStringLiteral("1"));

    RunPlaybookCommand::Options defaults;
    QVERIFY(RunPlaybookCommand::parseArguments({"--run-playbook", "site.yml"}, &defaults, &error, &exitCode));
    QVERIFY(!defaults.checkMode);
    QVERIFY(!defaults.diffMode);
    QVERIFY(defaults.limit.isEmpty());
    QVERIFY(defaults.tags.isEmpty());
    QVERIFY(defaults.skipTags.isEmpty());
    QVERIFY(defaults.startAtTask.isEmpty());
    QVERIFY(!defaults.listTasks && !defaults.listHosts && !defaults.listTags);
}

void TestRunPlaybookCommand::repeatedOptionsAccumulate()
{
    RunPlaybookCommand::Options options;
    QString error;
    int exitCode = 0;
    QVERIFY2(RunPlaybookCommand::parseArguments({"--run-playbook", "site.yml", "-t", "a", "-t", "b,a", "--skip-tags",
                                                 "x", "--skip-tags", "y", "-e", "v=1", "-e", "v=2 w=3"},
                                                &options, &error, &exitCode),
             qPrintable(error));
    QCOMPARE(options.tags, (QStringList {"a", "b"}));
    QCOMPARE(options.skipTags, (QStringList {"x", "y"}));
    QCOMPARE(options.extraVariables.value(QStringLiteral("v")).toString(), QStringLiteral("2"));
    QCOMPARE(options.extraVariables.value(QStringLiteral("w")).toString(), QStringLiteral("3"));
}

TestRunPlaybookCommand::Output TestRunPlaybookCommand::execute(const QStringList &arguments)
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    RunPlaybookCommand command;
    output.exitCode = command.execute(arguments, out, err);
    out.flush();
    err.flush();
    return output;
}

namespace {

const QString ParseDir = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/playbooks/parse");

// An inventory whose hosts ansible-playbook lists in the same order as Antler.
QString writeInventory(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("hosts.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("[web]\nweb1\nweb2\nweb3\n[staging]\nweb1\nweb3\n");
    return path;
}

} // namespace

void TestRunPlaybookCommand::listingsMatchAnsiblePlaybook_data()
{
    QTest::addColumn<QString>("playbook");
    QTest::addColumn<QStringList>("flags");

    QTest::newRow("structure tasks") << "structure.yml" << QStringList {"--list-tasks"};
    QTest::newRow("structure tags") << "structure.yml" << QStringList {"--list-tags"};
    QTest::newRow("structure only web") << "structure.yml" << QStringList {"--list-tasks", "--tags", "web"};
    QTest::newRow("structure skip") << "structure.yml" << QStringList {"--list-tasks", "--skip-tags", "outer,web"};
    QTest::newRow("special tags") << "tags.yml" << QStringList {"--list-tasks"};
    QTest::newRow("special tags x") << "tags.yml" << QStringList {"--list-tasks", "-t", "x"};
    QTest::newRow("special tags tagged") << "tags.yml" << QStringList {"--list-tasks", "-t", "tagged"};
    QTest::newRow("special tags untagged") << "tags.yml" << QStringList {"--list-tasks", "-t", "untagged"};
    QTest::newRow("skip all") << "tags.yml" << QStringList {"--list-tasks", "--skip-tags", "all"};
    QTest::newRow("skip always") << "tags.yml" << QStringList {"--list-tasks", "--skip-tags", "always", "-t", "a,b"};
    QTest::newRow("keywords hosts and tasks") << "keywords.yml" << QStringList {"--list-hosts", "--list-tasks"};
    QTest::newRow("keywords limited") << "keywords.yml" << QStringList {"--list-hosts", "-l", "web3,web1"};
    // ansible-playbook lists a group's hosts in an order of its own when they
    // are in several groups, so host listings stay with single-group patterns.
    QTest::newRow("full") << "full.yml" << QStringList {"--list-tasks", "--list-tags"};
    QTest::newRow("role dependencies") << "roles.yml" << QStringList {"--list-tasks", "--list-tags"};
    QTest::newRow("role dependencies skipped") << "roles.yml" << QStringList {"--list-tasks", "--skip-tags", "webdep"};
}

// The listings are compared with what the real ansible-playbook prints for
// the same playbook, inventory and flags.
void TestRunPlaybookCommand::listingsMatchAnsiblePlaybook()
{
    QFETCH(QString, playbook);
    QFETCH(QStringList, flags);
    const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (ansible.isEmpty())
        QSKIP("ansible-playbook is not installed (scripts/debian-packages.txt lists ansible-core)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString inventory = writeInventory(dir);
    QVERIFY(!inventory.isEmpty());

    QProcess process;
    process.setWorkingDirectory(ParseDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), dir.filePath(QStringLiteral("tmp")));
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(ansible, QStringList {QStringLiteral("-i"), inventory, playbook} + flags);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QString expected = QString::fromUtf8(process.readAllStandardOutput());

    const QString previous = QDir::currentPath();
    QDir::setCurrent(ParseDir);
    const Output ours
        = execute(QStringList {QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory} + flags);
    QDir::setCurrent(previous);
    QCOMPARE(ours.exitCode, int(ExitCode::Success));
    QCOMPARE(ours.out, expected);
}

void TestRunPlaybookCommand::listTasksFollowsTags()
{
    const Output output = execute({QStringLiteral("--run-playbook"), ParseDir + QLatin1String("/structure.yml"),
                                   QStringLiteral("--list-tasks"), QStringLiteral("-t"), QStringLiteral("inner")});
    QCOMPARE(output.exitCode, int(ExitCode::Success));
    QVERIFY2(output.out.contains(QLatin1String("      inside\tTAGS: [inner, outer]\n")), qPrintable(output.out));
    QVERIFY2(!output.out.contains(QLatin1String("before")), qPrintable(output.out));
    QVERIFY2(!output.out.contains(QLatin1String("common one")), qPrintable(output.out));
}

void TestRunPlaybookCommand::listHostsFollowsLimit()
{
    QTemporaryDir dir;
    const QString inventory = writeInventory(dir);
    QFile retry(dir.filePath(QStringLiteral("site.retry")));
    QVERIFY(retry.open(QIODevice::WriteOnly));
    retry.write("web3\n");
    retry.close();
    const Output output = execute({QStringLiteral("--run-playbook"), ParseDir + QLatin1String("/keywords.yml"),
                                   QStringLiteral("-i"), inventory, QStringLiteral("--list-hosts"),
                                   QStringLiteral("--limit"), QStringLiteral("@") + retry.fileName()});
    QCOMPARE(output.exitCode, int(ExitCode::Success));
    // web:&staging:!web3 is web1 alone, and the retry file names only web3.
    QVERIFY2(output.out.contains(QLatin1String("    hosts (0):\n")), qPrintable(output.out));

    const Output all
        = execute({QStringLiteral("--run-playbook"), ParseDir + QLatin1String("/structure.yml"), QStringLiteral("-i"),
                   inventory, QStringLiteral("--list-hosts"), QStringLiteral("-l"), QStringLiteral("staging:!web1")});
    QCOMPARE(all.exitCode, int(ExitCode::Success));
    QVERIFY2(all.out.endsWith(QLatin1String("    hosts (1):\n      web3\n")), qPrintable(all.out));
}

void TestRunPlaybookCommand::syntaxCheckPrintsThePlaybook()
{
    const QString path = ParseDir + QLatin1String("/structure.yml");
    const Output output = execute({QStringLiteral("--run-playbook"), path, QStringLiteral("--syntax-check")});
    QCOMPARE(output.exitCode, int(ExitCode::Success));
    QCOMPARE(output.out, QStringLiteral("\nplaybook: ") + path + QLatin1Char('\n'));

    const QString broken = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/broken/playbooks/module-typo.yml");
    const Output bad = execute({QStringLiteral("--run-playbook"), broken, QStringLiteral("--syntax-check")});
    QCOMPARE(bad.exitCode, int(ExitCode::InvalidInput));
    QVERIFY2(bad.err.contains(broken + QStringLiteral(":5:7: “commnd”")), qPrintable(bad.err));
    QVERIFY(bad.out.isEmpty());
}

// The playbook is validated before the inventory's hosts are looked at: a
// broken playbook against a host that does not exist reports the playbook's
// problem, never a connection error.
void TestRunPlaybookCommand::brokenPlaybookFailsBeforeAnyHostIsContacted()
{
    QTemporaryDir dir;
    const QString inventory = dir.filePath(QStringLiteral("hosts.ini"));
    QFile file(inventory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ghost ansible_host=no-such-host.invalid ansible_port=1\n");
    file.close();
    const QString broken = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/broken/playbooks/unknown-handler.yml");
    const Output output = execute({QStringLiteral("--run-playbook"), broken, QStringLiteral("-i"), inventory});
    QCOMPARE(output.exitCode, int(ExitCode::InvalidInput));
    QVERIFY2(output.err.contains(broken + QStringLiteral(":5:7: the task notifies “restart nginx”")),
             qPrintable(output.err));
    QVERIFY2(!output.err.contains(QLatin1String("no-such-host")), qPrintable(output.err));
    QVERIFY2(!output.out.contains(QLatin1String("PLAY")), qPrintable(output.out));
    QVERIFY2(!output.out.contains(QLatin1String("UNREACHABLE")), qPrintable(output.out));
}

void TestRunPlaybookCommand::missingLimitFileIsRefused()
{
    const Output output = execute({QStringLiteral("--run-playbook"), ParseDir + QLatin1String("/minimal.yml"),
                                   QStringLiteral("-l"), QStringLiteral("@/nonexistent/site.retry")});
    QCOMPARE(output.exitCode, int(ExitCode::InvalidInput));
    QVERIFY2(output.err.contains(QLatin1String("cannot read the limit file /nonexistent/site.retry")),
             qPrintable(output.err));
}

QTEST_GUILESS_MAIN(TestRunPlaybookCommand)
#include "tst_runplaybookcommand.moc"
