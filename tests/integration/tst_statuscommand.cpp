// `antler status` against real moosefacts processes: a temporary antler.yaml
// with three local stages, two of them running.
#include "FreePort.h"
#include "ServerProcess.h"
#include "cli/StatusCommand.h"
#include "health/HealthHistory.h"
#include "pipeline/History.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>

using namespace antler;

namespace {

QStringList frontendArguments(const QString &stage)
{
    return {QStringLiteral("--static-dir"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend"),
            QStringLiteral("--stage"), stage};
}

health::HealthSettings fastSettings()
{
    // The user path only, so every state change the test sees is up or down.
    health::HealthSettings settings;
    settings.allowShortIntervals = true;
    settings.probes = {health::ProbeSpec {health::ProbeSpec::Kind::Frontend, 200, 2000},
                       health::ProbeSpec {health::ProbeSpec::Kind::Api, 200, 2000}};
    return settings;
}

} // namespace

class TestStatusCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ServerProcess m_test;
    test::ServerProcess m_staging;
    quint16 m_productionPort = 0;
    QString m_config;

    int run(cli::StatusCommand &command, const QStringList &arguments, QString *out, QString *err)
    {
        QTextStream outStream(out);
        QTextStream errStream(err);
        const int code = command.execute(arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANTLER_IMAGE_DIGEST"), QStringLiteral("sha256:0123456789abcdef0123456789abcdef"));
        QVERIFY2(m_test.start(frontendArguments(QStringLiteral("test")), env), qPrintable(m_test.errorText()));
        QVERIFY2(m_staging.start(frontendArguments(QStringLiteral("staging"))), qPrintable(m_staging.errorText()));
        m_productionPort = test::freeLoopbackPort(); // nothing listens there
        m_config = m_dir.filePath(QStringLiteral("antler.yaml"));
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray yaml = "version: 1\nprofile: local\nregistry: none\nstages:\n";
        const QList<std::pair<QByteArray, quint16>> stages {
            {"test", m_test.port()}, {"staging", m_staging.port()}, {"production", m_productionPort}};
        for (const auto &[name, port] : stages) {
            yaml += "  - name: " + name
                + "\n    runtime: local\n    host: 127.0.0.1\n    port: " + QByteArray::number(port) + '\n';
        }
        file.write(yaml);
    }

    void jsonReportsEveryStage()
    {
        cli::StatusCommand command;
        command.setPipelineHistoryPath(QString());
        command.setHistoryPath(m_dir.filePath(QStringLiteral("json.sqlite")));
        command.setExpectedDigests({{QStringLiteral("test"), QStringLiteral("sha256:ffff")}});
        QString out;
        QString err;
        const int code = run(command, {QStringLiteral("--json"), QStringLiteral("--config"), m_config}, &out, &err);
        QCOMPARE(code, int(cli::StatusCommand::StageDown));
        QCOMPARE(code, 2);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString() + QLatin1Char('\n') + out));
        QCOMPARE(doc[QLatin1String("config")].toString(), m_config);
        const QJsonArray stages = doc[QLatin1String("stages")].toArray();
        QCOMPARE(stages.size(), 3);

        const QJsonObject test = stages.at(0).toObject();
        QCOMPARE(test[QLatin1String("name")].toString(), QStringLiteral("test"));
        QCOMPARE(test[QLatin1String("state")].toString(), QStringLiteral("up"));
        QVERIFY(test[QLatin1String("latency_ms")].isDouble());
        QCOMPARE(test[QLatin1String("uptime_24h")].toDouble(), 100.0);
        QCOMPARE(test[QLatin1String("digest")].toString(), QStringLiteral("sha256:0123456789abcdef0123456789abcdef"));
        QCOMPARE(test[QLatin1String("drift")].toBool(), true); // the pipeline expected sha256:ffff
        QVERIFY(test[QLatin1String("last_error")].isNull());
        QCOMPARE(test[QLatin1String("expected_digest")].toString(), QStringLiteral("sha256:ffff"));
        QCOMPARE(test[QLatin1String("pinned")].toBool(), false);
        QCOMPARE(test[QLatin1String("host")].toString(), QStringLiteral("localhost"));
        // The local runtime says what runs, or why it cannot.
        QVERIFY(test[QLatin1String("workload")].isObject());
        QCOMPARE(test[QLatin1String("workload")][QLatin1String("stage")].toString(), QStringLiteral("test"));
        QCOMPARE(test[QLatin1String("probes")].toArray().size(), 7);

