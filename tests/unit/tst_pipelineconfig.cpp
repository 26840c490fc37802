#include "BrokenFixtures.h"
#include "pipeline/PipelineConfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using antler::pipeline::PipelineConfig;
using antler::pipeline::RuntimeKind;
using antler::pipeline::Stage;

class TestPipelineConfig : public QObject
{
    Q_OBJECT

private slots:
    void localProfileHasThreeLocalStagesInOrder();
    void embeddedDefaultIsTheSourceFile();
    void validConfigurations_data();
    void validConfigurations();
    void brokenFilesSayWhereAndWhatToDo_data();
    void brokenFilesSayWhereAndWhatToDo();
    void failedLoadKeepsThePreviousConfiguration();
    void unreadableFileNamesThePath();
    void locateFollowsTheLookupOrder_data();
    void locateFollowsTheLookupOrder();
    void runtimeNamesRoundTrip();
    void targetRuntimeComponentsAndGatesAreRead();
    void stagesTakeTheTopLevelRuntime();
    void localProfileGatesProduction();

private:
    static QByteArray stage(const char *name, const char *runtime, const char *host, int port,
                            const QByteArray &extra = {});
};

QByteArray TestPipelineConfig::stage(const char *name, const char *runtime, const char *host, int port,
                                     const QByteArray &extra)
{
    return QByteArray("  - name: ") + name + "\n    runtime: " + runtime + "\n    host: " + host
        + "\n    port: " + QByteArray::number(port) + "\n" + extra;
}

void TestPipelineConfig::localProfileHasThreeLocalStagesInOrder()
{
    const PipelineConfig config = PipelineConfig::localProfile();
    QVERIFY(config.isEmbedded());
    QVERIFY(config.isLocalProfile());
    QVERIFY(!config.hasRegistry());

    const QList<Stage> &stages = config.stages();
    QCOMPARE(stages.size(), 3);
    const QStringList names = {QStringLiteral("test"), QStringLiteral("staging"), QStringLiteral("production")};
    QSet<quint16> ports;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const Stage &stage = stages.at(i);
        QCOMPARE(stage.name(), names.at(i));
        QCOMPARE(config.indexOfStage(stage.name()), int(i));
        QCOMPARE(stage.runtime(), RuntimeKind::Local);
        QCOMPARE(stage.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(stage.port() > 1024);
        ports.insert(stage.port());
        QCOMPARE(stage.kubernetesNamespace(), stage.name());
        QCOMPARE(stage.replicas(), 1);
        QCOMPARE(stage.url().toString(), QStringLiteral("http://127.0.0.1:%1/").arg(stage.port()));
    }
    QCOMPARE(ports.size(), 3);
    QCOMPARE(config.indexOfStage(QStringLiteral("qa")), -1);
}

void TestPipelineConfig::embeddedDefaultIsTheSourceFile()
{
    PipelineConfig fromSource;
    QString error;
    QVERIFY2(fromSource.loadFile(QStringLiteral(ANTLER_SOURCE_DIR "/resources/antler.yaml"), &error),
             qPrintable(error));
    QCOMPARE(fromSource.stages(), PipelineConfig::localProfile().stages());
}

void TestPipelineConfig::validConfigurations_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("lastUrl");
    QTest::addColumn<QString>("lastNamespace");
    QTest::addColumn<int>("lastReplicas");

    QTest::newRow("one stage, defaults") << QByteArray("stages:\n") + stage("test", "local", "127.0.0.1", 8080)
                                         << QStringLiteral("custom") << QStringLiteral("none")
                                         << QStringList {QStringLiteral("test")}
                                         << QStringLiteral("http://127.0.0.1:8080/") << QStringLiteral("test") << 1;
    QTest::newRow("pi with kubernetes") << QByteArray(
                                               "version: 1\nprofile: pi\nregistry: raspberrypi.local:5000\nstages:\n")
            + stage("test", "kubernetes", "raspberrypi.local", 30081)
            + stage("production", "kubernetes", "raspberrypi.local", 30083,
                    "    namespace: moose-prod\n    replicas: 3\n")
                                        << QStringLiteral("pi") << QStringLiteral("raspberrypi.local:5000")
                                        << QStringList {QStringLiteral("test"), QStringLiteral("production")}
                                        << QStringLiteral("http://raspberrypi.local:30083/")
                                        << QStringLiteral("moose-prod") << 3;
    QTest::newRow("same port on different hosts")
        << QByteArray("stages:\n") + stage("test", "podman", "10.0.0.1", 8080)
            + stage("staging", "podman", "10.0.0.2", 8080)
        << QStringLiteral("custom") << QStringLiteral("none")
        << QStringList {QStringLiteral("test"), QStringLiteral("staging")} << QStringLiteral("http://10.0.0.2:8080/")
        << QStringLiteral("staging") << 1;
    QTest::newRow("ipv6 loopback, quoted values")
        << QByteArray("stages:\n  - name: \"test\"\n    runtime: 'local'\n    host: \"::1\"\n    port: "
                      "\"18481\"\n")
        << QStringLiteral("custom") << QStringLiteral("none") << QStringList {QStringLiteral("test")}
        << QStringLiteral("http://[::1]:18481/") << QStringLiteral("test") << 1;
    QTest::newRow("flow style") << QByteArray("{stages: [{name: test, runtime: local, host: localhost, port: 1}]}")
                                << QStringLiteral("custom") << QStringLiteral("none")
                                << QStringList {QStringLiteral("test")} << QStringLiteral("http://localhost:1/")
                                << QStringLiteral("test") << 1;
}

