// The man pages the build writes (target manpages, antler-docgen): man
// renders them without a warning, and they name every command and option the
// parsers take, because they are written from the same declarations.

#include "ServerOptions.h"
#include "cli/CommandCatalog.h"
#include "cli/ManPage.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using antler::cli::CommandCatalog;
using antler::cli::CommandSpec;
using antler::cli::ManPage;

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersWithoutWarnings_data();
    void rendersWithoutWarnings();
    void antlerPageCoversEveryCommandAndOption();
    void moosefactsPageCoversEveryOption();
    void escapesWhatRoffWouldRead_data();
    void escapesWhatRoffWouldRead();

private:
    struct Rendered
    {
        int exitCode = -1;
        QString text;
        QString warnings;
    };
    static Rendered render(const QString &page);
    static QString page(const QString &name) { return QStringLiteral(ANTLER_BINARY_DIR "/man/%1.1").arg(name); }
};

TestManPage::Rendered TestManPage::render(const QString &path)
{
    QProcess man;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
    environment.remove(QStringLiteral("MANPAGER"));
    environment.insert(QStringLiteral("PAGER"), QStringLiteral("cat"));
    man.setProcessEnvironment(environment);
    man.start(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), path});
    Rendered rendered;
    if (!man.waitForFinished(60000))
        return rendered;
    rendered.exitCode = man.exitCode();
    // Plain text: drop the overstrike man uses for bold and underline.
    rendered.text = QString::fromUtf8(man.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral(".\b")));
    rendered.warnings = QString::fromUtf8(man.readAllStandardError());
    return rendered;
}

void TestManPage::rendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("antler") << "antler";
    QTest::newRow("moosefacts") << "moosefacts";
}

void TestManPage::rendersWithoutWarnings()
{
    QFETCH(QString, name);
    QVERIFY2(QFile::exists(page(name)), qPrintable(page(name)));
    const Rendered rendered = render(page(name));
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.warnings.isEmpty(), qPrintable(rendered.warnings));
    QVERIFY(rendered.text.contains(QStringLiteral("NAME")));
    // man justifies lines: compare with single spaces.
    QVERIFY(QString(rendered.text)
                .replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" "))
                .contains(name + QStringLiteral(" - ")));
    for (const QString &line : rendered.text.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 80, qPrintable(line));

    // The check above can fail: a page with a mistake in it does warn.
    QTemporaryFile broken;
    QVERIFY(broken.open());
    broken.write(".TH BROKEN 1\n.SH NAME\nbroken \\- a test\n.SH DESCRIPTION\n\\fB\\-\\-x\n.foo bar\n");
    broken.close();
    QVERIFY(!render(broken.fileName()).warnings.isEmpty());
}

void TestManPage::antlerPageCoversEveryCommandAndOption()
{
    const Rendered rendered = render(page(QStringLiteral("antler")));
    const QString text = QString(rendered.text).replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" "));
    for (const char *section : {"SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "FILES", "SEE ALSO"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
    for (const CommandSpec &spec : CommandCatalog::specs()) {
        if (spec.hidden)
            continue;
        QVERIFY2(text.contains(spec.invocationText()), qPrintable(spec.invocationText()));
        if (!spec.title.isEmpty())
            QVERIFY2(text.contains(spec.title), qPrintable(spec.title));
        for (const CommandSpec::Subcommand &subcommand : spec.subcommands)
            QVERIFY2(text.contains(spec.invocationText() + QLatin1Char(' ') + subcommand.name),
                     qPrintable(subcommand.name));
        for (const CommandSpec::Option &option : spec.options) {
            for (const QString &name : option.names) {
                const QString dashed = CommandSpec::Option::dashed(name);
                const bool shown = text.contains(QRegularExpression(
                    QStringLiteral("(^|[ ,\\[])%1([ ,.\\]\\n]|$)").arg(QRegularExpression::escape(dashed)),
                    QRegularExpression::MultilineOption));
                QVERIFY2(shown != option.hidden, qPrintable(spec.name + QLatin1Char(' ') + dashed));
            }
        }
    }
    QVERIFY(!text.contains(QLatin1String(":/antler")));
}

void TestManPage::moosefactsPageCoversEveryOption()
{
    const QString text = render(page(QStringLiteral("moosefacts")))
                             .text.replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" "));
    const QList<QCommandLineOption> options = moosefacts::ServerOptions::declarations();
    QVERIFY(options.size() > 10);
    for (const QCommandLineOption &option : options) {
        for (const QString &name : option.names()) {
            const QString dashed = (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
            QVERIFY2(text.contains(dashed), qPrintable(dashed));
        }
    }
    QVERIFY(text.contains(QLatin1String("/healthz")));
}

void TestManPage::escapesWhatRoffWouldRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("dash") << "--check"
                          << "\\-\\-check";
    QTest::newRow("backslash") << "a\\b"
                               << "a\\eb";
    QTest::newRow("leading dot") << ".hidden"
                                 << "\\&.hidden";
    QTest::newRow("leading quote") << "'x'"
                                   << "\\&'x'";
    QTest::newRow("quotes") << "“antler”"
                            << "\\[u201C]antler\\[u201D]";
    QTest::newRow("plain") << "plain text"
                           << "plain text";
}

void TestManPage::escapesWhatRoffWouldRead()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ManPage::escape(text), escaped);
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
