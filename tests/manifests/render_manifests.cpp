// Renders the manifests of ManifestFixtures.h with the real ManifestRenderer
// into OUTDIR/LAYOUT-STAGE.yaml, for the kubernetes-models validation test
// (tests/manifests/validate.sh).
#include "ManifestFixtures.h"
#include "pipeline/ManifestRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using antler::pipeline::ManifestRenderer;
using antler::pipeline::RuntimeKind;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (QCoreApplication::arguments().size() != 2) {
        err << "usage: antler_render_manifests OUTDIR\n";
        return 2;
    }
    const QDir out(QCoreApplication::arguments().at(1));
    if (!QDir().mkpath(out.path())) {
        err << "cannot create " << out.path() << '\n';
        return 1;
    }
    const ManifestRenderer renderer;
    for (const RuntimeKind runtime : {RuntimeKind::Kubernetes, RuntimeKind::Podman}) {
        const ManifestRenderer::Layout layout = ManifestRenderer::layoutFor(runtime);
        const QString prefix
            = layout == ManifestRenderer::Layout::Podman ? QStringLiteral("podman-") : QStringLiteral("kubernetes-");
        for (const auto &stage : antler::test::manifests::stages(runtime)) {
            ManifestRenderer::Output output;
            QString error;
            if (!renderer.render(stage, antler::test::manifests::release(), layout, &output, &error)) {
                err << error << '\n';
                return 1;
            }
            QFile file(out.filePath(prefix + stage.name() + QStringLiteral(".yaml")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(output.yaml()) != output.yaml().size()) {
                err << "cannot write " << file.fileName() << ": " << file.errorString() << '\n';
                return 1;
            }
        }
    }
    return 0;
}
