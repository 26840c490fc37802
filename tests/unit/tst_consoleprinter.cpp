#include "playbook/AnsibleJson.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/JsonPrinter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace antler::playbook;

class TestConsolePrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsLikeAnsiblePlaybook();
    void verboseShowsResults();
    void liveOutputIsPrefixedByHost();
    void unreachableAndNoHostsLeft();
    void warningsGoToStandardError();
    void bannerWidth();
    void ansibleJsonSpacing();
    void jsonPrinterWritesOneDocument();
    void diffIsPrintedLikeDifflib();

private:
    static QList<PlaybookEvent> demoRun();
};

namespace {

PlaybookEvent makeEvent(PlaybookEvent::Type type)
{
    PlaybookEvent e;
    e.type = type;
    e.time = QDateTime(QDate(2026, 11, 26), QTime(5, 49, 27), Qt::UTC);
    return e;
}

// A play as the runner starts it: with the hosts its pattern matched (a
// play that matched none prints "skipping: no hosts matched").
PlaybookEvent play(const QString &name, const QStringList &hosts = {QStringLiteral("alpha"), QStringLiteral("beta")})
{
    PlaybookEvent e = makeEvent(PlaybookEvent::Type::PlayStarted);
    e.play = name;
    e.hosts = hosts;
    e.location = SourceLocation(QStringLiteral("pb.yml"), 1, 3);
    return e;
}

PlaybookEvent task(const QString &name, const QString &module, int line)
{
    PlaybookEvent e = makeEvent(PlaybookEvent::Type::TaskStarted);
    e.task = name;
    e.module = module;
    e.location = SourceLocation(QStringLiteral("pb.yml"), line, 7);
    return e;
}

PlaybookEvent result(const QString &host, const QString &module, TaskResult::Status status, const QVariantMap &data,
                     bool ignored = false, bool verboseAlways = false)
{
    PlaybookEvent e = makeEvent(PlaybookEvent::Type::HostResult);
    e.host = host;
    e.module = module;
    e.result.status = status;
    e.result.data = data;
    e.result.ignored = ignored;
    e.result.verboseAlways = verboseAlways;
    return e;
}

QVariantMap commandData(const QVariant &cmd, int rc, const QString &stdoutText)
{
    QVariantMap data {
        {QStringLiteral("changed"), true},
        {QStringLiteral("cmd"), cmd},
        {QStringLiteral("delta"), QStringLiteral("0:00:00.009116")},
        {QStringLiteral("end"), QStringLiteral("2026-11-26 05:49:27.446733")},
        {QStringLiteral("start"), QStringLiteral("2026-11-26 05:49:27.437617")},
        {QStringLiteral("rc"), rc},
        {QStringLiteral("stderr"), QString()},
        {QStringLiteral("stderr_lines"), QVariantList()},
        {QStringLiteral("stdout"), stdoutText},
        {QStringLiteral("stdout_lines"), stdoutText.isEmpty() ? QVariantList() : QVariantList {stdoutText}}};
    if (rc != 0)
        data.insert(QStringLiteral("msg"), QStringLiteral("non-zero return code"));
    else
        data.insert(QStringLiteral("msg"), QString());
    return data;
}

QString printAll(const QList<PlaybookEvent> &events, int verbosity = 0, QString *errors = nullptr)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ConsolePrinter printer(&outStream, &errStream);
    printer.setVerbosity(verbosity);
    for (const PlaybookEvent &e : events)
        printer.print(e);
    outStream.flush();
    errStream.flush();
    if (errors)
        *errors = err;
    return out;
}

} // namespace

