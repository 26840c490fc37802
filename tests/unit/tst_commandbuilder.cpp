#include "transport/CommandBuilder.h"

#include <QTest>

using antler::transport::BuiltCommand;
using antler::transport::CommandBuilder;
using antler::transport::CommandSpec;
using antler::transport::ConnectionSettings;

namespace {

using Environment = QList<QPair<QByteArray, QByteArray>>;

ConnectionSettings settings()
{
    ConnectionSettings s;
    s.host = QStringLiteral("db1");
    return s;
}

// The command line with the random tokens of this build written as the
// table writes them: PROMPT, MARKER, PID.
QByteArray normalized(const BuiltCommand &built)
{
    QByteArray line = built.commandLine;
    if (!built.prompt.isEmpty())
        line.replace(built.prompt, "PROMPT");
    if (!built.marker.isEmpty())
        line.replace(built.marker, "MARKER");
    if (!built.pidMarker.isEmpty())
        line.replace(built.pidMarker, "PID");
    return line;
}

} // namespace

class TestCommandBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLines_data();
    void commandLines();
    void refusals_data();
    void refusals();
    void sharedShellIsDecidedWhenBuilt_data();
    void sharedShellIsDecidedWhenBuilt();
    void sharedShellInput();
    void userCommandsShareInSessions_data();
    void userCommandsShareInSessions();
    void sessionShellInput();
    void tokensDifferPerCommand();
};

void TestCommandBuilder::commandLines_data()
{
    QTest::addColumn<QByteArrayList>("argv");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<bool>("become");
    QTest::addColumn<QString>("becomeUser");
    QTest::addColumn<bool>("reportPid");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("argv, safe words stay bare")
        << QByteArrayList {"ls", "-l", "/var/log"} << QByteArray() << QByteArray() << Environment {} << false
        << QString() << false << QByteArray("ls -l /var/log");
    QTest::newRow("argv, hostile words quoted")
        << QByteArrayList {"echo", "it's", "$(reboot)", "", "a b"} << QByteArray() << QByteArray() << Environment {}
        << false << QString() << false << QByteArray("echo 'it'\\''s' '$(reboot)' '' 'a b'");
    QTest::newRow("script runs in sh -c")
        << QByteArrayList {} << QByteArray("cd /tmp && ls | wc -l") << QByteArray() << Environment {} << false
        << QString() << false << QByteArray("sh -c 'cd /tmp && ls | wc -l'");
    QTest::newRow("raw is sent as it is") << QByteArrayList {} << QByteArray() << QByteArray("uptime; who")
                                          << Environment {} << false << QString() << false << QByteArray("uptime; who");
    QTest::newRow("argv wins over script") << QByteArrayList {"true"} << QByteArray("false") << QByteArray("false")
                                           << Environment {} << false << QString() << false << QByteArray("true");
    QTest::newRow("environment exported first")
        << QByteArrayList {"env"} << QByteArray() << QByteArray()
        << Environment {{"LANG", "C"}, {"GREETING", "hello world"}} << false << QString() << false
        << QByteArray("export LANG=C; export GREETING='hello world'; env");
    QTest::newRow("pid reported first") << QByteArrayList {"sleep", "5"} << QByteArray() << QByteArray()
                                        << Environment {} << false << QString() << true
                                        << QByteArray("printf '%s %s\\n' PID $$ >&2; sleep 5");
    QTest::newRow("no pid line for a raw command")
        << QByteArrayList {} << QByteArray() << QByteArray("uptime") << Environment {} << false << QString() << true
        << QByteArray("uptime");
    QTest::newRow("become wraps in sudo, settings' user")
        << QByteArrayList {"id", "-u"} << QByteArray() << QByteArray() << Environment {} << true << QString() << false
        << QByteArray("sudo -H -S -p 'PROMPT' -u root -- sh -c 'echo MARKER >&2; id -u'");
    QTest::newRow("become another user, environment inside sudo")
        << QByteArrayList {"psql"} << QByteArray() << QByteArray() << Environment {{"PGDATABASE", "app"}} << true
        << QStringLiteral("postgres") << false
        << QByteArray("sudo -H -S -p 'PROMPT' -u postgres -- sh -c 'echo MARKER >&2; export PGDATABASE=app; psql'");
    QTest::newRow("become with pid: the pid is sudo's caller's")
        << QByteArrayList {"true"} << QByteArray() << QByteArray() << Environment {} << true << QString() << true
        << QByteArray("printf '%s %s\\n' PID $$ >&2; sudo -H -S -p 'PROMPT' -u root -- sh -c 'echo MARKER >&2; true'");
}

