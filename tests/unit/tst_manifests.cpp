// ManifestRenderer: the rendered manifests of every stage and layout against
// golden files (tests/data/manifests; ANTLER_UPDATE_GOLDEN=1 rewrites them
// after a deliberate change), and the errors a user can cause. Their validity
// per the Kubernetes schemas is checked by tst_manifests_kubernetes_models.
#include "../manifests/ManifestFixtures.h"
#include "pipeline/ManifestRenderer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using antler::pipeline::ManifestRenderer;
using antler::pipeline::Release;
using antler::pipeline::RuntimeKind;
using antler::pipeline::Stage;
namespace fixtures = antler::test::manifests;

Q_DECLARE_METATYPE(antler::pipeline::Stage)
Q_DECLARE_METATYPE(antler::pipeline::Release)

namespace {

QString goldenDir()
{
    return QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/manifests");
}

ManifestRenderer::Output renderOrFail(const Stage &stage, const Release &release, ManifestRenderer::Layout layout)
{
    ManifestRenderer::Output output;
    QString error;
    if (!ManifestRenderer().render(stage, release, layout, &output, &error))
        qWarning("render failed: %s", qPrintable(error));
    return output;
}

QString renderError(const Stage &stage, const Release &release, ManifestRenderer::Layout layout)
{
    ManifestRenderer::Output output;
    QString error;
    if (ManifestRenderer().render(stage, release, layout, &output, &error))
        return QStringLiteral("<rendered without error>");
    return error;
}

} // namespace

class TestManifests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void imagesAreDigests();
    void kubernetesLayout();
    void podmanLayoutAndWarnings();
    void resourcesOnlyWhenSet();
    void errors_data();
    void errors();
};

void TestManifests::golden_data()
{
    QTest::addColumn<int>("runtime");
    QTest::addColumn<int>("stageIndex");
    QTest::addColumn<QString>("file");
    for (const RuntimeKind runtime : {RuntimeKind::Kubernetes, RuntimeKind::Podman}) {
        const QList<Stage> stages = fixtures::stages(runtime);
        for (int i = 0; i < stages.size(); ++i) {
            const QString file
                = (runtime == RuntimeKind::Podman ? QStringLiteral("podman-") : QStringLiteral("kubernetes-"))
                + stages.at(i).name() + QStringLiteral(".yaml");
            QTest::newRow(qPrintable(file)) << int(runtime) << i << file;
        }
    }
}

void TestManifests::golden()
{
    QFETCH(int, runtime);
    QFETCH(int, stageIndex);
    QFETCH(QString, file);
    const Stage stage = fixtures::stages(RuntimeKind(runtime)).at(stageIndex);
    ManifestRenderer::Output output;
    QString error;
    QVERIFY2(ManifestRenderer().render(stage, fixtures::release(), ManifestRenderer::layoutFor(RuntimeKind(runtime)),
                                       &output, &error),
             qPrintable(error));
    const QString path = QDir(goldenDir()).filePath(file);
    if (qEnvironmentVariableIntValue("ANTLER_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(output.yaml());
        QSKIP("golden file rewritten");
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QList<QByteArray> expected = golden.readAll().split('\n');
    const QList<QByteArray> actual = output.yaml().split('\n');
    for (qsizetype i = 0; i < qMin(expected.size(), actual.size()); ++i) {
        QVERIFY2(expected.at(i) == actual.at(i),
                 qPrintable(QStringLiteral("%1:%2: expected \"%3\", rendered \"%4\"")
                                .arg(file)
                                .arg(i + 1)
                                .arg(QString::fromUtf8(expected.at(i)), QString::fromUtf8(actual.at(i)))));
    }
    QCOMPARE(actual.size(), expected.size());
}

void TestManifests::imagesAreDigests()
{
    const Release release = fixtures::release();
    for (const RuntimeKind runtime : {RuntimeKind::Kubernetes, RuntimeKind::Podman}) {
        const QByteArray yaml
            = renderOrFail(fixtures::stages(runtime).first(), release, ManifestRenderer::layoutFor(runtime)).yaml();
        const QRegularExpression image(QStringLiteral("(?m)^ +image: (\\S+)$"));
        QRegularExpressionMatchIterator it = image.globalMatch(QString::fromUtf8(yaml));
        QStringList images;
        while (it.hasNext())
            images.append(it.next().captured(1));
        images.sort();
        QStringList expected = {release.artifacts.value(QStringLiteral("moosefacts")),
                                release.artifacts.value(QStringLiteral("frontend"))};
        expected.sort();
        QCOMPARE(images, expected);
        // /version reports the release digest: the backend gets it in its environment.
        QVERIFY(
            yaml.contains("- name: ANTLER_IMAGE_DIGEST\n              value: \"" + release.digest.toUtf8() + "\"\n"));
    }
}

void TestManifests::kubernetesLayout()
{
    const Stage stage = fixtures::stages(RuntimeKind::Kubernetes).at(2); // production
    const ManifestRenderer::Output output
        = renderOrFail(stage, fixtures::release(), ManifestRenderer::Layout::Kubernetes);
    QStringList kinds;
    for (const auto &document : output.documents)
        kinds.append(document.kind + QLatin1Char('/') + document.name);
    QCOMPARE(
        kinds,
        QStringList({QStringLiteral("Namespace/moose-prod"), QStringLiteral("ConfigMap/moosefacts-production-nginx"),
                     QStringLiteral("Deployment/moosefacts-production-backend"),
                     QStringLiteral("Service/moosefacts-production-backend"),
                     QStringLiteral("Deployment/moosefacts-production-frontend"),
                     QStringLiteral("Service/moosefacts-production-frontend")}));
    QVERIFY(output.warnings.isEmpty());
    const QByteArray yaml = output.yaml();
    QCOMPARE(yaml.count("replicas: 2\n"), 2);
    QVERIFY(yaml.contains("type: NodePort\n"));
    QVERIFY(yaml.contains("nodePort: 30083\n"));
    QVERIFY(yaml.contains("path: /healthz\n"));
    QVERIFY(yaml.contains("path: /readyz\n"));
    // nginx reaches the backend through its Service and listens on the container port.
    QVERIFY(yaml.contains("server moosefacts-production-backend:8080;"));
    QVERIFY(yaml.contains("listen 80;"));
    QVERIFY(!yaml.contains("127.0.0.1:8081"));
    QVERIFY(!yaml.contains("{{"));
}

void TestManifests::podmanLayoutAndWarnings()
{
    const Stage production = fixtures::stages(RuntimeKind::Podman).at(2);
    const ManifestRenderer::Output output
        = renderOrFail(production, fixtures::release(), ManifestRenderer::Layout::Podman);
    QStringList kinds;
    for (const auto &document : output.documents)
        kinds.append(document.kind + QLatin1Char('/') + document.name);
    QCOMPARE(
        kinds,
        QStringList({QStringLiteral("Namespace/moose-prod"), QStringLiteral("ConfigMap/moosefacts-production-nginx"),
                     QStringLiteral("Deployment/moosefacts-production"),
                     QStringLiteral("Service/moosefacts-production-frontend")}));
    const QByteArray yaml = output.yaml();
    QVERIFY(yaml.contains("replicas: 1\n"));
    QVERIFY(!yaml.contains("replicas: 2"));
    QVERIFY(yaml.contains("hostPort: 18483\n"));
    QVERIFY(yaml.contains("server 127.0.0.1:8080;"));
    QVERIFY(!yaml.contains("livenessProbe"));
    const QString warnings = output.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("ignores the Namespace and the Services")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("runs 1 replica, not the 2")), qPrintable(warnings));
    QVERIFY(warnings.contains(QLatin1String("stage production")));

    // One replica asked: no replica warning.
    const Stage test = fixtures::stages(RuntimeKind::Podman).at(0);
    const ManifestRenderer::Output single = renderOrFail(test, fixtures::release(), ManifestRenderer::Layout::Podman);
    QVERIFY(!single.warnings.join(QLatin1Char('\n')).contains(QLatin1String("replica")));
}

