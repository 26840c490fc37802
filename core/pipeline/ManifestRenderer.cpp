#include "pipeline/ManifestRenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace antler::pipeline {

namespace {

bool isImageByDigest(const QString &reference)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.-]+(:[0-9]+)?/[a-z0-9]+(?:[._/-][a-z0-9]+)*@sha256:[0-9a-f]{64}$"));
    return pattern.match(reference).hasMatch();
}

bool isCpuQuantity(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]+)?m?\\z"));
    return pattern.match(text).hasMatch();
}

bool isMemoryQuantity(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?\\z"));
    return pattern.match(text).hasMatch();
}

// Drops the comment block at the top of a template: it explains the template,
// not the rendered document.
QByteArray withoutLeadingComments(const QByteArray &text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == '#') {
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            return {};
        start = end + 1;
    }
    return text.mid(start);
}

QByteArray firstMatch(const QByteArray &yaml, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(yaml));
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

QByteArray resourcesBlock(const Stage &stage)
{
    if (stage.cpu().isEmpty() && stage.memory().isEmpty())
        return {};
    QByteArray quantities;
    if (!stage.cpu().isEmpty())
        quantities += "    cpu: \"" + stage.cpu().toUtf8() + "\"\n";
    if (!stage.memory().isEmpty())
        quantities += "    memory: \"" + stage.memory().toUtf8() + "\"\n";
    // Requests equal to limits: the Pi has little to overcommit.
    return "resources:\n  requests:\n" + quantities + "  limits:\n" + quantities;
}

} // namespace

QByteArray ManifestRenderer::Output::yaml() const
{
    QByteArray out;
    for (const Document &document : documents) {
        out += "---\n";
        out += document.yaml;
        if (!out.endsWith('\n'))
            out += '\n';
    }
    return out;
}

ManifestRenderer::ManifestRenderer(const QString &templateDir)
    : m_templateDir(templateDir)
{
}

QString ManifestRenderer::defaultTemplateDir()
{
    return QStringLiteral(":/antler/manifests");
}

ManifestRenderer::Layout ManifestRenderer::layoutFor(RuntimeKind runtime)
{
    return runtime == RuntimeKind::Podman ? Layout::Podman : Layout::Kubernetes;
}

QStringList ManifestRenderer::templateNames(Layout layout)
{
    if (layout == Layout::Podman) {
        return {QStringLiteral("namespace.yaml"), QStringLiteral("nginx-configmap.yaml"),
                QStringLiteral("podman-deployment.yaml"), QStringLiteral("frontend-service.yaml")};
    }
    return {QStringLiteral("namespace.yaml"),           QStringLiteral("nginx-configmap.yaml"),
            QStringLiteral("backend-deployment.yaml"),  QStringLiteral("backend-service.yaml"),
            QStringLiteral("frontend-deployment.yaml"), QStringLiteral("frontend-service.yaml")};
}