        // The stages live on this machine: its metrics, as /proc has them.
        const QJsonArray hosts = doc[QLatin1String("hosts")].toArray();
        QCOMPARE(hosts.size(), 1);
        const QJsonObject host = hosts.at(0).toObject();
        QCOMPARE(host[QLatin1String("host")].toString(), QStringLiteral("localhost"));
        QVERIFY2(host[QLatin1String("ok")].toBool(), qPrintable(host[QLatin1String("error")].toString()));
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        QVERIFY(meminfo.open(QIODevice::ReadOnly));
        const QByteArray memTotal = meminfo.readLine().simplified().split(' ').value(1);
        QCOMPARE(host[QLatin1String("mem_total_kib")].toDouble(), memTotal.toDouble());
        QVERIFY(host[QLatin1String("load1")].isDouble());
        QVERIFY(host[QLatin1String("disk_used_percent")].toDouble() > 0);
        QVERIFY(host[QLatin1String("uptime_s")].toDouble() > 0);
        QVERIFY(host[QLatin1String("memory_cgroup")].isBool());

        const QJsonObject staging = stages.at(1).toObject();
        QCOMPARE(staging[QLatin1String("name")].toString(), QStringLiteral("staging"));
        QCOMPARE(staging[QLatin1String("state")].toString(), QStringLiteral("up"));
        QCOMPARE(staging[QLatin1String("drift")].toBool(), false);
        QVERIFY(staging[QLatin1String("digest")].isNull());