void TestManifests::resourcesOnlyWhenSet()
{
    const QList<Stage> stages = fixtures::stages(RuntimeKind::Kubernetes);
    const QByteArray none
        = renderOrFail(stages.at(0), fixtures::release(), ManifestRenderer::Layout::Kubernetes).yaml();
    QVERIFY(!none.contains("resources:"));
    const QByteArray some
        = renderOrFail(stages.at(1), fixtures::release(), ManifestRenderer::Layout::Kubernetes).yaml();
    QCOMPARE(some.count("resources:\n"), 2);
    QVERIFY(some.contains("            requests:\n              cpu: \"250m\"\n"
                          "              memory: \"64Mi\"\n            limits:\n"));
}

void TestManifests::errors_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Release>("release");
    QTest::addColumn<int>("layout");
    QTest::addColumn<QString>("expected");

    const Release good = fixtures::release();
    const Stage kubeTest = fixtures::stages(RuntimeKind::Kubernetes).at(0);
    const Stage podmanTest = fixtures::stages(RuntimeKind::Podman).at(0);
    const int kube = int(ManifestRenderer::Layout::Kubernetes);
    const int podman = int(ManifestRenderer::Layout::Podman);

    QTest::newRow("port outside the NodePort range")
        << podmanTest << good << kube
        << QStringLiteral("stage test: port 18481 is outside the Kubernetes NodePort range 30000-32767");

    Release shortDigest = good;
    shortDigest.digest = QStringLiteral("sha256:abc");
    QTest::newRow("release digest") << kubeTest << shortDigest << kube
                                    << QStringLiteral("stage test: the release digest \"sha256:abc\"");

    Release tagged = good;
    tagged.artifacts.insert(QStringLiteral("moosefacts"), QStringLiteral("127.0.0.1:5000/moosefacts:latest"));
    QTest::newRow("image by tag") << podmanTest << tagged << podman
                                  << QStringLiteral("names no image by digest for moosefacts");

    Release noFrontend = good;
    noFrontend.artifacts.remove(QStringLiteral("frontend"));
    QTest::newRow("no frontend image") << podmanTest << noFrontend << podman
                                       << QStringLiteral("names no image by digest for frontend");

    Stage badCpu = kubeTest;
    badCpu.setCpu(QStringLiteral("half a core"));
    QTest::newRow("cpu") << badCpu << good << kube
                         << QStringLiteral("cpu \"half a core\" is not a Kubernetes quantity");

    Stage badMemory = podmanTest;
    badMemory.setMemory(QStringLiteral("128 MB"));
    QTest::newRow("memory") << badMemory << good << podman
                            << QStringLiteral("memory \"128 MB\" is not a Kubernetes quantity");

    Stage clash = podmanTest;
    clash.setBackendPort(ManifestRenderer::FrontendContainerPort);
    QTest::newRow("backend port is nginx's")
        << clash << good << podman << QStringLiteral("the backend port 80 is the port nginx listens on");
}

void TestManifests::errors()
{
    QFETCH(Stage, stage);
    QFETCH(Release, release);
    QFETCH(int, layout);
    QFETCH(QString, expected);
    const QString error = renderError(stage, release, ManifestRenderer::Layout(layout));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestManifests)
#include "tst_manifests.moc"
