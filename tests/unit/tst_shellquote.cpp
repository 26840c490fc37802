#include "SshdFixture.h"
#include "transport/ShellQuote.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using antler::transport::shellJoin;
using antler::transport::shellQuote;

namespace {

QList<QPair<QByteArray, QByteArray>> hostileArguments()
{
    return antler::test::SshdFixture::hostileArguments();
}

// Runs the command line through a real shell (fed on stdin, so any byte can
// be in it) and returns what the shell's printf wrote.
QByteArray runThroughShell(const QString &shell, const QByteArray &commandLine, QString *error)
{
    QProcess process;
    process.start(shell, {QStringLiteral("-s")});
    if (!process.waitForStarted(5000)) {
        *error = process.errorString();
        return {};
    }
    process.write(commandLine + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        *error = QStringLiteral("the shell did not finish");
        process.kill();
        return {};
    }
    if (process.exitCode() != 0)
        *error = QString::fromLocal8Bit(process.readAllStandardError());
    return process.readAllStandardOutput();
}

QStringList shells()
{
    QStringList found;
    for (const char *path : {"/bin/sh", "/bin/dash", "/bin/bash", "/bin/busybox"}) {
        if (QFileInfo(QString::fromLatin1(path)).isExecutable())
            found << QString::fromLatin1(path);
    }
    return found;
}

} // namespace

class TestShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesExactly_data();
    void quotesExactly();
    void roundTripsThroughShell_data();
    void roundTripsThroughShell();
    void joinKeepsWordsApart_data();
    void joinKeepsWordsApart();
    void helperRejectsMangledArguments();
};

void TestShellQuote::quotesExactly_data()
{
    QTest::addColumn<QByteArray>("arg");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("empty") << QByteArray() << QByteArray("''");
    QTest::newRow("plain word stays readable") << QByteArray("/usr/bin/true") << QByteArray("/usr/bin/true");
    QTest::newRow("option") << QByteArray("--name=x") << QByteArray("'--name=x'");
    QTest::newRow("space") << QByteArray("a b") << QByteArray("'a b'");
    QTest::newRow("single quote") << QByteArray("it's") << QByteArray("'it'\\''s'");
    QTest::newRow("dollar") << QByteArray("$(x)") << QByteArray("'$(x)'");
    QTest::newRow("star") << QByteArray("*") << QByteArray("'*'");
    QTest::newRow("high byte") << QByteArray("\xff") << QByteArray("'\xff'");
}

void TestShellQuote::quotesExactly()
{
    QFETCH(QByteArray, arg);
    QFETCH(QByteArray, quoted);
    QCOMPARE(shellQuote(arg), quoted);
}

void TestShellQuote::roundTripsThroughShell_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QByteArray>("arg");
    const QStringList available = shells();
    QVERIFY2(!available.isEmpty(), "no POSIX shell found");
    for (const QString &shell : available) {
        for (const auto &[name, value] : hostileArguments())
            QTest::addRow("%s: %s", qPrintable(shell), name.constData()) << shell << value;
    }
}

void TestShellQuote::roundTripsThroughShell()
{
    QFETCH(QString, shell);
    QFETCH(QByteArray, arg);
    QString error;
    // printf %s prints its argument unchanged (no escapes are interpreted).
    const QByteArray out = runThroughShell(shell, shellJoin({"printf", "%s", arg}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out, arg);
}

void TestShellQuote::joinKeepsWordsApart_data()
{
    QTest::addColumn<QString>("shell");
    for (const QString &shell : shells())
        QTest::newRow(qPrintable(shell)) << shell;
}

void TestShellQuote::joinKeepsWordsApart()
{
    QFETCH(QString, shell);
    // All hostile arguments in one command: each arrives as its own word, in
    // order, with nothing split, merged, expanded or dropped.
    QList<QByteArray> expected;
    QList<QByteArray> argv {"printf", "%s\\0"};
    for (const auto &entry : hostileArguments()) {
        expected << entry.second;
        argv << entry.second;
    }
    QString error;
    const QByteArray out = runThroughShell(shell, shellJoin(argv), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<QByteArray> words = out.split('\0');
    QCOMPARE(words.takeLast(), QByteArray());
    QCOMPARE(words.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(words.at(i), expected.at(i));
}

void TestShellQuote::helperRejectsMangledArguments()
{
    // The round trip can fail: unquoted text is split and expanded by the shell.
    QString error;
    const QByteArray out = runThroughShell(QStringLiteral("/bin/sh"), "printf %s a   b '$HOME'", &error);
    QVERIFY(error.isEmpty());
    QVERIFY(out != QByteArray("a   b '$HOME'"));
    QCOMPARE(out, QByteArray("ab$HOME"));
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