// The run of tests/data/playbooks/console/demo.yml by ansible-playbook 2.14,
// as events.
QList<PlaybookEvent> TestConsolePrinter::demoRun()
{
    const QString alpha = QStringLiteral("alpha");
    const QString beta = QStringLiteral("beta");
    using S = TaskResult::Status;
    QList<PlaybookEvent> events;
    events << makeEvent(PlaybookEvent::Type::PlaybookStarted) << play(QStringLiteral("Demo play"));
    events << task(QStringLiteral("say"), QStringLiteral("command"), 6);
    for (const QString &host : {alpha, beta})
        events << result(
            host, QStringLiteral("command"), S::Changed,
            commandData(QStringList {QStringLiteral("echo"), QStringLiteral("hello")}, 0, QStringLiteral("hello")));
    events << task(QStringLiteral("debug"), QStringLiteral("debug"), 9);
    for (const QString &host : {alpha, beta})
        events << result(host, QStringLiteral("debug"), S::Ok,
                         {{QStringLiteral("changed"), false},
                          {QStringLiteral("msg"), QStringLiteral("got hello rc=0 ['hello'] True")}},
                         false, true);
    events << task(QStringLiteral("quiet"), QStringLiteral("command"), 12);
    for (const QString &host : {alpha, beta})
        events << result(host, QStringLiteral("command"), S::Ok, {{QStringLiteral("changed"), false}});
    events << task(QStringLiteral("ping"), QStringLiteral("ping"), 15);
    for (const QString &host : {beta, alpha})
        events << result(host, QStringLiteral("ping"), S::Ok,
                         {{QStringLiteral("changed"), false}, {QStringLiteral("ping"), QStringLiteral("pong")}});
    events << task(QStringLiteral("fail but ignore"), QStringLiteral("shell"), 16);
    for (const QString &host : {alpha, beta})
        events << result(host, QStringLiteral("shell"), S::Failed, commandData(QStringLiteral("exit 3"), 3, QString()),
                         true);
    events << task(QStringLiteral("fail"), QStringLiteral("command"), 19);
    for (const QString &host : {alpha, beta})
        events << result(host, QStringLiteral("command"), S::Failed,
                         commandData(QStringList {QStringLiteral("/bin/false")}, 1, QString()));
    PlaybookEvent finished = makeEvent(PlaybookEvent::Type::PlaybookFinished);
    HostStats stats;
    stats.ok = 5;
    stats.changed = 2;
    stats.failed = 1;
    stats.ignored = 1;
    finished.stats.insert(alpha, stats);
    finished.stats.insert(beta, stats);
    finished.exitCode = 2;
    events << finished;
    return events;
}

void TestConsolePrinter::printsLikeAnsiblePlaybook()
{
    QFile expected(QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/playbooks/console/demo.out"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QString text = printAll(demoRun());
    const QStringList actualLines = text.split(QLatin1Char('\n'));
    const QStringList expectedLines = QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i)
        QCOMPARE(actualLines.at(i), expectedLines.at(i));
    QCOMPARE(actualLines.size(), expectedLines.size());
}

void TestConsolePrinter::verboseShowsResults()
{
    using S = TaskResult::Status;
    const QString text
        = printAll({result(QStringLiteral("h"), QStringLiteral("ping"), S::Ok,
                           {{QStringLiteral("changed"), false}, {QStringLiteral("ping"), QStringLiteral("pong")}})},
                   1);
    QCOMPARE(text, QStringLiteral("ok: [h] => {\"changed\": false, \"ping\": \"pong\"}\n"));
    QCOMPARE(
        printAll({result(QStringLiteral("h"), QStringLiteral("ping"), S::Ok, {{QStringLiteral("changed"), false}})}),
        QStringLiteral("ok: [h]\n"));
}

void TestConsolePrinter::liveOutputIsPrefixedByHost()
{
    PlaybookEvent line = makeEvent(PlaybookEvent::Type::HostOutput);
    line.host = QStringLiteral("pi1");
    line.text = QStringLiteral("Unpacking nginx (1.22.1-9) ...");
    QCOMPARE(printAll({line}), QStringLiteral("pi1 | Unpacking nginx (1.22.1-9) ...\n"));
}

void TestConsolePrinter::unreachableAndNoHostsLeft()
{
    PlaybookEvent unreachable
        = result(QStringLiteral("gamma"), QStringLiteral("ping"), TaskResult::Status::Unreachable, {});
    unreachable.result = TaskResult::unreachable(QStringLiteral("Failed to connect to the host via ssh"));
    const QString text = printAll({unreachable, makeEvent(PlaybookEvent::Type::NoHostsLeft)});
    QCOMPARE(text,
             QStringLiteral("fatal: [gamma]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to "
                            "connect to the host via ssh\", \"unreachable\": true}\n\n"
                            "NO MORE HOSTS LEFT ")
                 + QString(61, QLatin1Char('*')) + QLatin1Char('\n'));
}

void TestConsolePrinter::warningsGoToStandardError()
{
    PlaybookEvent warning = makeEvent(PlaybookEvent::Type::Warning);
    warning.text = QStringLiteral("facts are not gathered yet.");
    QString err;
    QCOMPARE(printAll({warning}, 0, &err), QString());
    QCOMPARE(err, QStringLiteral("[WARNING]: facts are not gathered yet.\n"));
}

void TestConsolePrinter::bannerWidth()
{
    QCOMPARE(ConsolePrinter::banner(QStringLiteral("PLAY RECAP")).size(), 80);
    QCOMPARE(ConsolePrinter::banner(QString(100, QLatin1Char('x'))),
             QString(100, QLatin1Char('x')) + QLatin1String(" ***"));
}