        const QJsonObject production = stages.at(2).toObject();
        QCOMPARE(production[QLatin1String("name")].toString(), QStringLiteral("production"));
        QCOMPARE(production[QLatin1String("state")].toString(), QStringLiteral("down"));
        QVERIFY(production[QLatin1String("latency_ms")].isNull());
        QCOMPARE(production[QLatin1String("uptime_24h")].toDouble(), 0.0);
        QVERIFY2(production[QLatin1String("last_error")].toString().contains(
                     QStringLiteral("connection refused at 127.0.0.1:%1").arg(m_productionPort)),
                 qPrintable(production[QLatin1String("last_error")].toString()));
        QCOMPARE(production[QLatin1String("drift")].toBool(), false);
    }

    void tableListsTheStagesWithStateWords()
    {
        cli::StatusCommand command;
        command.setPipelineHistoryPath(QString());
        command.setHistoryPath(QString()); // no history: uptime shows as "-"
        QString out;
        QString err;
        const int code = run(command, {QStringLiteral("--config"), m_config}, &out, &err);
        QCOMPARE(code, 2);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // three stages, then this machine's metrics
        QVERIFY(lines.at(4).startsWith(QLatin1String("HOST ")));
        QVERIFY(lines.at(4).contains(QLatin1String("MEMORY CGROUP")));
        QVERIFY2(lines.at(5).startsWith(QLatin1String("localhost ")), qPrintable(out));
        QVERIFY(lines.at(5).contains(QLatin1Char('%')));
        QVERIFY(lines.at(0).startsWith(QLatin1String("STAGE")));
        QVERIFY(lines.at(0).contains(QLatin1String("LAST ERROR")));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("test ")), qPrintable(out));
        QVERIFY(lines.at(1).contains(QLatin1String(" up ")));
        QVERIFY(lines.at(1).contains(QLatin1String("sha256:0123456789ab ")));
        QVERIFY(lines.at(1).contains(QLatin1String(" ms ")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("staging ")));
        QVERIFY(lines.at(2).contains(QLatin1String(" up ")));
        QVERIFY(lines.at(3).startsWith(QLatin1String("production ")));
        QVERIFY(lines.at(3).contains(QLatin1String(" down ")));
        QVERIFY(lines.at(3).contains(QStringLiteral("connection refused at 127.0.0.1:%1").arg(m_productionPort)));
    }

    void allUpExitsZero()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nstages:\n  - name: test\n    runtime: local\n    host: 127.0.0.1\n"
                   "    port: "
                   + QByteArray::number(m_test.port()) + "\n");
        file.close();
        cli::StatusCommand command;
        command.setPipelineHistoryPath(QString());
        command.setHistoryPath(QString());
        QString out;
        QString err;
        QCOMPARE(run(command, {QStringLiteral("--config"), path}, &out, &err), 0);
    }

    void historyAccumulatesUptime()
    {
        // Two runs into one history: the production stage stays at 0 %, and
        // the samples are really in the database.
        const QString historyPath = m_dir.filePath(QStringLiteral("accumulate.sqlite"));
        for (int i = 0; i < 2; ++i) {
            cli::StatusCommand command;
            command.setPipelineHistoryPath(QString());
            command.setHistoryPath(historyPath);
            QString out;
            QString err;
            QCOMPARE(run(command, {QStringLiteral("--json"), QStringLiteral("--config"), m_config}, &out, &err), 2);
        }
        health::HealthHistory history;
        QVERIFY(history.open(historyPath, nullptr));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(history.samples(QStringLiteral("test"), health::ProbeSpec::Kind::Frontend, 0, now + 1).size(), 2);
        QCOMPARE(history.uptime(QStringLiteral("test"), 0, now + 1).value(), 100.0);
        QCOMPARE(history.uptime(QStringLiteral("production"), 0, now + 1).value(), 0.0);
    }

    void badOptionsAndConfig()
    {
        cli::StatusCommand command;
        command.setPipelineHistoryPath(QString());
        command.setHistoryPath(QString());
        QString out;
        QString err;
        QCOMPARE(run(command, {QStringLiteral("--bogus")}, &out, &err), 5);
        QVERIFY(err.contains(QLatin1String("--bogus")));
        err.clear();
        QCOMPARE(run(command, {QStringLiteral("--config"), m_dir.filePath(QStringLiteral("missing.yaml"))}, &out, &err),
                 1);
        QVERIFY(err.contains(QLatin1String("missing.yaml")));
    }

    void pipelineHistoryGivesDriftAndPins()
    {
        // What the pipeline recorded: test deployed with another digest than
        // the one running, staging pinned to what it runs.
        const QString path = m_dir.filePath(QStringLiteral("pipeline.sqlite"));
        {
            pipeline::History history;
            QString error;
            QVERIFY2(history.open(path, &error), qPrintable(error));
            pipeline::Release release;
            release.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('e'));
            QVERIFY(history.record(QStringLiteral("deploy"), QStringLiteral("test"), release,
                                   pipeline::History::Succeeded));
            QVERIFY(history.record(QStringLiteral("deploy"), QStringLiteral("staging"), release,
                                   pipeline::History::Succeeded));
            QVERIFY2(history.setPin(QStringLiteral("staging"), release.digest, QStringLiteral("freeze"), &error),
                     qPrintable(error));
        }
        cli::StatusCommand command;
        command.setHistoryPath(QString());
        command.setPipelineHistoryPath(path);
        command.setHostsEnabled(false);
        QString out;
        QString err;
        run(command, {QStringLiteral("--json"), QStringLiteral("--config"), m_config}, &out, &err);
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
        const QJsonArray stages = doc[QLatin1String("stages")].toArray();
        QCOMPARE(stages.size(), 3);
        const QJsonObject test = stages.at(0).toObject();
        QCOMPARE(test[QLatin1String("expected_digest")].toString(),
                 QStringLiteral("sha256:") + QString(64, QLatin1Char('e')));
        QCOMPARE(test[QLatin1String("drift")].toBool(), true);
        QCOMPARE(test[QLatin1String("pinned")].toBool(), false);
        // staging's /version names no digest: drift cannot be judged.
        const QJsonObject staging = stages.at(1).toObject();
        QCOMPARE(staging[QLatin1String("pinned")].toBool(), true);
        QCOMPARE(staging[QLatin1String("pinned_digest")].toString(),
                 QStringLiteral("sha256:") + QString(64, QLatin1Char('e')));
        QCOMPARE(staging[QLatin1String("drift")].toBool(), false);
        QVERIFY(doc[QLatin1String("hosts")].toArray().isEmpty());
    }

    void watchPrintsDownThenUpWhenTheBackendStopsAndStarts()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(frontendArguments(QStringLiteral("test"))), qPrintable(server.errorText()));
        const quint16 port = server.port();
        const QString path = m_dir.filePath(QStringLiteral("watch-text.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nstages:\n  - name: flaky\n    runtime: local\n    host: 127.0.0.1\n"
                   "    port: "
                   + QByteArray::number(port) + "\n");
        file.close();

        cli::StatusCommand command;
        command.setPipelineHistoryPath(QString());
        command.setHistoryPath(QString());
        command.setHealthSettings(fastSettings());
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        int phase = 0; // 0 wait up, 1 stopped: wait down, 2 started again: wait up
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            outStream.flush();
            if (phase == 0 && out.contains(QLatin1String("unknown -> up"))) {
                phase = 1;
                server.terminate();
            } else if (phase == 1 && out.contains(QLatin1String("up -> down"))) {
                phase = 2;
                if (!server.start(frontendArguments(QStringLiteral("test")), QProcessEnvironment::systemEnvironment(),
                                  port))
                    command.requestStop();
            } else if (phase == 2 && out.contains(QLatin1String("down -> up"))) {
                command.requestStop();
            }
        });
        driver.start();
        QTimer::singleShot(90000, this, [&] { command.requestStop(); });
        const int code
            = command.execute({QStringLiteral("--watch"), QStringLiteral("--config"), path}, outStream, errStream);
        driver.stop();
        outStream.flush();
        QCOMPARE(phase, 2);
        QCOMPARE(code, 0); // up again when stopped
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QLatin1String("  flaky  unknown -> up")), qPrintable(out));
        QVERIFY2(lines.at(1).contains(QLatin1String("  flaky  up -> down  ")), qPrintable(out));
        QVERIFY(lines.at(1).contains(QLatin1String("connection refused")));
        QVERIFY2(lines.at(2).contains(QLatin1String("  flaky  down -> up")), qPrintable(out));
    }

    void watchPostsEachChangeToTheWebhook()
    {
        // A loopback HTTP peer stands in for the webhook receiver.
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&receiver, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = receiver.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
                received += socket->readAll();
                if (received.contains("\r\n\r\n") && received.endsWith('}')) {
                    socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        });
        // The profile's folder: antler.yaml and, beside it, notifications.yaml.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("hooked")));
        const QString path = m_dir.filePath(QStringLiteral("hooked/antler.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nstages:\n  - name: test\n    runtime: local\n    host: 127.0.0.1\n"
                   "    port: "
                   + QByteArray::number(m_test.port()) + "\n");
        file.close();
        QFile hook(m_dir.filePath(QStringLiteral("hooked/notifications.yaml")));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("webhook: http://127.0.0.1:" + QByteArray::number(receiver.serverPort()) + "/hook\n");
        hook.close();
        cli::StatusCommand command;
        command.setPipelineHistoryPath(QString());
        command.setHistoryPath(QString());
        command.setHealthSettings(fastSettings());
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            if (received.contains("\"to\":\"up\""))
                command.requestStop();
        });
        driver.start();
        QTimer::singleShot(60000, this, [&] { command.requestStop(); });
        command.execute({QStringLiteral("--watch"), QStringLiteral("--config"), path}, outStream, errStream);
        driver.stop();
        QVERIFY2(received.startsWith("POST /hook "), qPrintable(QString::fromUtf8(received) + err));
        const QJsonObject body = QJsonDocument::fromJson(received.mid(received.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(body[QLatin1String("stage")].toString(), QStringLiteral("test"));
        QCOMPARE(body[QLatin1String("from")].toString(), QStringLiteral("unknown"));
        QCOMPARE(body[QLatin1String("to")].toString(), QStringLiteral("up"));
        QVERIFY(!body[QLatin1String("time")].toString().isEmpty());
    }

    void ctrlCEndsTheWatchCleanly()
    {
        // The real program: SIGINT ends --watch with the exit code of the
        // states, nothing on stderr, no crash.
        const QString path = m_dir.filePath(QStringLiteral("sigint.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nstages:\n  - name: test\n    runtime: local\n    host: 127.0.0.1\n"
                   "    port: "
                   + QByteArray::number(m_test.port()) + "\n");
        file.close();
        QProcess antler;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        antler.setProcessEnvironment(env);
        antler.start(QStringLiteral(ANTLER_EXECUTABLE),
                     {QStringLiteral("status"), QStringLiteral("--watch"), QStringLiteral("--config"), path});
        QVERIFY(antler.waitForStarted());
        // The first state change is printed once the stage is up.
        QTRY_VERIFY_WITH_TIMEOUT(antler.peek(4096).contains("unknown -> up"), 60000);
        ::kill(pid_t(antler.processId()), SIGINT);
        QVERIFY(antler.waitForFinished(10000));
        QCOMPARE(antler.exitStatus(), QProcess::NormalExit);
        QCOMPARE(antler.exitCode(), 0);
        const QByteArray errors = antler.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
    }

    void watchPrintsStateChangesUntilStopped()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(frontendArguments(QStringLiteral("test"))), qPrintable(server.errorText()));
        const QString path = m_dir.filePath(QStringLiteral("watch.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nstages:\n  - name: watched\n    runtime: local\n    host: 127.0.0.1\n"
                   "    port: "
                   + QByteArray::number(server.port()) + "\n");
        file.close();

        cli::StatusCommand command;
        command.setPipelineHistoryPath(QString());
        command.setHistoryPath(QString());
        command.setHealthSettings(fastSettings());
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        // The command runs its own loop; this timer acts on what it printed.
        bool killed = false;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            outStream.flush();
            if (!killed && out.contains(QLatin1String("\"state\":\"up\""))) {
                killed = true;
                server.process().kill();
                server.process().waitForFinished(5000);
            } else if (killed && out.contains(QLatin1String("\"state\":\"down\""))) {
                command.requestStop();
            }
        });
        driver.start();
        QTimer::singleShot(60000, this, [&] { command.requestStop(); }); // a failing test still ends
        const int code
            = command.execute({QStringLiteral("--watch"), QStringLiteral("--json"), QStringLiteral("--config"), path},
                              outStream, errStream);
        driver.stop();
        outStream.flush();
        QCOMPARE(code, 2);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject up = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(up[QLatin1String("stage")].toString(), QStringLiteral("watched"));
        QCOMPARE(up[QLatin1String("from")].toString(), QStringLiteral("unknown"));
        QCOMPARE(up[QLatin1String("state")].toString(), QStringLiteral("up"));
        const QJsonObject down = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(down[QLatin1String("from")].toString(), QStringLiteral("up"));
        QCOMPARE(down[QLatin1String("state")].toString(), QStringLiteral("down"));
        QVERIFY(down[QLatin1String("reason")].toString().contains(QLatin1String("connection refused")));
    }
};

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