void TestPipelineConfig::validConfigurations()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, profile);
    QFETCH(QString, registry);
    QFETCH(QStringList, names);
    QFETCH(QString, lastUrl);
    QFETCH(QString, lastNamespace);
    QFETCH(int, lastReplicas);

    PipelineConfig config;
    QString error;
    QVERIFY2(config.loadData(yaml, QStringLiteral("inline.yaml"), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(config.sourcePath(), QStringLiteral("inline.yaml"));
    QVERIFY(!config.isEmbedded());
    QCOMPARE(config.profile(), profile);
    QCOMPARE(config.registry(), registry);
    QStringList actualNames;
    for (const Stage &stage : config.stages())
        actualNames.append(stage.name());
    QCOMPARE(actualNames, names);
    const Stage &last = config.stages().constLast();
    QCOMPARE(last.url().toString(), lastUrl);
    QCOMPARE(last.kubernetesNamespace(), lastNamespace);
    QCOMPARE(last.replicas(), lastReplicas);
}

// Each fixture's first line says what its error must contain:
//   # expect: LINE:COLUMN words of the hint
void TestPipelineConfig::brokenFilesSayWhereAndWhatToDo_data()
{
    antler::test::addBrokenFixtureRows(QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/broken/pipeline"),
                                       {QStringLiteral("*.yaml")}, 20);
}

void TestPipelineConfig::brokenFilesSayWhereAndWhatToDo()
{
    QFETCH(QString, path);
    QFETCH(QString, position);
    QFETCH(QString, hint);

    PipelineConfig config;
    QString error;
    QVERIFY(!config.loadFile(path, &error));
    const QString where = path + QLatin1Char(':') + position + QLatin1String(": ");
    QVERIFY2(error.startsWith(where), qPrintable(QStringLiteral("expected %1… got: %2").arg(where, error)));
    QVERIFY2(error.contains(hint), qPrintable(error));
    // One sentence: what is wrong; what to do.
    QVERIFY2(error.contains(QLatin1String("; ")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestPipelineConfig::failedLoadKeepsThePreviousConfiguration()
{
    PipelineConfig config = PipelineConfig::localProfile();
    QString error;
    QVERIFY(!config.loadData("stages: []", QStringLiteral("broken.yaml"), &error));
    QVERIFY(config.isEmbedded());
    QCOMPARE(config.stages().size(), 3);
}

void TestPipelineConfig::unreadableFileNamesThePath()
{
    const QString path = QStringLiteral("/nonexistent/antler.yaml");
    PipelineConfig config;
    QString error;
    QVERIFY(!config.loadFile(path, &error));
    QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("check that the file exists")), qPrintable(error));
}

void TestPipelineConfig::locateFollowsTheLookupOrder_data()
{
    QTest::addColumn<QString>("explicitPath");
    QTest::addColumn<bool>("userFile");
    QTest::addColumn<bool>("systemFile");
    QTest::addColumn<QString>("expected");

    const QString mine = QStringLiteral("/srv/mine.yaml");
    QTest::newRow("--config wins over everything") << mine << true << true << mine;
    QTest::newRow("user file before system file") << QString() << true << true << QStringLiteral("user");
    QTest::newRow("system file when no user file") << QString() << false << true << QStringLiteral("system");
    QTest::newRow("embedded default last") << QString() << false << false << PipelineConfig::embeddedPath();
}

void TestPipelineConfig::locateFollowsTheLookupOrder()
{
    QFETCH(QString, explicitPath);
    QFETCH(bool, userFile);
    QFETCH(bool, systemFile);
    QFETCH(QString, expected);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString user = root.filePath(QStringLiteral("user"));
    const QString system = root.filePath(QStringLiteral("system"));
    for (const auto &[directory, wanted] : {std::pair {user, userFile}, std::pair {system, systemFile}}) {
        QVERIFY(QDir().mkpath(directory + QLatin1String("/antler")));
        if (wanted) {
            QFile file(directory + QLatin1String("/antler/antler.yaml"));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
    }
    const QString located = PipelineConfig::locate(explicitPath, {user, system});
    if (expected == QLatin1String("user") || expected == QLatin1String("system"))
        QCOMPARE(located, root.filePath(expected) + QLatin1String("/antler/antler.yaml"));
    else
        QCOMPARE(located, expected);
}

void TestPipelineConfig::runtimeNamesRoundTrip()
{
    for (const RuntimeKind kind : {RuntimeKind::Kubernetes, RuntimeKind::Podman, RuntimeKind::Local})
        QCOMPARE(Stage::runtimeKindFromName(Stage::runtimeKindName(kind)), kind);
    QCOMPARE(Stage::runtimeKindFromName(QStringLiteral("Local")), std::nullopt);
    QCOMPARE(Stage::runtimeKindFromName(QStringLiteral("docker")), std::nullopt);
}

void TestPipelineConfig::targetRuntimeComponentsAndGatesAreRead()
{
    const QByteArray yaml = "version: 1\n"
                            "target: raspberrypi\n"
                            "inventory: /etc/antler/hosts.ini\n"
                            "runtime: podman\n"
                            "registry: raspberrypi.local:5000\n"
                            "components:\n"
                            "  - name: moosefacts\n    kind: backend\n    source: server\n"
                            "  - name: web\n    kind: frontend\n"
                            "stages:\n"
                            "  - name: test\n    host: raspberrypi.local\n    port: 30081\n"
                            "  - name: production\n    runtime: kubernetes\n    host: raspberrypi.local\n"
                            "    port: 30083\n    pod: moose-prod\n    backend_port: 9090\n"
                            "    resources: {cpu: 250m, memory: 128Mi}\n"
                            "    gate:\n      soak: 10m\n      confirm: yes\n"
                            "    rollout_timeout: 2m\n";
    PipelineConfig config;
    QString error;
    QVERIFY2(config.loadData(yaml, QStringLiteral("pi.yaml"), &error), qPrintable(error));
    QCOMPARE(config.target(), QStringLiteral("raspberrypi"));
    QVERIFY(!config.isLocalTarget());
    QCOMPARE(config.inventory(), QStringLiteral("/etc/antler/hosts.ini"));
    QCOMPARE(config.runtime(), RuntimeKind::Podman);
    QCOMPARE(config.components().size(), 2);
    QCOMPARE(config.components().at(1).name, QStringLiteral("web"));
    QCOMPARE(config.components().at(1).kind, antler::pipeline::Component::Kind::Frontend);

    const Stage test = config.stages().at(0);
    QCOMPARE(test.runtime(), RuntimeKind::Podman);
    QCOMPARE(test.podName(), QStringLiteral("moosefacts-test"));
    QCOMPARE(test.backendPort(), quint16(8080));
    QCOMPARE(test.soakSeconds(), 0);
    QVERIFY(!test.requiresConfirmation());
    QCOMPARE(test.rolloutTimeoutSeconds(), 60);

    const Stage production = config.stages().at(1);
    QCOMPARE(production.runtime(), RuntimeKind::Kubernetes);
    QCOMPARE(production.podName(), QStringLiteral("moose-prod"));
    QCOMPARE(production.backendPort(), quint16(9090));
    QCOMPARE(production.cpu(), QStringLiteral("250m"));
    QCOMPARE(production.memory(), QStringLiteral("128Mi"));
    QCOMPARE(production.soakSeconds(), 600);
    QVERIFY(production.requiresConfirmation());
    QCOMPARE(production.rolloutTimeoutSeconds(), 120);
    QCOMPARE(config.previousStage(QStringLiteral("production")), QStringLiteral("test"));
    QCOMPARE(config.previousStage(QStringLiteral("test")), QString());
}

void TestPipelineConfig::stagesTakeTheTopLevelRuntime()
{
    PipelineConfig config;
    QString error;
    QVERIFY2(config.loadData("runtime: podman\nstages:\n  - name: test\n    host: 127.0.0.1\n    port: 1\n",
                             QStringLiteral("inline.yaml"), &error),
             qPrintable(error));
    QCOMPARE(config.stages().constFirst().runtime(), RuntimeKind::Podman);
    QCOMPARE(config.target(), QStringLiteral("localhost"));
    QVERIFY(config.isLocalTarget());
    QCOMPARE(config.components(), PipelineConfig::defaultComponents());
}

void TestPipelineConfig::localProfileGatesProduction()
{
    const PipelineConfig config = PipelineConfig::localProfile();
    QCOMPARE(config.runtime(), RuntimeKind::Local);
    QVERIFY(config.isLocalTarget());
    QVERIFY(!config.stages().at(0).requiresConfirmation());
    QVERIFY(!config.stages().at(1).requiresConfirmation());
    QVERIFY(config.stages().at(2).requiresConfirmation());
    for (const Stage &stage : config.stages())
        QCOMPARE(stage.soakSeconds(), 0);
}

QTEST_GUILESS_MAIN(TestPipelineConfig)
#include "tst_pipelineconfig.moc"
