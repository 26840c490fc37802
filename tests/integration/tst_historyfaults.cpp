// Faults around the pipeline history, through the real antler program: a
// damaged file is kept and replaced only with consent, and a full disk gives
// one clear sentence and loses nothing (a real tmpfs of a few megabytes,
// mounted in a private user and mount namespace, so no root is needed).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestHistoryFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedHistoryIsKeptUntilTheUserAgrees();
    void fullDiskLosesNothing();

private:
    Run antler(const QStringList &arguments);
    QString historyPath() const { return m_dir->filePath(QStringLiteral("data/antler/history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestHistoryFaults::antler(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANTLER_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestHistoryFaults::damagedHistoryIsKeptUntilTheUserAgrees()
{
    QVERIFY(QDir().mkpath(QFileInfo(historyPath()).absolutePath()));
    const QByteArray bytes = QByteArray("a history overwritten by something else\n").repeated(300);
    {
        QFile file(historyPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // Without consent: one sentence that names the file and the way out; the file is untouched.
    for (const QString &command : {QStringLiteral("history"), QStringLiteral("build")}) {
        const Run run = antler({QStringLiteral("pipeline"), command});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(historyPath() + QStringLiteral(": the pipeline history is damaged")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--new-history")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QFile file(historyPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QCOMPARE(QDir(QFileInfo(historyPath()).absolutePath()).entryList(QDir::Files),
                 QStringList {QStringLiteral("history.sqlite")});
    }

    // With consent: kept under a new name, byte for byte, and a new history works.
    const Run run = antler({QStringLiteral("pipeline"), QStringLiteral("build"), QStringLiteral("--new-history")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("the damaged pipeline history is kept as ")), qPrintable(run.err));
    const QStringList kept = QDir(QFileInfo(historyPath()).absolutePath())
                                 .entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QFile old(QFileInfo(historyPath()).absolutePath() + QLatin1Char('/') + kept.constFirst());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), bytes);

    const Run list = antler({QStringLiteral("pipeline"), QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray entries
        = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("operations")).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("build"));
}

void TestHistoryFaults::fullDiskLosesNothing()
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    QVERIFY2(!unshare.isEmpty(), "unshare (util-linux) is missing");
    {
        QProcess probe;
        probe.start(unshare,
                    {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                     QStringLiteral("true")});
        probe.waitForFinished();
        if (probe.exitCode() != 0) {
            QSKIP(qPrintable(QStringLiteral("this kernel does not allow private user and mount namespaces (%1)")
                                 .arg(QString::fromLocal8Bit(probe.readAllStandardError()).trimmed())));
        }
    }
    // Everything the program writes lives on a 32 MB tmpfs; each step prints
    // a marker line, its exit code and what it said, for the checks below.
    const QString script = QStringLiteral(R"(
set -u
D=$1; A=$2
# The tmpfs holds what antler writes; the captured output stays outside it.
M=$D/mnt; mkdir -p "$M"
mount -t tmpfs -o size=32m tmpfs "$M" || { echo "MOUNT-FAILED"; exit 0; }
export XDG_DATA_HOME=$M/data XDG_CONFIG_HOME=$M/config XDG_CACHE_HOME=$M/cache
step() { name=$1; shift; "$A" "$@" >"$D/out" 2>"$D/err"; echo "== $name $?"; cat "$D/err"; echo "-- out"; cat "$D/out"; }
step first-build pipeline build
# The largest file the build wrote: its artifact.
artifact=$(find "$M" -type f -printf '%s\n' | sort -n | tail -n 1)
dd if=/dev/zero of="$M/filler" bs=1M 2>/dev/null
step build-on-full-disk pipeline build
step history-on-full-disk pipeline history --json
# Room for half the artifact (capped at 1 MB): the history opens, the
# artifact does not fit, however large the build makes it.
room=$((artifact / 2)); [ "$room" -le 1048576 ] || room=1048576
truncate -s -"$room" "$M/filler"
step build-with-little-room pipeline build
rm -f "$M/filler"
step history-after pipeline history --json
step build-after pipeline build
step history-last pipeline history --json
)");
    QProcess process;
    process.start(unshare,
                  {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                   QStringLiteral("bash"), QStringLiteral("-c"), script, QStringLiteral("faults"), m_dir->path(),
                   QStringLiteral(ANTLER_EXECUTABLE)});
    QVERIFY(process.waitForFinished(300000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(!output.contains(QLatin1String("MOUNT-FAILED")), qPrintable(process.readAllStandardError()));

    // name → (exit code, stderr, stdout)
    QHash<QString, Run> steps;
    const QStringList blocks = output.split(QStringLiteral("== "), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const qsizetype head = block.indexOf(QLatin1Char('\n'));
        const QStringList title = block.left(head).split(QLatin1Char(' '));
        const qsizetype outAt = block.indexOf(QStringLiteral("-- out\n"));
        if (title.size() != 2 || outAt < 0)
            continue;
        Run run;
        run.exitCode = title.at(1).toInt();
        run.err = block.mid(head + 1, outAt - head - 1);
        run.out = block.mid(outAt + 7);
        steps.insert(title.at(0), run);
    }
    QVERIFY2(steps.size() == 7, qPrintable(output));
    auto entries = [&](const QString &name) {
        return QJsonDocument::fromJson(steps[name].out.toUtf8()).object().value(QStringLiteral("operations")).toArray();
    };

    QVERIFY2(steps["first-build"].exitCode == 0, qPrintable(steps["first-build"].err));

    // The history cannot even be opened for writing: one sentence, nothing started.
    const Run full = steps["build-on-full-disk"];
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QLatin1String("the disk holding the pipeline history is full; free some space")),
             qPrintable(output));
    QCOMPARE(full.err.count(QLatin1Char('\n')), 1);

    // Reading still works while the disk is full.
    QVERIFY2(steps["history-on-full-disk"].exitCode == 0, qPrintable(steps["history-on-full-disk"].err));
    QCOMPARE(entries("history-on-full-disk").size(), 1);

    // Room for the record but not the artifact: the build fails and says why, and is recorded as failed.
    const Run partial = steps["build-with-little-room"];
    QCOMPARE(partial.exitCode, 2);
    QVERIFY2(partial.err.contains(QLatin1String("is full; free some space and build again")), qPrintable(partial.err));

    // Space back: everything written before is there, and work goes on.
    const QJsonArray after = entries("history-after");
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(after.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    QVERIFY2(steps["build-after"].exitCode == 0, qPrintable(steps["build-after"].err));
    const QJsonArray last = entries("history-last");
    QCOMPARE(last.size(), 3);
    QCOMPARE(last.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(last.at(2).toObject().value(QStringLiteral("digest")).toString(),
             last.at(0).toObject().value(QStringLiteral("digest")).toString());
}

QTEST_GUILESS_MAIN(TestHistoryFaults)
#include "tst_historyfaults.moc"
