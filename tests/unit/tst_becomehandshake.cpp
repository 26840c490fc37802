#include "transport/BecomeHandshake.h"

#include <QTest>

using antler::transport::BecomeHandshake;
using antler::transport::BuiltCommand;

namespace {

// The prompt and marker of every transcript; a real BuiltCommand has random ones.
const QByteArray prompt = "[antler-become-0123abcd] ";
const QByteArray marker = "ANTLER-BECOME-SUCCESS-0123abcd";

BuiltCommand built()
{
    BuiltCommand command;
    command.become = true;
    command.prompt = prompt;
    command.marker = marker;
    command.becomeUser = QStringLiteral("postgres");
    return command;
}

// A transcript line as written in the table: PROMPT and MARKER stand for the command's own.
QByteArray expand(QByteArray text)
{
    return text.replace("PROMPT", prompt).replace("MARKER", marker);
}

} // namespace

Q_DECLARE_METATYPE(BecomeHandshake::Action)

class TestBecomeHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcripts_data();
    void transcripts();
    void stdoutIsHeldUntilTheMarker();
    void passwordIsScrubbedFromEverythingPassedOn();
};

// Each row is sudo's side of a conversation, as the chunks of stderr the
// transport reads, with the action the handshake asks for after each chunk.
void TestBecomeHandshake::transcripts_data()
{
    using A = BecomeHandshake::Action;
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArrayList>("stderrChunks");
    QTest::addColumn<QList<A>>("actions");
    QTest::addColumn<bool>("done");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QByteArray>("passedOn"); // the command's own stderr
    QTest::addColumn<QString>("failureNames"); // part of failure(); empty: not checked

    QTest::newRow("no password needed (NOPASSWD)")
        << QString() << QByteArrayList {"MARKER\nwarning: disk 91% full\n"} << QList<A> {A::None} << true << false
        << QByteArray("warning: disk 91% full\n") << QString();
    QTest::newRow("prompt seen, password accepted")
        << QStringLiteral("s3cret") << QByteArrayList {"PROMPT", "MARKER\n"} << QList<A> {A::SendPassword, A::None}
        << true << false << QByteArray() << QString();
    QTest::newRow("prompt and marker in one chunk")
        << QStringLiteral("s3cret") << QByteArrayList {"PROMPTMARKER\nnot-a-prompt\n"} << QList<A> {A::SendPassword}
        << true << false << QByteArray("not-a-prompt\n") << QString();
    QTest::newRow("lecture before the prompt")
        << QStringLiteral("s3cret")
        << QByteArrayList {"\nWe trust you have received the usual lecture from the local System\nAdministrator. It "
                           "usually boils down to these three things:\n\n",
                           "PROMPT", "MARKER\n"}
        << QList<A> {A::None, A::SendPassword, A::None} << true << false << QByteArray() << QString();
    QTest::newRow("prompt split over two reads")
        << QStringLiteral("s3cret")
        << QByteArrayList {"[antler-become-", "0123abcd] ", "ANTLER-BECOME-", "SUCCESS-0123abcd\n"}
        << QList<A> {A::None, A::SendPassword, A::None, A::None} << true << false << QByteArray() << QString();
    QTest::newRow("wrong password: the prompt comes again")
        << QStringLiteral("wrong") << QByteArrayList {"PROMPT", "Sorry, try again.\nPROMPT"}
        << QList<A> {A::SendPassword, A::Failed} << false << true << QByteArray()
        << QStringLiteral("sudo refused the become password");
    QTest::newRow("password needed, none given")
        << QString() << QByteArrayList {"PROMPT"} << QList<A> {A::Failed} << false << true << QByteArray()
        << QStringLiteral("no become password was given");
    QTest::newRow("not in sudoers: sudo ends without a prompt")
        << QStringLiteral("s3cret") << QByteArrayList {"alice is not in the sudoers file.\n"} << QList<A> {A::None}
        << false << false << QByteArray() << QStringLiteral("sudo said: alice is not in the sudoers file.");
    QTest::newRow("sudo ends saying nothing")
        << QStringLiteral("s3cret") << QByteArrayList {} << QList<A> {} << false << false << QByteArray()
        << QStringLiteral("sudo ended before the command started");
    QTest::newRow("the command's stderr looks like a prompt")
        << QString() << QByteArrayList {"MARKER\n", "PROMPT\n"} << QList<A> {A::None, A::None} << true << false
        << expand("PROMPT\n") << QString();
}

void TestBecomeHandshake::transcripts()
{
    QFETCH(QString, password);
    QFETCH(QByteArrayList, stderrChunks);
    QFETCH(QList<BecomeHandshake::Action>, actions);
    QFETCH(bool, done);
    QFETCH(bool, failed);
    QFETCH(QByteArray, passedOn);
    QFETCH(QString, failureNames);

    BecomeHandshake handshake(built(), password);
    QList<BecomeHandshake::Action> seen;
    QByteArray output;
    for (const QByteArray &chunk : std::as_const(stderrChunks)) {
        QByteArray part;
        seen << handshake.feedStderr(expand(chunk), &part);
        output += part;
    }
    QCOMPARE(seen, actions);
    QCOMPARE(handshake.isDone(), done);
    QCOMPARE(handshake.isFailed(), failed);
    QCOMPARE(output, passedOn);
    if (!failureNames.isEmpty()) {
        const QString failure = handshake.failure(QStringLiteral("db1"));
        QVERIFY2(failure.contains(failureNames), qPrintable(failure));
        QVERIFY2(failure.startsWith(QStringLiteral("Cannot become postgres with sudo on db1: ")), qPrintable(failure));
        if (!password.isEmpty())
            QVERIFY(!failure.contains(password));
    }
}

void TestBecomeHandshake::stdoutIsHeldUntilTheMarker()
{
    BecomeHandshake handshake(built(), QStringLiteral("s3cret"));
    QCOMPARE(handshake.feedStdout("early "), QByteArray());
    QByteArray part;
    QCOMPARE(handshake.feedStderr(prompt, &part), BecomeHandshake::Action::SendPassword);
    QCOMPARE(handshake.feedStdout("output"), QByteArray());
    handshake.feedStderr(marker + '\n', &part);
    QVERIFY(handshake.isDone());
    QCOMPARE(handshake.takeHeldStdout(), QByteArray("early output"));
    QCOMPARE(handshake.takeHeldStdout(), QByteArray());
    QCOMPARE(handshake.feedStdout("late"), QByteArray("late"));
}

void TestBecomeHandshake::passwordIsScrubbedFromEverythingPassedOn()
{
    BecomeHandshake handshake(built(), QStringLiteral("s3cret"));
    QByteArray part;
    handshake.feedStderr(prompt, &part);
    handshake.feedStderr(marker + "\n", &part);
    handshake.feedStderr("echoed s3cret twice: s3cret\n", &part);
    QCOMPARE(part, QByteArray("echoed ******** twice: ********\n"));

    BecomeHandshake refused(built(), QStringLiteral("s3cret"));
    refused.feedStderr("sudo: s3cret is not a valid user\n", &part);
    const QString failure = refused.failure(QStringLiteral("db1"));
    QVERIFY2(!failure.contains(QStringLiteral("s3cret")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("********")), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestBecomeHandshake)
#include "tst_becomehandshake.moc"