bool ManifestRenderer::readTemplate(const QString &name, QByteArray *text, QString *error) const
{
    const QString path = QDir(m_templateDir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The manifest template %1 cannot be read (%2); reinstall Antler or check the "
                    "manifests folder.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *text = file.readAll();
    return true;
}

bool ManifestRenderer::nginxConfig(const Stage &stage, Layout layout, QByteArray *config, QString *error) const
{
    QByteArray text;
    if (!readTemplate(QStringLiteral("nginx.conf"), &text, error))
        return false;
    // nginx.conf names the values environments rewrite; every one must be there,
    // or the stage would silently run with the wrong address.
    const QByteArray listen = "listen 8080";
    const QByteArray upstream = "127.0.0.1:8081";
    if (!text.contains(listen) || !text.contains(upstream)) {
        *error = tr("The frontend's nginx.conf in %1 lacks \"%2\" or \"%3\", which the manifests "
                    "rewrite for each stage; restore them.")
                     .arg(QDir::toNativeSeparators(m_templateDir), QString::fromLatin1(listen),
                          QString::fromLatin1(upstream));
        return false;
    }
    const QByteArray port = QByteArray::number(stage.backendPort());
    const QByteArray backend
        = layout == Layout::Podman ? "127.0.0.1:" + port : stage.podName().toUtf8() + "-backend:" + port;
    // The file's own comment explains the rewriting above; the rendered copy
    // names where it came from instead.
    text = withoutLeadingComments(text);
    while (text.startsWith('\n'))
        text.remove(0, 1);
    text.replace(listen, "listen " + QByteArray::number(FrontendContainerPort));
    text.replace(upstream, backend);
    *config = "# resources/frontend/nginx.conf as Antler renders it for stage " + stage.name().toUtf8()
        + ": nginx listens on " + QByteArray::number(FrontendContainerPort) + ", the backend is " + backend + ".\n"
        + text;
    return true;
}

bool ManifestRenderer::expand(const QString &templateName, const QByteArray &text,
                              const QHash<QByteArray, QByteArray> &values, QByteArray *out, QString *error) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z0-9_.]+)\\}\\}"));
    static const QRegularExpression blockLine(QStringLiteral("^( *)\\{\\{([a-z0-9_.]+)\\}\\}\\s*$"));
    QByteArray result;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break; // the newline that ends the file
        const QString line = QString::fromUtf8(lines.at(i));
        const QRegularExpressionMatch block = blockLine.match(line);
        if (block.hasMatch()) {
            const QByteArray key = block.captured(2).toUtf8();
            if (!values.contains(key)) {
                *error = tr("%1:%2:%3: unknown placeholder {{%4}} in the manifest template.")
                             .arg(templateName)
                             .arg(i + 1)
                             .arg(block.capturedStart(2) - 1)
                             .arg(QString::fromUtf8(key));
                return false;
            }
            const QByteArray indent = block.captured(1).toUtf8();
            QList<QByteArray> blockLines = values.value(key).split('\n');
            if (!blockLines.isEmpty() && blockLines.last().isEmpty())
                blockLines.removeLast();
            for (const QByteArray &blockLine : std::as_const(blockLines))
                result += (blockLine.isEmpty() ? QByteArray() : indent + blockLine) + '\n';
            continue;
        }
        QString expanded;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = placeholder.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QByteArray key = match.captured(1).toUtf8();
            if (!values.contains(key)) {
                *error = tr("%1:%2:%3: unknown placeholder {{%4}} in the manifest template.")
                             .arg(templateName)
                             .arg(i + 1)
                             .arg(match.capturedStart(0) + 1)
                             .arg(QString::fromUtf8(key));
                return false;
            }
            const QByteArray value = values.value(key);
            if (value.contains('\n')) {
                *error = tr("%1:%2:%3: {{%4}} takes several lines and must stand alone on its "
                            "line in the manifest template.")
                             .arg(templateName)
                             .arg(i + 1)
                             .arg(match.capturedStart(0) + 1)
                             .arg(QString::fromUtf8(key));
                return false;
            }
            expanded += line.mid(last, match.capturedStart(0) - last);
            expanded += QString::fromUtf8(value);
            last = match.capturedEnd(0);
        }
        expanded += line.mid(last);
        result += expanded.toUtf8() + '\n';
    }
    *out = result;
    return true;
}