void TestCommandBuilder::commandLines()
{
    QFETCH(QByteArrayList, argv);
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, raw);
    QFETCH(Environment, environment);
    QFETCH(bool, become);
    QFETCH(QString, becomeUser);
    QFETCH(bool, reportPid);
    QFETCH(QByteArray, expected);

    CommandSpec spec;
    spec.argv = argv;
    spec.script = script;
    spec.rawCommand = raw;
    spec.environment = environment;
    spec.become = become;
    spec.becomeUser = becomeUser;
    BuiltCommand built;
    QString error;
    QVERIFY2(CommandBuilder::build(spec, settings(), &built, &error, reportPid), qPrintable(error));
    QCOMPARE(normalized(built), expected);
    QCOMPARE(built.become, become);
    if (become) {
        QCOMPARE(built.becomeUser, becomeUser.isEmpty() ? QStringLiteral("root") : becomeUser);
        QVERIFY(built.prompt.startsWith("[antler-become-"));
        QVERIFY(built.marker.startsWith("ANTLER-BECOME-SUCCESS-"));
    }
    QCOMPARE(built.pidMarker.isEmpty(), !reportPid || !raw.isEmpty());
}

void TestCommandBuilder::refusals_data()
{
    QTest::addColumn<QByteArrayList>("argv");
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("becomeMethod");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no command") << QByteArrayList {} << Environment {} << QStringLiteral("sudo")
                                << QStringLiteral("The command for db1 is empty; give a program, a script or a "
                                                  "raw command.");
    QTest::newRow("environment name with a space")
        << QByteArrayList {"env"} << Environment {{"MY VAR", "1"}} << QStringLiteral("sudo")
        << QStringLiteral("The environment variable name 'MY VAR' for db1 is not valid; use letters, digits and "
                          "underscores.");
    QTest::newRow("environment name starting with a digit")
        << QByteArrayList {"env"} << Environment {{"1X", "1"}} << QStringLiteral("sudo")
        << QStringLiteral("The environment variable name '1X' for db1 is not valid; use letters, digits and "
                          "underscores.");
    QTest::newRow("become method other than sudo")
        << QByteArrayList {"id"} << Environment {} << QStringLiteral("doas")
        << QStringLiteral("The become method 'doas' for db1 is not supported; use sudo.");
}

void TestCommandBuilder::refusals()
{
    QFETCH(QByteArrayList, argv);
    QFETCH(Environment, environment);
    QFETCH(QString, becomeMethod);
    QFETCH(QString, expected);

    CommandSpec spec;
    spec.argv = argv;
    spec.environment = environment;
    spec.become = true;
    ConnectionSettings s = settings();
    s.becomeMethod = becomeMethod;
    BuiltCommand built;
    QString error;
    QVERIFY(!CommandBuilder::build(spec, s, &built, &error));
    QCOMPARE(error, expected);
}

void TestCommandBuilder::sharedShellIsDecidedWhenBuilt_data()
{
    QTest::addColumn<bool>("shareShell");
    QTest::addColumn<bool>("useScript");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<bool>("stdinAsVariable");
    QTest::addColumn<QString>("stdinFile");
    QTest::addColumn<bool>("captureOutput");
    QTest::addColumn<bool>("become");
    QTest::addColumn<bool>("shares");
    QTest::addColumn<QString>("shellKey");

    const QByteArray big(300 * 1024, 'x');
    QTest::newRow("not asked for") << false << true << QByteArray() << false << QString() << true << false << false
                                   << QString();
    QTest::newRow("script") << true << true << QByteArray() << false << QString() << true << false << true << QString();
    QTest::newRow("argv") << true << false << QByteArray() << false << QString() << true << false << true << QString();
    QTest::newRow("become: the become user's shell")
        << true << true << QByteArray() << false << QString() << true << true << true << QStringLiteral("become:root");
    QTest::newRow("text stdin ending in a newline")
        << true << true << QByteArray("line\n") << false << QString() << true << false << true << QString();
    QTest::newRow("stdin without a final newline")
        << true << true << QByteArray("line") << false << QString() << true << false << false << QString();
    QTest::newRow("stdin without a final newline, as a variable")
        << true << true << QByteArray("line") << true << QString() << true << false << true << QString();
    QTest::newRow("stdin with a NUL") << true << true << QByteArray("a\0b\n", 4) << true << QString() << true << false
                                      << false << QString();
    QTest::newRow("stdin too big for a here-document") << true << true << big + '\n'
                                                       << false << QString() << true << false << false << QString();
    QTest::newRow("stdin from a file") << true << true << QByteArray() << false << QStringLiteral("/etc/hostname")
                                       << true << false << false << QString();
    QTest::newRow("output not captured (it streams)")
        << true << true << QByteArray() << false << QString() << false << false << true << QString();
}

