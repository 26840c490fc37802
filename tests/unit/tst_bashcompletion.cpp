// The bash completion the build writes (target manpages, antler-docgen),
// sourced into a real bash and asked for candidates as bash asks when Tab is
// pressed: command words, options, pipeline subcommands, stage names from the
// active profile (through the real antler) and playbook files.

#include "cli/CommandCatalog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using antler::cli::CommandCatalog;
using antler::cli::CommandSpec;

class TestBashCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void candidates_data();
    void candidates();
    void everyVisibleOptionIsOffered();

private:
    // The candidates bash would offer for line, the cursor at its end.
    QStringList complete(const QString &line) const;

    QTemporaryDir m_dir;
};

void TestBashCompletion::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ANTLER_BINARY_DIR "/completion/antler")));
    QVERIFY(m_dir.isValid());
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("work/roles")));
    QVERIFY(dir.mkpath(QStringLiteral("config")));
    for (const char *name : {"work/site.yml", "work/setup.yaml", "work/notes.txt"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    // A profile with stages of its own, for --config.
    QFile profile(dir.filePath(QStringLiteral("work/pi.yaml")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("version: 1\nstages:\n"
                  "  - {name: qa, runtime: local, host: 127.0.0.1, port: 18581}\n"
                  "  - {name: live, runtime: local, host: 127.0.0.1, port: 18582}\n");
}

QStringList TestBashCompletion::complete(const QString &line) const
{
    // COMP_WORDS as bash splits the line; an empty last word when the line
    // ends with a space.
    QStringList words = line.split(QLatin1Char(' '));
    QString script = QStringLiteral("source '" ANTLER_BINARY_DIR "/completion/antler'\nCOMP_WORDS=(");
    words[0] = QStringLiteral(ANTLER_EXECUTABLE);
    for (const QString &word : words)
        script += QLatin1Char('\'') + word + QLatin1String("' ");
    script += QStringLiteral(")\nCOMP_CWORD=%1\nCOMP_LINE='%2'\nCOMP_POINT=${#COMP_LINE}\n_antler\n"
                             "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                  .arg(words.size() - 1)
                  .arg(line);

    QProcess bash;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The Local profile: no antler.yaml of the user's or the system's.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("DISPLAY"));
    bash.setProcessEnvironment(environment);
    bash.setWorkingDirectory(m_dir.filePath(QStringLiteral("work")));
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script});
    if (!bash.waitForFinished(30000))
        return {QStringLiteral("(bash did not finish)")};
    const QString errors = QString::fromUtf8(bash.readAllStandardError());
    if (!errors.isEmpty() || bash.exitCode() != 0)
        return {QStringLiteral("(bash: %1)").arg(errors)};
    QStringList candidates
        = QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    candidates.sort();
    return candidates;
}

void TestBashCompletion::candidates_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QStringList>("notOffered");

    QTest::newRow("command words") << "antler " << QStringList {"help", "pipeline", "status"}
                                   << QStringList {"__complete", "--config"};
    QTest::newRow("window options") << "antler --" << QStringList {"--config", "--run-playbook", "--version", "--help"}
                                    << QStringList {"--screenshot", "--json"};
    QTest::newRow("pipeline options") << "antler pipeline --"
                                      << QStringList {"--config", "--json", "--digest", "--yes", "--limit", "--help"}
                                      << QStringList {"--watch", "--check"};
    QTest::newRow("subcommand options") << "antler pipeline deploy --" << QStringList {"--config", "--json", "--digest"}
                                        << QStringList {"--yes", "--reason", "--limit"};
    QTest::newRow("pipeline subcommands")
        << "antler pipeline "
        << QStringList {"build", "deploy", "promote", "rollback", "pin", "unpin", "history", "status", "stop"}
        << QStringList {"help", "--json"};
    QTest::newRow("stage names") << "antler pipeline deploy " << QStringList {"test", "staging", "production"}
                                 << QStringList {"qa"};
    QTest::newRow("stage names, prefix") << "antler pipeline promote test st" << QStringList {"staging"}
                                         << QStringList {"test", "production"};
    QTest::newRow("stage names of --config")
        << "antler pipeline --config pi.yaml rollback " << QStringList {"qa", "live"} << QStringList {"test"};
    QTest::newRow("history --stage") << "antler pipeline history --stage "
                                     << QStringList {"test", "staging", "production"} << QStringList {};
    QTest::newRow("playbook files") << "antler --run-playbook " << QStringList {"site.yml", "setup.yaml", "roles"}
                                    << QStringList {"notes.txt"};
    QTest::newRow("playbook file, prefix")
        << "antler --run-playbook si" << QStringList {"site.yml"} << QStringList {"setup.yaml"};
    QTest::newRow("playbook after flags")
        << "antler --run-playbook --check " << QStringList {"site.yml"} << QStringList {"notes.txt"};
    QTest::newRow("run-playbook options")
        << "antler --run-playbook site.yml --li"
        << QStringList {"--limit", "--list-tasks", "--list-hosts", "--list-tags"} << QStringList {"--check"};
    QTest::newRow("inventory is any file")
        << "antler --run-playbook site.yml -i " << QStringList {"notes.txt", "site.yml"} << QStringList {};
    QTest::newRow("status options") << "antler status --" << QStringList {"--json", "--watch", "--config"}
                                    << QStringList {"--digest"};
    QTest::newRow("help topics") << "antler help " << QStringList {"window", "run-playbook", "pipeline", "status"}
                                 << QStringList {"__complete"};
}

void TestBashCompletion::candidates()
{
    QFETCH(QString, line);
    QFETCH(QStringList, offered);
    QFETCH(QStringList, notOffered);

    const QStringList candidates = complete(line);
    const QString shown = candidates.join(QLatin1Char(' '));
    for (const QString &candidate : offered)
        QVERIFY2(candidates.contains(candidate) || candidates.contains(candidate + QLatin1Char('/')),
                 qPrintable(candidate + QLatin1String(" not in: ") + shown));
    for (const QString &candidate : notOffered)
        QVERIFY2(!candidates.contains(candidate), qPrintable(candidate + QLatin1String(" in: ") + shown));
}

// The script is written from the declarations: nothing declared is missing.
void TestBashCompletion::everyVisibleOptionIsOffered()
{
    for (const CommandSpec &spec : CommandCatalog::specs()) {
        if (spec.hidden || spec.options.isEmpty())
            continue;
        QString line = spec.invocation == CommandSpec::Invocation::Window ? QStringLiteral("antler --")
            : spec.invocation == CommandSpec::Invocation::Switch ? QStringLiteral("antler --%1 x --").arg(spec.name)
                                                                 : QStringLiteral("antler %1 --").arg(spec.name);
        const QStringList candidates = complete(line);
        for (const CommandSpec::Option &option : spec.options) {
            if (option.hidden || option.names.constFirst().size() == 1)
                continue;
            const QString name = CommandSpec::Option::dashed(option.names.constFirst());
            QVERIFY2(candidates.contains(name), qPrintable(line + QLatin1String(": ") + name));
        }
    }
}

QTEST_GUILESS_MAIN(TestBashCompletion)
#include "tst_bashcompletion.moc"
