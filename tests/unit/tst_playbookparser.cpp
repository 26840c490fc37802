#include "BrokenFixtures.h"
#include "playbook/PlaybookParser.h"
#include "playbook/ShellWords.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace antler::playbook;

class TestPlaybookParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenPlaybooksParseAsExpected_data();
    void goldenPlaybooksParseAsExpected();
    void brokenPlaybooksSayWhereAndWhatToDo_data();
    void brokenPlaybooksSayWhereAndWhatToDo();
    void everyProblemIsReported();
    void aHandlerWithAnUnknownModuleIsOneError();
    void serialAndStrategyAreReadAsWritten();
    void asyncAndPollAreRead();
    void errorsShowTheLineAndACaret();
    void missingFileNamesThePath();
    void shellWordsSplitLikeShlex_data();
    void shellWordsSplitLikeShlex();
    void shellWordsRefuseUnclosedQuotes();
    void errorsInImportedFilesNameThatFile();
    void importLoopsAreRefused();
    void templatedIncludesAreReadAtRunTime();
    void templatesPassTypeChecks();
    void freeFormOptionsKeepTemplatesWhole();
    void unknownArgumentListsTheValidOnes();
    void importPlaybookAddsItsPlays();
    void roleDependenciesRunFirst();
    void sameRoleWithSameParametersIsOneRole();
    void roleDependencyLoopSaysWhere();
    void missingRoleDependencySaysWhere();
    void importRoleReadsTheNamedFiles();
    void includeRoleKeepsItsWhenToItself();
    void includeRoleWithATemplatedNameIsRefused();
    // Roles carry tasks for other systems and use collection names: known
    // Ansible modules parse, names that are no module still do not.
    void knownAnsibleModulesParse();

private:
    static bool write(const QString &path, const QByteArray &data);

private:
    static QString dump(const Playbook &playbook);
};