void TestCommandBuilder::sharedShellIsDecidedWhenBuilt()
{
    QFETCH(bool, shareShell);
    QFETCH(bool, useScript);
    QFETCH(QByteArray, stdinData);
    QFETCH(bool, stdinAsVariable);
    QFETCH(QString, stdinFile);
    QFETCH(bool, captureOutput);
    QFETCH(bool, become);
    QFETCH(bool, shares);
    QFETCH(QString, shellKey);

    CommandSpec spec;
    if (useScript)
        spec.script = "cat";
    else
        spec.argv = {"cat"};
    spec.shareShell = shareShell;
    spec.stdinData = stdinData;
    spec.stdinAsVariable = stdinAsVariable;
    spec.stdinFile = stdinFile;
    spec.captureOutput = captureOutput;
    spec.become = become;
    BuiltCommand built;
    QString error;
    QVERIFY2(CommandBuilder::build(spec, settings(), &built, &error, true), qPrintable(error));
    QCOMPARE(CommandBuilder::canShareShell(spec), shares);
    QCOMPARE(built.sharesShell(), shares);
    QCOMPARE(built.shellKey, shellKey);
    QCOMPARE(built.shellEnd.isEmpty(), !shares);
    if (shares)
        QCOMPARE(built.shellInput, CommandBuilder::sharedShellInput(spec, built.shellEnd));
}

void TestCommandBuilder::sharedShellInput()
{
    CommandSpec spec;
    spec.shareShell = true;
    spec.script = "read a; echo \"$a\"";
    spec.environment = {{"X", "1 2"}};
    spec.stdinData = "hello\n";
    QCOMPARE(CommandBuilder::sharedShellInput(spec, "END"),
             QByteArray("( export X='1 2'; eval 'read a; echo \"$a\"' ) <<'END-IN'\nhello\nEND-IN\n"
                        "printf '\\n%s %d\\n' END $?; printf '\\n%s\\n' END >&2\n"));

    spec.stdinAsVariable = true;
    QCOMPARE(CommandBuilder::sharedShellInput(spec, "END"),
             QByteArray("( ANTLER_STDIN='hello\n'; export X='1 2'; eval 'read a; echo \"$a\"' ) </dev/null\n"
                        "printf '\\n%s %d\\n' END $?; printf '\\n%s\\n' END >&2\n"));

    // Data that would end the here-document early cannot go to the shell.
    spec.stdinAsVariable = false;
    spec.stdinData = "a\nEND-IN\nb\n";
    QCOMPARE(CommandBuilder::sharedShellInput(spec, "END"), QByteArray());

    // A script that only looks runs in the shell itself, without a subshell,
    // unless it has an environment or standard input of its own.
    CommandSpec probe;
    probe.shareShell = true;
    probe.noSubshell = true;
    probe.script = "stat -c %s /etc/hostname";
    QCOMPARE(CommandBuilder::sharedShellInput(probe, "END"),
             QByteArray("{ eval 'stat -c %s /etc/hostname'; } </dev/null\n"
                        "printf '\\n%s %d\\n' END $?; printf '\\n%s\\n' END >&2\n"));
    probe.environment = {{"X", "1"}};
    QVERIFY(CommandBuilder::sharedShellInput(probe, "END").startsWith("( export X="));
    probe.environment.clear();
    probe.stdinData = "a\n";
    QVERIFY(CommandBuilder::sharedShellInput(probe, "END").startsWith("( eval "));
}