bool ManifestRenderer::render(const Stage &stage, const Release &release, Layout layout, Output *output,
                              QString *error) const
{
    const QString where = tr("stage %1").arg(stage.name());
    if (!release.isValid()) {
        *error = tr("%1: the release digest \"%2\" is not sha256: and 64 hex digits; deploy a "
                    "digest from antler pipeline history.")
                     .arg(where, release.digest);
        return false;
    }
    const QString backendImage = release.artifacts.value(backendArtifact());
    const QString frontendImage = release.artifacts.value(frontendArtifact());
    for (const auto &[component, image] :
         {std::pair {backendArtifact(), backendImage}, std::pair {frontendArtifact(), frontendImage}}) {
        if (!isImageByDigest(image)) {
            *error = tr("%1: the release %2 names no image by digest for %3 (\"%4\"); deploy a "
                        "release built for a container runtime (REGISTRY/NAME@sha256:…).")
                         .arg(where, Release::shortDigest(release.digest), component, image);
            return false;
        }
    }
    if (!stage.cpu().isEmpty() && !isCpuQuantity(stage.cpu())) {
        *error = tr("%1: cpu \"%2\" is not a Kubernetes quantity; write e.g. 500m or 1.").arg(where, stage.cpu());
        return false;
    }
    if (!stage.memory().isEmpty() && !isMemoryQuantity(stage.memory())) {
        *error
            = tr("%1: memory \"%2\" is not a Kubernetes quantity; write e.g. 128Mi or 1Gi.").arg(where, stage.memory());
        return false;
    }
    if (layout == Layout::Kubernetes && (stage.port() < NodePortMin || stage.port() > NodePortMax)) {
        *error = tr("%1: port %2 is outside the Kubernetes NodePort range %3-%4; set the stage's "
                    "port in antler.yaml to one in that range for the kubernetes runtime.")
                     .arg(where)
                     .arg(stage.port())
                     .arg(NodePortMin)
                     .arg(NodePortMax);
        return false;
    }
    if (stage.backendPort() == FrontendContainerPort) {
        *error = tr("%1: the backend port %2 is the port nginx listens on in the frontend "
                    "container; choose another backend port in antler.yaml.")
                     .arg(where)
                     .arg(stage.backendPort());
        return false;
    }

    QByteArray nginx;
    if (!nginxConfig(stage, layout, &nginx, error))
        return false;

    const QHash<QByteArray, QByteArray> values = {
        {"stage", stage.name().toUtf8()},
        {"namespace", stage.kubernetesNamespace().toUtf8()},
        {"name", stage.podName().toUtf8()},
        {"replicas", QByteArray::number(qMax(1, stage.replicas()))},
        {"digest", release.digest.toUtf8()},
        {"source_commit", (release.sourceCommit.isEmpty() ? QStringLiteral("unknown") : release.sourceCommit).toUtf8()},
        {"backend_image", backendImage.toUtf8()},
        {"frontend_image", frontendImage.toUtf8()},
        {"backend_port", QByteArray::number(stage.backendPort())},
        {"frontend_port", QByteArray::number(FrontendContainerPort)},
        // Podman ignores Services, and its stage port is a hostPort, not a NodePort.
        {"node_port", layout == Layout::Kubernetes ? "nodePort: " + QByteArray::number(stage.port()) : QByteArray()},
        {"host_port", QByteArray::number(stage.port())},
        {"resources", resourcesBlock(stage)},
        {"nginx.conf", nginx},
        // A changed configuration changes the pod template, so Kubernetes
        // rolls the frontend even when its image stays the same.
        {"nginx_conf_sha256", QCryptographicHash::hash(nginx, QCryptographicHash::Sha256).toHex().left(16)},
    };

    static const QRegularExpression kindPattern(QStringLiteral("(?m)^kind: *(\\S+)"));
    static const QRegularExpression namePattern(QStringLiteral("(?m)^metadata:\\n  name: *(\\S+)"));
    Output result;
    for (const QString &name : templateNames(layout)) {
        QByteArray text;
        if (!readTemplate(name, &text, error))
            return false;
        Document document;
        document.templateName = name;
        if (!expand(name, withoutLeadingComments(text), values, &document.yaml, error))
            return false;
        document.kind = QString::fromUtf8(firstMatch(document.yaml, kindPattern));
        document.name = QString::fromUtf8(firstMatch(document.yaml, namePattern));
        result.documents.append(document);
    }

    if (layout == Layout::Podman) {
        result.warnings.append(tr("%1: podman ignores the Namespace and the Services of the manifests; the pod %2 "
                                  "carries the stage, and the frontend answers on hostPort %3 instead of a NodePort.")
                                   .arg(where, stage.podName())
                                   .arg(stage.port()));
        result.warnings.append(tr("%1: podman runs the backend and the frontend in one pod without the HTTP "
                                  "liveness/readiness probes; Antler checks /healthz, /readyz and /version through "
                                  "the frontend itself.")
                                   .arg(where));
        if (stage.replicas() > 1) {
            result.warnings.append(tr("%1: podman runs 1 replica, not the %2 in antler.yaml (every replica would "
                                      "need the same hostPort).")
                                       .arg(where)
                                       .arg(stage.replicas()));
        }
    }
    *output = result;
    return true;
}

} // namespace antler::pipeline
