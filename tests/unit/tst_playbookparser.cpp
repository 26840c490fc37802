#include "BrokenFixtures.h"
#include "playbook/PlaybookParser.h"
#include "playbook/ShellWords.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
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
    void errorsShowTheLineAndACaret();
    void missingFileNamesThePath();
    void shellWordsSplitLikeShlex_data();
    void shellWordsSplitLikeShlex();
    void shellWordsRefuseUnclosedQuotes();

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
    return QString::fromUtf8(QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact))
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
        static const char *kinds[] = {"module", "block", "include_tasks"};
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
            *out += in + QStringLiteral("until %1 retries=%2 delay=%3\n").arg(json(task.until)).arg(task.retries).arg(task.delay);
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
                            "      synchronize: {src: a, dest: b}\n"
                            "    - name: b\n"
                            "      command: uptime\n"
                            "      async: 10\n"
                            "- name: two\n"
                            "  tasks:\n"
                            "    - frobnicate:\n";
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY(!PlaybookParser::parseData(data, QStringLiteral("site.yml"), &playbook, &errors));
    QStringList where;
    for (const PlaybookError &error : errors)
        where.append(error.location().toString());
    QCOMPARE(where, (QStringList{QStringLiteral("site.yml:5:7"), QStringLiteral("site.yml:8:7"),
                                 QStringLiteral("site.yml:9:3"), QStringLiteral("site.yml:11:7")}));
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
    QTest::newRow("plain") << "ls -l  /tmp" << QStringList{"ls", "-l", "/tmp"};
    QTest::newRow("single quotes") << "echo 'a  b' c" << QStringList{"echo", "a  b", "c"};
    QTest::newRow("double quotes") << "echo \"a \\\"b\\\" $x\"" << QStringList{"echo", "a \"b\" $x"};
    QTest::newRow("backslash outside") << "echo a\\ b" << QStringList{"echo", "a b"};
    QTest::newRow("backslash in double") << "echo \"a\\nb\"" << QStringList{"echo", "a\\nb"};
    QTest::newRow("backslash in single") << "echo 'a\\'" << QStringList{"echo", "a\\"};
    QTest::newRow("adjacent") << "a'b'\"c\"d" << QStringList{"abcd"};
    QTest::newRow("empty quotes") << "echo ''" << QStringList{"echo", ""};
    QTest::newRow("operators stay words") << "echo a;b | c" << QStringList{"echo", "a;b", "|", "c"};
    QTest::newRow("blank") << "   " << QStringList{};
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

QTEST_GUILESS_MAIN(TestPlaybookParser)
#include "tst_playbookparser.moc"