namespace {

QString json(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
}

QString jsonValue(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString optionalBool(const std::optional<bool> &value)
{
    return value ? QLatin1String(*value ? "true" : "false") : QStringLiteral("-");
}

// A path inside the test data, so the .parsed files do not depend on where
// the tree is checked out.
QString relative(const QString &path)
{
    return QDir(QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/playbooks/parse")).relativeFilePath(path);
}

QString dumpedPlaybook;

// Every field of a task that differs from its default, one group per line.
void dumpTasks(const QString &section, const QList<Task> &tasks, const QString &indent, QString *out)
{
    for (const Task &task : tasks) {
        static const char *kinds[] = {"module", "block", "include_tasks", "include_role"};
        *out += QStringLiteral("%1%2 %3 %4 %5 as %6 at %7:%8\n")
                    .arg(indent, section, QLatin1String(kinds[int(task.kind)]), jsonValue(task.displayName()),
                         task.module.isEmpty() ? QStringLiteral("-") : task.module,
                         task.moduleAsWritten.isEmpty() ? QStringLiteral("-") : task.moduleAsWritten)
                    .arg(task.location.line())
                    .arg(task.location.column());
        const QString in = indent + QLatin1String("  ");
        if (task.location.file() != dumpedPlaybook)
            *out += in + QLatin1String("from ") + relative(task.location.file()) + QLatin1Char('\n');
        if (!task.arguments.isEmpty())
            *out += in + QLatin1String("args ") + json(task.arguments) + QLatin1Char('\n');
        if (!task.includeFile.isEmpty())
            *out += in + QStringLiteral("include %1 -> %2\n").arg(task.includeFile, relative(task.includePath));
        if (!task.importedFrom.isEmpty())
            *out += in + QStringLiteral("imported %1\n").arg(relative(task.importedFrom));
        if (!task.when.isEmpty())
            *out += in + QLatin1String("when ") + json(task.when) + QLatin1Char('\n');
        if (task.hasLoop())
            *out += in
                + QStringLiteral("%1 %2 loop_var=%3 label=%4 index_var=%5\n")
                      .arg(QLatin1String(task.loopKind == Task::LoopKind::Loop ? "loop" : "with_items"),
                           jsonValue(task.loop), task.loopVar, jsonValue(task.loopLabel), task.loopIndexVar);
        if (!task.registerAs.isEmpty())
            *out += in + QLatin1String("register ") + task.registerAs + QLatin1Char('\n');
        if (!task.changedWhen.isEmpty())
            *out += in + QLatin1String("changed_when ") + json(task.changedWhen) + QLatin1Char('\n');
        if (!task.failedWhen.isEmpty())
            *out += in + QLatin1String("failed_when ") + json(task.failedWhen) + QLatin1Char('\n');
        if (!task.until.isEmpty())
            *out += in
                + QStringLiteral("until %1 retries=%2 delay=%3\n")
                      .arg(json(task.until))
                      .arg(task.retries)
                      .arg(task.delay);
        QStringList flags;
        if (task.ignoreErrors)
            flags << QStringLiteral("ignore_errors");
        if (task.noLog)
            flags << QStringLiteral("no_log");
        if (task.runOnce)
            flags << QStringLiteral("run_once");
        if (task.become)
            flags << QStringLiteral("become=") + optionalBool(task.become);
        if (!task.becomeUser.isEmpty())
            flags << QStringLiteral("become_user=") + task.becomeUser;
        if (task.checkMode)
            flags << QStringLiteral("check_mode=") + optionalBool(task.checkMode);
        if (task.diff)
            flags << QStringLiteral("diff=") + optionalBool(task.diff);
        if (task.anyErrorsFatal)
            flags << QStringLiteral("any_errors_fatal=") + optionalBool(task.anyErrorsFatal);
        if (!task.delegateTo.isEmpty())
            flags << QStringLiteral("delegate_to=") + task.delegateTo;
        if (!flags.isEmpty())
            *out += in + flags.join(QLatin1Char(' ')) + QLatin1Char('\n');
        if (!task.notify.isEmpty())
            *out += in + QLatin1String("notify ") + json(task.notify) + QLatin1Char('\n');
        if (!task.listen.isEmpty())
            *out += in + QLatin1String("listen ") + json(task.listen) + QLatin1Char('\n');
        if (!task.tags.isEmpty())
            *out += in + QLatin1String("tags ") + json(task.tags) + QLatin1Char('\n');
        if (!task.vars.isEmpty())
            *out += in + QLatin1String("vars ") + json(task.vars) + QLatin1Char('\n');
        if (!task.environment.isEmpty())
            *out += in + QLatin1String("environment ") + json(task.environment) + QLatin1Char('\n');
        if (task.role.isValid())
            *out += in + QStringLiteral("role %1 at %2\n").arg(task.role.name, relative(task.role.path));
        dumpTasks(QStringLiteral("block"), task.block, in, out);
        dumpTasks(QStringLiteral("rescue"), task.rescue, in, out);
        dumpTasks(QStringLiteral("always"), task.always, in, out);
    }
}

} // namespace

// A stable text form of everything the parser produced, compared against the
// .parsed file beside each golden playbook.
QString TestPlaybookParser::dump(const Playbook &playbook)
{
    QString out;
    dumpedPlaybook = playbook.path;
    for (const Play &play : playbook.plays) {
        out += QStringLiteral("play %1 hosts=%2 gather_facts=%3 become=%4 become_user=%5 at %6:%7\n")
                   .arg(jsonValue(play.displayName()), jsonValue(play.hosts),
                        QLatin1String(play.gatherFacts ? "true" : "false"), optionalBool(play.become),
                        jsonValue(play.becomeUser))
                   .arg(play.location.line())
                   .arg(play.location.column());
        out += QStringLiteral("  vars %1\n").arg(json(play.vars));
        if (!play.varsFiles.isEmpty()) {
            QStringList files;
            for (const QString &file : play.varsFiles)
                files.append(relative(file));
            out += QStringLiteral("  vars_files %1 %2\n").arg(json(files), json(play.varsFromFiles));
        }
        if (!play.tags.isEmpty())
            out += QStringLiteral("  tags %1\n").arg(json(play.tags));
        if (play.anyErrorsFatal)
            out += QStringLiteral("  any_errors_fatal=%1\n").arg(optionalBool(play.anyErrorsFatal));
        for (const Role &role : play.roles) {
            out += QStringLiteral("  role %1 at %2 defaults=%3 vars=%4 params=%5\n")
                       .arg(role.name, relative(role.path), json(role.defaults), json(role.vars), json(role.params));
        }
        dumpTasks(QStringLiteral("pre_task"), play.preTasks, QStringLiteral("  "), &out);
        dumpTasks(QStringLiteral("task"), play.tasks, QStringLiteral("  "), &out);
        dumpTasks(QStringLiteral("post_task"), play.postTasks, QStringLiteral("  "), &out);
        dumpTasks(QStringLiteral("handler"), play.handlers, QStringLiteral("  "), &out);
    }
    return out;
}

void TestPlaybookParser::goldenPlaybooksParseAsExpected_data()
{
    QTest::addColumn<QString>("path");
    const QDir directory(QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/playbooks/parse"));
    const QStringList files = directory.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 2);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << directory.filePath(name);
}

void TestPlaybookParser::goldenPlaybooksParseAsExpected()
{
    QFETCH(QString, path);
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseFile(path, &playbook, &errors), qPrintable(PlaybookError::join(errors)));
    QVERIFY(errors.isEmpty());
    QCOMPARE(playbook.path, path);

    QString expectedPath = path;
    expectedPath.replace(QRegularExpression(QStringLiteral("\\.yml$")), QStringLiteral(".parsed"));
    const QString actual = dump(playbook);
    // ANTLER_WRITE_GOLDEN=1 rewrites the .parsed files; review the diff before committing.
    if (qEnvironmentVariableIsSet("ANTLER_WRITE_GOLDEN")) {
        QFile golden(expectedPath);
        QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(actual.toUtf8());
    }
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    if (actual != QString::fromUtf8(expected.readAll()))
        qWarning().noquote() << actual;
    QCOMPARE(actual, QString::fromUtf8((expected.seek(0), expected.readAll())));
}

void TestPlaybookParser::brokenPlaybooksSayWhereAndWhatToDo_data()
{
    antler::test::addBrokenFixtureRows(QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/broken/playbooks"),
                                       {QStringLiteral("*.yml")}, 20);
}

void TestPlaybookParser::brokenPlaybooksSayWhereAndWhatToDo()
{
    QFETCH(QString, path);
    QFETCH(QString, position);
    QFETCH(QString, hint);

    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseFile(path, &playbook, &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY(playbook.plays.isEmpty());
    const PlaybookError &first = errors.first();
    const QString text = first.toString();
    // "0:0" stands for a problem of the whole file, which has no position.
    const QString where = position == QLatin1String("0:0") ? path + QLatin1String(": ")
                                                           : path + QLatin1Char(':') + position + QLatin1String(": ");
    QVERIFY2(text.startsWith(where), qPrintable(QStringLiteral("expected %1… got: %2").arg(where, text)));
    QVERIFY2(text.contains(hint), qPrintable(text));
    // One sentence: what is wrong; what to do.
    QVERIFY2(text.contains(QLatin1String("; ")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));
    if (first.location().isValid() && !first.sourceLine().isEmpty()) {
        const QStringList display = first.toDisplayString().split(QLatin1Char('\n'));
        QCOMPARE(display.size(), 3);
        QCOMPARE(display.at(2).indexOf(QLatin1Char('^')), 4 + first.location().column() - 1);
    }
}

void TestPlaybookParser::everyProblemIsReported()
{
    const QByteArray data = "- name: one\n"
                            "  hosts: all\n"
                            "  tasks:\n"
                            "    - name: a\n"
                            "      synchronise: {src: a, dest: b}\n"
                            "    - name: b\n"
                            "      command: uptime\n"
                            "      throttle: 10\n"
                            "- name: two\n"
                            "  tasks:\n"
                            "    - frobnicate:\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors));
    QStringList where;
    for (const PlaybookError &error : errors)
        where.append(error.location().toString());
    QCOMPARE(where,
             (QStringList {QStringLiteral("site.yml:5:7"), QStringLiteral("site.yml:8:7"),
                           QStringLiteral("site.yml:9:3"), QStringLiteral("site.yml:11:7")}));
}

// Two tasks notify a handler whose module is no module at all: the handler
// is the one problem, not also every task that notifies it. A module Ansible
// knows but the engine lacks is no problem until such a handler really runs.
void TestPlaybookParser::aHandlerWithAnUnknownModuleIsOneError()
{
    const QByteArray data = "- hosts: all\n"
                            "  tasks:\n"
                            "    - command: uptime\n"
                            "      notify: reload firewall\n"
                            "    - command: hostname\n"
                            "      notify: reload firewall\n"
                            "  handlers:\n"
                            "    - name: reload firewall\n"
                            "      firewal: {state: reloaded}\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().location().toString(), QStringLiteral("site.yml:9:7"));

    QByteArray known = data;
    known.replace("firewal: {state: reloaded}", "ufw: {state: reloaded}");
    errors.clear();
    QVERIFY2(PlaybookParser::parseData(known, QStringLiteral("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
}

void TestPlaybookParser::serialAndStrategyAreReadAsWritten()
{
    const QByteArray data = "- hosts: all\n"
                            "  serial: [1, '30%', 5]\n"
                            "  tasks: [{ping: }]\n"
                            "- hosts: all\n"
                            "  serial: 2\n"
                            "  strategy: free\n"
                            "  tasks: [{ping: }]\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    QCOMPARE(playbook.plays.size(), 2);
    QCOMPARE(playbook.plays.at(0).serial, (QVariantList {1, QStringLiteral("30%"), 5}));
    QVERIFY(!playbook.plays.at(0).freeStrategy);
    QCOMPARE(playbook.plays.at(1).serial, (QVariantList {2}));
    QVERIFY(playbook.plays.at(1).freeStrategy);
}

// async and poll as written, or as templates rendered when the task runs;
// a poll of 0 needs a module that can be left running on the host.
void TestPlaybookParser::asyncAndPollAreRead()
{
    const QByteArray data = "- hosts: all\n"
                            "  tasks:\n"
                            "    - command: sleep 5\n"
                            "      async: 45\n"
                            "      poll: 0\n"
                            "    - apt: {name: htop}\n"
                            "      async: \"{{ upgrade_time }}\"\n"
                            "      poll: \"{{ upgrade_poll }}\"\n"
                            "    - ansible.builtin.shell: make\n"
                            "      async: 600\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    const QList<Task> &tasks = playbook.plays.at(0).tasks;
    QCOMPARE(tasks.size(), 3);
    QCOMPARE(tasks.at(0).asyncSeconds, 45);
    QCOMPARE(tasks.at(0).poll, 0);
    QCOMPARE(tasks.at(1).keywordTemplates.value(QStringLiteral("async")), QStringLiteral("{{ upgrade_time }}"));
    QCOMPARE(tasks.at(1).keywordTemplates.value(QStringLiteral("poll")), QStringLiteral("{{ upgrade_poll }}"));
    QCOMPARE(tasks.at(2).asyncSeconds, 600);
    QCOMPARE(tasks.at(2).poll, 15);

    QByteArray background = data;
    background.replace("poll: \"{{ upgrade_poll }}\"", "poll: 0");
    errors.clear();
    QVERIFY(!PlaybookParser::parseData(background, QStringLiteral("site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().location().toString(), QStringLiteral("site.yml:8:7"));
}

void TestPlaybookParser::errorsShowTheLineAndACaret()
{
    const QByteArray data = "- hosts: all\n  tasks:\n    - command: uptime\n      regster: up\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    const QString text = errors.first().toDisplayString();
    QVERIFY2(text.startsWith(QStringLiteral("site.yml:4:7: “regster” is neither a task keyword nor a "
                                            "module; ")),
             qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String("\n          regster: up\n          ^")), qPrintable(text));
}

void TestPlaybookParser::missingFileNamesThePath()
{
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseFile(QStringLiteral("/nonexistent/site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().toString().startsWith(QLatin1String("/nonexistent/site.yml: cannot read")));
}

void TestPlaybookParser::shellWordsSplitLikeShlex_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("words");

    // Expected values are what Python's shlex.split returns.
    QTest::newRow("plain") << "ls -l  /tmp" << QStringList {"ls", "-l", "/tmp"};
    QTest::newRow("single quotes") << "echo 'a  b' c" << QStringList {"echo", "a  b", "c"};
    QTest::newRow("double quotes") << "echo \"a \\\"b\\\" $x\"" << QStringList {"echo", "a \"b\" $x"};
    QTest::newRow("backslash outside") << "echo a\\ b" << QStringList {"echo", "a b"};
    QTest::newRow("backslash in double") << "echo \"a\\nb\"" << QStringList {"echo", "a\\nb"};
    QTest::newRow("backslash in single") << "echo 'a\\'" << QStringList {"echo", "a\\"};
    QTest::newRow("adjacent") << "a'b'\"c\"d" << QStringList {"abcd"};
    QTest::newRow("empty quotes") << "echo ''" << QStringList {"echo", ""};
    QTest::newRow("operators stay words") << "echo a;b | c" << QStringList {"echo", "a;b", "|", "c"};
    QTest::newRow("blank") << "   " << QStringList {};
}

void TestPlaybookParser::shellWordsSplitLikeShlex()
{
    QFETCH(QString, line);
    QFETCH(QStringList, words);
    QStringList result;
    QString error;
    QVERIFY2(ShellWords::split(line, &result, &error), qPrintable(error));
    QCOMPARE(result, words);
}

void TestPlaybookParser::shellWordsRefuseUnclosedQuotes()
{
    QStringList words;
    QString error;
    QVERIFY(!ShellWords::split(QStringLiteral("echo 'abc"), &words, &error));
    QVERIFY(error.contains(QLatin1String("unclosed ' quote")));
    QVERIFY(!ShellWords::split(QStringLiteral("echo abc\\"), &words, &error));
    QVERIFY(error.contains(QLatin1String("backslash")));
}

bool TestPlaybookParser::write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void TestPlaybookParser::errorsInImportedFilesNameThatFile()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"), "- hosts: all\n  tasks:\n    - import_tasks: tasks/more.yml\n"));
    QVERIFY(write(dir.filePath("tasks/more.yml"), "- name: fine\n  ping:\n- name: typo\n  shel: echo\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().location().file(), dir.filePath("tasks/more.yml"));
    QCOMPARE(errors.first().location().line(), 4);
    QCOMPARE(errors.first().location().column(), 3);
    QCOMPARE(errors.first().sourceLine(), QStringLiteral("  shel: echo"));
    QVERIFY2(errors.first().message().contains(QStringLiteral("did you mean “shell”")),
             qPrintable(errors.first().message()));
}

void TestPlaybookParser::importLoopsAreRefused()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"), "- hosts: all\n  tasks:\n    - import_tasks: a.yml\n"));
    QVERIFY(write(dir.filePath("a.yml"), "- import_tasks: b.yml\n"));
    QVERIFY(write(dir.filePath("b.yml"), "- import_tasks: a.yml\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message().contains(QLatin1String("includes itself")), qPrintable(errors.first().message()));
    QCOMPARE(errors.first().location().file(), dir.filePath("b.yml"));
}

void TestPlaybookParser::templatedIncludesAreReadAtRunTime()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"),
                  "- hosts: all\n  tasks:\n    - include_tasks: \"{{ which }}.yml\"\n"
                  "      vars:\n        x: 1\n      become: true\n      tags: t\n"));
    QVERIFY(write(dir.filePath("one.yml"), "- name: from one\n  debug: msg={{ x }}\n"));
    QVERIFY(write(dir.filePath("bad.yml"), "- name: broken\n  debug: {nope: 1}\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    const Task include = playbook.plays.first().tasks.first();
    QVERIFY(include.isInclude());
    QCOMPARE(include.includeFile, QStringLiteral("{{ which }}.yml"));
    QVERIFY(include.includePath.isEmpty());
    QVERIFY(include.block.isEmpty());

    QList<Task> tasks;
    QVERIFY2(PlaybookParser::parseIncludedTasks(QStringLiteral("one.yml"), include, &tasks, &errors),
             qPrintable(PlaybookError::join(errors)));
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().name, QStringLiteral("from one"));
    QCOMPARE(tasks.first().vars.value(QStringLiteral("x")).toInt(), 1);
    QCOMPARE(tasks.first().become, std::optional<bool>(true));
    // The include's tags belong to the include only, as in Ansible.
    QVERIFY(tasks.first().tags.isEmpty());
    QCOMPARE(tasks.first().location.file(), dir.filePath("one.yml"));

    QVERIFY(!PlaybookParser::parseIncludedTasks(QStringLiteral("bad.yml"), include, &tasks, &errors));
    QVERIFY2(errors.last().toString().startsWith(dir.filePath("bad.yml")
                                                 + QStringLiteral(":2:11: the module “debug” "
                                                                  "has no argument “nope”")),
             qPrintable(errors.last().toString()));
    errors.clear();
    QVERIFY(!PlaybookParser::parseIncludedTasks(QStringLiteral("missing.yml"), include, &tasks, &errors));
    QVERIFY2(errors.last().toString().contains(QLatin1String("cannot read the task file")),
             qPrintable(errors.last().toString()));
}

void TestPlaybookParser::templatesPassTypeChecks()
{
    const QByteArray data
        = "- hosts: all\n  tasks:\n    - debug:\n        msg: hi\n        verbosity: \"{{ level }}\"\n"
          "    - meta: \"{{ action }}\"\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    QCOMPARE(playbook.plays.first().tasks.first().arguments.value(QStringLiteral("verbosity")).toString(),
             QStringLiteral("{{ level }}"));
}

// "command: touch x chdir={{ root }}/w": a value runs to the next space
// outside quotes and Jinja blocks, as Ansible's split_args reads it.
void TestPlaybookParser::freeFormOptionsKeepTemplatesWhole()
{
    const QByteArray data = "- hosts: all\n  tasks:\n"
                            "    - command: touch made.txt chdir={{ root }}/work creates=\"{{ root }}/a b\"\n"
                            "    - shell: echo {{ x }} > out removes='it is' chdir=/tmp\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    const QVariantMap command = playbook.plays.first().tasks.at(0).arguments;
    QCOMPARE(command.value(QStringLiteral("chdir")).toString(), QStringLiteral("{{ root }}/work"));
    QCOMPARE(command.value(QStringLiteral("creates")).toString(), QStringLiteral("{{ root }}/a b"));
    QCOMPARE(command.value(QStringLiteral("cmd")).toString(), QStringLiteral("touch made.txt"));
    const QVariantMap shell = playbook.plays.first().tasks.at(1).arguments;
    QCOMPARE(shell.value(QStringLiteral("removes")).toString(), QStringLiteral("it is"));
    QCOMPARE(shell.value(QStringLiteral("chdir")).toString(), QStringLiteral("/tmp"));
    QCOMPARE(shell.value(QStringLiteral("cmd")).toString(), QStringLiteral("echo {{ x }} > out"));
}

void TestPlaybookParser::unknownArgumentListsTheValidOnes()
{
    const QByteArray data = "- hosts: all\n  tasks:\n    - ping:\n        dta: x\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().startsWith(QStringLiteral("site.yml:4:9: the module “ping” has no argument "
                                                                 "“dta”; did you mean “data”? Valid are: data")),
             qPrintable(errors.first().toString()));
}

void TestPlaybookParser::importPlaybookAddsItsPlays()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"), "- import_playbook: sub/other.yml\n- hosts: b\n  tasks: []\n"));
    QVERIFY(write(dir.filePath("sub/other.yml"), "- hosts: a\n  roles: [r]\n  tasks:\n    - import_tasks: t.yml\n"));
    // Roles of an imported playbook are found beside it, as in Ansible.
    QVERIFY(write(dir.filePath("sub/roles/r/tasks/main.yml"), "- ping:\n"));
    QVERIFY(write(dir.filePath("sub/t.yml"), "- ping:\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    QCOMPARE(playbook.plays.size(), 2);
    QCOMPARE(playbook.plays.at(0).hosts, QStringLiteral("a"));
    // Files an imported playbook names are found beside it.
    QCOMPARE(playbook.plays.at(0).tasks.at(1).importedFrom, dir.filePath("sub/t.yml"));
    QCOMPARE(playbook.plays.at(0).roles.first().path, dir.filePath("sub/roles/r"));
    QCOMPARE(playbook.plays.at(1).hosts, QStringLiteral("b"));
    QCOMPARE(playbook.taskCount(), 2);
}

namespace {

// The tasks that run a module, in order, as "ROLE : NAME" (or NAME), without
// the implicit meta: role_complete; blocks are walked into.
void flatten(const QList<Task> &tasks, QList<Task> *out)
{
    for (const Task &task : tasks) {
        if (task.isBlock()) {
            flatten(task.block, out);
            flatten(task.rescue, out);
            flatten(task.always, out);
        } else if (!task.isRoleComplete()) {
            out->append(task);
        }
    }
}

QStringList names(const QList<Task> &tasks)
{
    QList<Task> flat;
    flatten(tasks, &flat);
    QStringList result;
    for (const Task &task : std::as_const(flat))
        result.append(task.role.isValid() ? task.role.name + QStringLiteral(" : ") + task.displayName()
                                          : task.displayName());
    return result;
}

// The role_complete markers in order, by role name.
QList<Task> roleCompletions(const QList<Task> &tasks)
{
    QList<Task> result;
    for (const Task &task : tasks) {
        if (task.isBlock())
            result += roleCompletions(task.block);
        else if (task.isRoleComplete())
            result.append(task);
    }
    return result;
}

} // namespace

void TestPlaybookParser::roleDependenciesRunFirst()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"),
                  "- hosts: all\n  roles:\n    - role: web\n      when: deploy\n"
                  "      tags: [web]\n      become: true\n    - lib/roles/app\n"));
    QVERIFY(write(dir.filePath("roles/web/meta/main.yml"),
                  "galaxy_info:\n  author: someone\ndependencies:\n  - common\n  - role: param\n    p: web\n"));
    QVERIFY(write(dir.filePath("roles/web/tasks/main.yml"), "- name: web task\n  ping:\n"));
    QVERIFY(write(dir.filePath("roles/web/defaults/main.yml"), "web_port: 80\n"));
    QVERIFY(write(dir.filePath("roles/common/tasks/main.yml"), "- name: common task\n  ping:\n"));
    QVERIFY(write(dir.filePath("roles/common/defaults/main.yml"), "common_dir: /srv\n"));
    QVERIFY(write(dir.filePath("roles/param/meta/main.yml"), "dependencies: [common]\n"));
    QVERIFY(write(dir.filePath("roles/param/tasks/main.yml"), "- name: param task\n  debug: msg={{ p }}\n"));
    // A role named by path finds its dependencies beside it, in its own roles/ folder.
    QVERIFY(write(dir.filePath("lib/roles/app/meta/main.yml"), "dependencies:\n  - helper\n"));
    QVERIFY(write(dir.filePath("lib/roles/app/tasks/main.yml"), "- name: app task\n  ping:\n"));
    QVERIFY(write(dir.filePath("lib/roles/helper/tasks/main.yml"), "- name: helper task\n  ping:\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    const Play &play = playbook.plays.first();
    // Depth first: a dependency's own dependencies before it, every
    // dependency before the role that needs it. common is there twice; the
    // Runner runs it once (see sameRoleWithSameParametersIsOneRole).
    QCOMPARE(names(play.tasks),
             (QStringList {"common : common task", "common : common task", "param : param task", "web : web task",
                           "helper : helper task", "lib/roles/app : app task"}));
    QList<Task> flat;
    flatten(play.tasks, &flat);
    // The dependent role's keywords are inherited by its dependencies.
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(flat.at(i).when, QStringList {QStringLiteral("deploy")});
        QCOMPARE(flat.at(i).tags, QStringList {QStringLiteral("web")});
        QCOMPARE(flat.at(i).become, std::optional<bool>(true));
    }
    QVERIFY(flat.at(4).when.isEmpty());
    QCOMPARE(flat.at(4).role.path, dir.filePath("lib/roles/helper"));
    // The parameter reaches the dependency; the depending role's
    // parameters and defaults reach its dependencies too, as in Ansible.
    QCOMPARE(flat.at(2).role.params.value(QStringLiteral("p")).toString(), QStringLiteral("web"));
    QCOMPARE(flat.at(1).role.defaults.value(QStringLiteral("web_port")).toInt(), 80);
    // A role sees its dependencies' defaults, below its own.
    QCOMPARE(flat.at(3).role.defaults.value(QStringLiteral("common_dir")).toString(), QStringLiteral("/srv"));
    // The play lists the roles it names; their dependencies' variables come with them.
    QCOMPARE(play.roles.size(), 2);
    QCOMPARE(play.roles.first().name, QStringLiteral("web"));
    QCOMPARE(play.roles.first().defaults.value(QStringLiteral("common_dir")).toString(), QStringLiteral("/srv"));
    // role_complete is guarded by the entry's own when only, not by the depending role's.
    const QList<Task> done = roleCompletions(play.tasks);
    QCOMPARE(done.size(), 6);
    QCOMPARE(done.at(0).role.name, QStringLiteral("common"));
    QVERIFY(done.at(0).when.isEmpty());
    QCOMPARE(done.at(3).role.name, QStringLiteral("web"));
    QCOMPARE(done.at(3).when, QStringList {QStringLiteral("deploy")});
    QCOMPARE(done.at(3).tags, QStringList {QStringLiteral("always")});
}

void TestPlaybookParser::sameRoleWithSameParametersIsOneRole()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"),
                  "- hosts: all\n  roles:\n    - web\n    - db\n    - web\n    - role: again\n    - again\n"
                  "    - role: param\n      p: db\n  tasks:\n    - import_role:\n        name: web\n"));
    QVERIFY(write(dir.filePath("roles/web/meta/main.yml"), "dependencies:\n  - common\n  - {role: param, p: web}\n"));
    QVERIFY(
        write(dir.filePath("roles/db/meta/main.yml"), "dependencies:\n  - role: common\n  - role: param\n    p: db\n"));
    QVERIFY(write(dir.filePath("roles/again/meta/main.yml"), "allow_duplicates: true\n"));
    for (const char *role : {"web", "db", "common", "param", "again"})
        QVERIFY(write(dir.filePath(QStringLiteral("roles/%1/tasks/main.yml").arg(QLatin1String(role))), "- ping:\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    const QList<Task> done = roleCompletions(playbook.plays.first().tasks);
    QStringList order;
    for (const Task &task : done)
        order.append(task.role.name);
    QCOMPARE(order,
             (QStringList {"common", "param", "web", "common", "param", "db", "common", "param", "web", "again",
                           "again", "param", "common", "param", "web"}));
    auto identity = [&](int i) { return done.at(i).role.identity; };
    // common under web and under db is one role; param with p=web and p=db are two.
    QCOMPARE(identity(0), identity(3));
    QVERIFY(identity(1) != identity(4));
    // web listed twice is one role; the roles: entry and the dependency
    // entry of param with p=db are one role too.
    QCOMPARE(identity(2), identity(8));
    QCOMPARE(identity(4), identity(11));
    QVERIFY(!done.at(2).role.allowDuplicates);
    // allow_duplicates: true in meta/main.yml runs it again.
    QCOMPARE(identity(9), identity(10));
    QVERIFY(done.at(9).role.allowDuplicates);
    // import_role is never the same role as a roles: entry, and allows
    // duplicates; its dependencies are the same roles as anywhere else.
    QVERIFY(identity(14) != identity(2));
    QVERIFY(done.at(14).role.allowDuplicates);
    QCOMPARE(identity(12), identity(0));
}

void TestPlaybookParser::roleDependencyLoopSaysWhere()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"), "- hosts: all\n  roles:\n    - a\n"));
    QVERIFY(write(dir.filePath("roles/a/meta/main.yml"), "dependencies:\n  - b\n"));
    QVERIFY(write(dir.filePath("roles/b/meta/main.yml"), "---\ndependencies:\n  - role: a\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors));
    QCOMPARE(errors.size(), 1);
    const PlaybookError &error = errors.first();
    QCOMPARE(error.location().file(), dir.filePath("roles/b/meta/main.yml"));
    QCOMPARE(error.location().line(), 3);
    QCOMPARE(error.location().column(), 11);
    QCOMPARE(error.sourceLine(), QStringLiteral("  - role: a"));
    QVERIFY2(error.message().startsWith(QStringLiteral("the role “a” depends on itself through a → b → a; ")),
             qPrintable(error.message()));
}

void TestPlaybookParser::missingRoleDependencySaysWhere()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"), "- hosts: all\n  roles:\n    - a\n  tasks:\n    - import_role: name=a\n"));
    QVERIFY(write(dir.filePath("roles/a/meta/main.yml"), "dependencies:\n  - common\n  - nosuch\n"));
    QVERIFY(write(dir.filePath("roles/common/tasks/main.yml"), "- ping:\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors));
    // Reported once, though the role is used twice.
    QCOMPARE(errors.size(), 1);
    const QString text = errors.first().toString();
    QVERIFY2(text.startsWith(dir.filePath("roles/a/meta/main.yml")
                             + QStringLiteral(":3:5: the role “nosuch” was not "
                                              "found (looked in ")
                             + dir.filePath("roles/nosuch") + QStringLiteral(", ") + dir.filePath("nosuch")
                             + QStringLiteral("); ")),
             qPrintable(text));
}

void TestPlaybookParser::importRoleReadsTheNamedFiles()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"),
                  "- hosts: all\n  tasks:\n    - name: setup\n      import_role:\n        name: web\n"
                  "        tasks_from: setup\n        vars_from: other.yml\n        defaults_from: small\n"
                  "      when: go\n      tags: setup\n      become: true\n      vars:\n        x: 1\n"
                  "    - ansible.builtin.import_role: name=web handlers_from=more\n"
                  "    - import_role: {name: web}\n      notify: x\n"));
    QVERIFY(write(dir.filePath("roles/web/tasks/main.yml"), "- name: main\n  ping:\n"));
    QVERIFY(write(dir.filePath("roles/web/tasks/setup.yml"), "- name: set up\n  ping:\n  notify: restart\n"));
    QVERIFY(write(dir.filePath("roles/web/vars/other.yml"), "which: other\n"));
    QVERIFY(write(dir.filePath("roles/web/defaults/small.yml"), "size: small\n"));
    QVERIFY(write(dir.filePath("roles/web/handlers/main.yml"), "- name: restart\n  ping:\n"));
    QVERIFY(write(dir.filePath("roles/web/handlers/more.yml"), "- name: more\n  ping:\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors));
    // notify on import_role is refused; the rest is valid.
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().startsWith(
                 QStringLiteral("%1:16:7: “notify” cannot be used on import_role").arg(dir.filePath("site.yml"))),
             qPrintable(errors.first().toString()));

    QVERIFY(write(dir.filePath("site.yml"),
                  "- hosts: all\n  tasks:\n    - name: setup\n      import_role:\n        name: web\n"
                  "        tasks_from: setup\n        vars_from: other.yml\n        defaults_from: small\n"
                  "      when: go\n      tags: setup\n      become: true\n      vars:\n        x: 1\n"
                  "    - ansible.builtin.import_role: name=web handlers_from=more\n"));
    errors.clear();
    QVERIFY2(PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    const Play &play = playbook.plays.first();
    QCOMPARE(names(play.tasks), (QStringList {"web : set up", "web : main"}));
    QList<Task> flat;
    flatten(play.tasks, &flat);
    const Task &setup = flat.first();
    QCOMPARE(setup.location.file(), dir.filePath("roles/web/tasks/setup.yml"));
    // The import's keywords are passed down.
    QCOMPARE(setup.when, QStringList {QStringLiteral("go")});
    QCOMPARE(setup.tags, QStringList {QStringLiteral("setup")});
    QCOMPARE(setup.become, std::optional<bool>(true));
    QCOMPARE(setup.vars.value(QStringLiteral("x")).toInt(), 1);
    QCOMPARE(setup.role.vars.value(QStringLiteral("which")).toString(), QStringLiteral("other"));
    QCOMPARE(setup.role.defaults.value(QStringLiteral("size")).toString(), QStringLiteral("small"));
    QVERIFY(flat.at(1).when.isEmpty());
    // import_role makes the role's variables visible to the play.
    QCOMPARE(play.roles.size(), 2);
    // Each handlers file once: the role's main.yml and the one handlers_from names.
    QStringList handlers;
    for (const Task &handler : play.handlers)
        handlers.append(handler.name);
    QCOMPARE(handlers, (QStringList {"restart", "more"}));
    QCOMPARE(playbook.taskCount(), 2);
}

void TestPlaybookParser::includeRoleKeepsItsWhenToItself()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("site.yml"),
                  "- hosts: all\n  tasks:\n    - block:\n        - include_role:\n            name: web\n"
                  "            tasks_from: setup\n          when: go\n          tags: t\n          vars:\n"
                  "            x: 1\n      when: outer\n    - include_role: name=web\n"));
    QVERIFY(write(dir.filePath("roles/web/tasks/main.yml"), "- name: main\n  ping:\n"));
    QVERIFY(write(dir.filePath("roles/web/tasks/setup.yml"), "- name: set up\n  ping:\n"));
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseFile(dir.filePath("site.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    const Task &include = playbook.plays.first().tasks.first().block.first();
    QVERIFY(include.isIncludeRole());
    QCOMPARE(include.displayName(), QStringLiteral("include_role : web"));
    QCOMPARE(include.includePath, dir.filePath("roles/web"));
    QCOMPARE(include.when, (QStringList {"outer", "go"}));
    QCOMPARE(include.tags, QStringList {QStringLiteral("t")});
    // The role's tasks are read now; the include's when and tags stay on
    // the include (evaluated once when it runs), its vars are passed.
    QCOMPARE(names(include.block), QStringList {QStringLiteral("web : set up")});
    QList<Task> flat;
    flatten(include.block, &flat);
    QCOMPARE(flat.first().when, QStringList {QStringLiteral("outer")});
    QVERIFY(flat.first().tags.isEmpty());
    QCOMPARE(flat.first().vars.value(QStringLiteral("x")).toInt(), 1);
    // Not public: the role's variables are its own tasks' only.
    QVERIFY(playbook.plays.first().roles.isEmpty());
    const Task &second = playbook.plays.first().tasks.at(1);
    QVERIFY(second.isIncludeRole());
    QCOMPARE(names(second.block), QStringList {QStringLiteral("web : main")});
    QCOMPARE(playbook.taskCount(), 2);
}

void TestPlaybookParser::includeRoleWithATemplatedNameIsRefused()
{
    const QByteArray data = "- hosts: all\n  tasks:\n    - include_role:\n        name: \"{{ which }}\"\n"
                            "    - include_role: name=web\n      loop: [a, b]\n"
                            "    - include_role:\n        name: web\n        apply: {become: true}\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors));
    QStringList where;
    for (const PlaybookError &error : errors)
        where.append(error.location().toString());
    QCOMPARE(where, (QStringList {"site.yml:4:15", "site.yml:6:7", "site.yml:9:9"}));
    QVERIFY2(errors.at(0).message().startsWith(QStringLiteral("the role name of include_role is a template, which "
                                                              "this version does not resolve; write the role name "
                                                              "as plain text")),
             qPrintable(errors.at(0).message()));
    QVERIFY2(errors.at(1).message().startsWith(QStringLiteral("a loop on include_role is not supported")),
             qPrintable(errors.at(1).message()));
    QVERIFY2(errors.at(2).message().startsWith(QStringLiteral("“apply” of include_role is not supported")),
             qPrintable(errors.at(2).message()));
}

void TestPlaybookParser::knownAnsibleModulesParse()
{
    const QByteArray data = "- hosts: all\n"
                            "  tasks:\n"
                            "    - community.general.ufw: {rule: allow, port: '22'}\n"
                            "      when: false\n"
                            "      notify: reload\n"
                            "    - dnf: name=nginx state=present\n"
                            "    - ansible.posix.sysctl: {name: vm.swappiness, value: '10'}\n"
                            "    - ansible.builtin.systemd_service: {name: ssh, state: started}\n"
                            "    - community.general.ini_file: {path: /etc/a.ini, section: s, option: o, value: v}\n"
                            "    - ansible.posix.mount: {path: /srv, src: /dev/sdb1, fstype: ext4, state: present}\n"
                            "  handlers:\n"
                            "    - name: reload\n"
                            "      ansible.posix.firewalld: {state: enabled}\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors),
             qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
    QStringList modules;
    for (const Task &task : playbook.plays.first().tasks)
        modules.append(task.module);
    QCOMPARE(modules,
             (QStringList {QStringLiteral("community.general.ufw"), QStringLiteral("dnf"), QStringLiteral("sysctl"),
                           QStringLiteral("systemd"), QStringLiteral("ini_file"), QStringLiteral("mount")}));
    QCOMPARE(playbook.plays.first().handlers.first().module, QStringLiteral("ansible.posix.firewalld"));

    const QByteArray unknown = "- hosts: all\n  tasks:\n    - community.general.frobnicate: {a: 1}\n"
                               "    - servce: name=nginx\n";
    Playbook none;
    errors.clear();
    QVERIFY(!PlaybookParser::parseData(unknown, QStringLiteral("site.yml"), &none, &errors));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).toString().startsWith(QStringLiteral("site.yml:3:7: ")), qPrintable(errors.at(0).toString()));
    QVERIFY2(errors.at(1).toString().contains(QStringLiteral("did you mean")), qPrintable(errors.at(1).toString()));
}

QTEST_GUILESS_MAIN(TestPlaybookParser)
#include "tst_playbookparser.moc"