void TestConsolePrinter::ansibleJsonSpacing()
{
    const QVariantMap value {{QStringLiteral("b"), QVariantList {1, QStringLiteral("x\"y")}},
                             {QStringLiteral("a"), QVariantMap()},
                             {QStringLiteral("c"), QVariant()},
                             {QStringLiteral("d"), QStringLiteral("älg\n")}};
    QCOMPARE(AnsibleJson::compact(value),
             QStringLiteral("{\"a\": {}, \"b\": [1, \"x\\\"y\"], \"c\": null, \"d\": \"älg\\n\"}"));
    QCOMPARE(AnsibleJson::indented(
                 QVariantMap {{QStringLiteral("msg"), QVariantList {1, 2}}, {QStringLiteral("e"), QVariantList()}}),
             QStringLiteral("{\n    \"e\": [],\n    \"msg\": [\n        1,\n        2\n    ]\n}"));
}

void TestConsolePrinter::jsonPrinterWritesOneDocument()
{
    QString out;
    QTextStream stream(&out);
    JsonPrinter printer(&stream);
    for (const PlaybookEvent &e : demoRun())
        printer.print(e);
    stream.flush();
    QJsonParseError error;
    const QVariantMap document = QJsonDocument::fromJson(out.toUtf8(), &error).toVariant().toMap();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QVariantList plays = document.value(QStringLiteral("plays")).toList();
    QCOMPARE(plays.size(), 1);
    const QVariantMap firstPlay = plays.first().toMap();
    QCOMPARE(firstPlay.value(QStringLiteral("play")).toMap().value(QStringLiteral("name")).toString(),
             QStringLiteral("Demo play"));
    const QVariantList tasks = firstPlay.value(QStringLiteral("tasks")).toList();
    QCOMPARE(tasks.size(), 6);
    const QVariantMap say = tasks.first().toMap();
    QCOMPARE(say.value(QStringLiteral("task")).toMap().value(QStringLiteral("path")).toString(),
             QStringLiteral("pb.yml:6"));
    const QVariantMap alpha = say.value(QStringLiteral("hosts")).toMap().value(QStringLiteral("alpha")).toMap();
    QCOMPARE(alpha.value(QStringLiteral("action")).toString(), QStringLiteral("command"));
    QCOMPARE(alpha.value(QStringLiteral("stdout")).toString(), QStringLiteral("hello"));
    QCOMPARE(alpha.value(QStringLiteral("changed")).toBool(), true);
    const QVariantMap ignored
        = tasks.at(4).toMap().value(QStringLiteral("hosts")).toMap().value(QStringLiteral("beta")).toMap();
    QCOMPARE(ignored.value(QStringLiteral("failed")).toBool(), true);
    QCOMPARE(ignored.value(QStringLiteral("rc")).toInt(), 3);
    const QVariantMap stats = document.value(QStringLiteral("stats")).toMap().value(QStringLiteral("beta")).toMap();
    QCOMPARE(stats,
             (QVariantMap {{QStringLiteral("changed"), 2},
                           {QStringLiteral("failures"), 1},
                           {QStringLiteral("ignored"), 1},
                           {QStringLiteral("ok"), 5},
                           {QStringLiteral("rescued"), 0},
                           {QStringLiteral("skipped"), 0},
                           {QStringLiteral("unreachable"), 0}}));
    QVERIFY(out.startsWith(QLatin1String("{\n    \"custom_stats\": {},\n")));
}

void TestConsolePrinter::diffIsPrintedLikeDifflib()
{
    // The expected text is Python's difflib.unified_diff(n=3) of the same
    // texts, as ansible-playbook --diff prints it.
    const QVariantMap diff {{QStringLiteral("before"),
                             QStringLiteral("one\ntwo\nthree\nlisten = 0.0.0.0:8080\nfour\nfive\nsix\nseven\n"
                                            "eight\nnine\nten\n")},
                            {QStringLiteral("after"),
                             QStringLiteral("one\ntwo\nthree\nlisten = 127.0.0.1:8080\nfour\nfive\nsix\nseven\n"
                                            "eight\nnine\nten\neleven\n")},
                            {QStringLiteral("before_header"), QStringLiteral("/etc/x.conf")},
                            {QStringLiteral("after_header"), QStringLiteral("/etc/x.conf")}};
    QCOMPARE(ConsolePrinter::diffText(diff),
             QStringLiteral("--- before: /etc/x.conf\n+++ after: /etc/x.conf\n@@ -1,7 +1,7 @@\n one\n two\n three\n"
                            "-listen = 0.0.0.0:8080\n+listen = 127.0.0.1:8080\n four\n five\n six\n"
                            "@@ -9,3 +9,4 @@\n eight\n nine\n ten\n+eleven\n"));
}

QTEST_GUILESS_MAIN(TestConsolePrinter)
#include "tst_consoleprinter.moc"