void TestCommandBuilder::userCommandsShareInSessions_data()
{
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<bool>("stdinAsVariable");
    QTest::addColumn<bool>("become");
    QTest::addColumn<bool>("shares");
    QTest::newRow("no stdin") << QByteArray() << false << false << true;
    QTest::newRow("become") << QByteArray() << false << true << true;
    QTest::newRow("text stdin") << QByteArray("a\nb\n") << false << false << true;
    // A here-document would add a newline; there is no variable for a user's command.
    QTest::newRow("stdin without a final newline") << QByteArray("a") << false << false << false;
    QTest::newRow("stdin without a final newline, as a variable") << QByteArray("a") << true << false << false;
    QTest::newRow("binary stdin") << QByteArray("\0\n", 2) << false << false << false;
}

void TestCommandBuilder::userCommandsShareInSessions()
{
    QFETCH(QByteArray, stdinData);
    QFETCH(bool, stdinAsVariable);
    QFETCH(bool, become);
    QFETCH(bool, shares);
    CommandSpec spec;
    spec.argv = {"printf", "%s", "it's"};
    spec.environment = {{"X", "1 2"}};
    spec.shareShell = true;
    spec.ownSession = true;
    spec.stdinData = stdinData;
    spec.stdinAsVariable = stdinAsVariable;
    spec.become = become;
    BuiltCommand built;
    QString error;
    QVERIFY2(CommandBuilder::build(spec, settings(), &built, &error, true), qPrintable(error));
    QCOMPARE(built.sharesShell(), shares);
    QCOMPARE(built.shellPidMarker.isEmpty(), !shares);
    if (!shares)
        return;
    QVERIFY(built.shellPidMarker != built.pidMarker);
    // A shell of their own, apart from the one for Antler's scripts.
    QCOMPARE(built.shellKey, become ? QStringLiteral("session:become:root") : QStringLiteral("session:"));
    // In the shell there is no sudo: the shell already runs as the become user.
    QVERIFY(!built.shellInput.contains("sudo"));
    QCOMPARE(built.shellInput,
             CommandBuilder::sessionShellInput(spec, "export X='1 2'; exec printf %s 'it'\\''s'", built.shellEnd,
                                               built.shellPidMarker));
}

void TestCommandBuilder::sessionShellInput()
{
    CommandSpec spec;
    spec.shareShell = true;
    spec.ownSession = true;
    spec.argv = {"cat"};
    // The command goes, quoted, to the function the shell's first input defines.
    QCOMPARE(CommandBuilder::sessionShellInput(spec, "cat 'a b'", "END", "PID"),
             QByteArray("antler_j PID END 'cat '\\''a b'\\''' </dev/null\n"));
    QVERIFY(CommandBuilder::sessionShellInit().contains("antler_j() {"));
    spec.stdinData = "hello\n";
    // The here-document is the function's standard input, and so the command's.
    QCOMPARE(CommandBuilder::sessionShellInput(spec, "cat", "END", "PID"),
             QByteArray("antler_j PID END cat <<'END-IN'\nhello\nEND-IN\n"));
    // Data that would end the here-document early cannot go to the shell.
    spec.stdinData = "a\nEND-IN\nb\n";
    QCOMPARE(CommandBuilder::sessionShellInput(spec, "cat", "END", "PID"), QByteArray());
    // Without ownSession this is not the input to use.
    spec.stdinData.clear();
    spec.ownSession = false;
    QCOMPARE(CommandBuilder::sessionShellInput(spec, "cat", "END", "PID"), QByteArray());
}

void TestCommandBuilder::tokensDifferPerCommand()
{
    CommandSpec spec;
    spec.script = "true";
    spec.become = true;
    spec.shareShell = true;
    BuiltCommand first;
    BuiltCommand second;
    QString error;
    QVERIFY(CommandBuilder::build(spec, settings(), &first, &error, true));
    QVERIFY(CommandBuilder::build(spec, settings(), &second, &error, true));
    QVERIFY(first.prompt != second.prompt);
    QVERIFY(first.marker != second.marker);
    QVERIFY(first.pidMarker != second.pidMarker);
    QVERIFY(first.shellEnd != second.shellEnd);
}

QTEST_GUILESS_MAIN(TestCommandBuilder)
#include "tst_commandbuilder.moc"
