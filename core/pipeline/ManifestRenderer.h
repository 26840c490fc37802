#pragma once

#include "pipeline/Release.h"
#include "pipeline/Stage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace antler::pipeline {

// Renders the app's Kubernetes manifests (manifests/*.yaml) for one stage and
// one release: namespace, names, ports, replicas, resources and the images by
// digest. The templates hold {{key}} placeholders; a placeholder alone on a
// line takes a block of lines (the nginx configuration, the resources) at
// that line's indentation, or removes the line when the block is empty.
//
// Two layouts of the same app:
//  - Kubernetes: Namespace, the nginx ConfigMap, a Deployment each for the
//    backend and the frontend, a ClusterIP Service for the backend (nginx's
//    upstream) and a NodePort Service for the frontend on the stage's port.
//  - Podman: podman kube play ignores Services and starts every replica on
//    the same hostPort, so the backend and the frontend share one pod of one
//    replica, nginx reaches the backend on loopback and the frontend's
//    hostPort is the stage's port. warnings say what behaves differently.
class ManifestRenderer
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::ManifestRenderer)

public:
    enum class Layout {
        Kubernetes,
        Podman,
    };

    // One YAML document of the output, in apply order.
    struct Document
    {
        QString templateName; // "backend-deployment.yaml"
        QString kind; // "Deployment"
        QString name; // metadata.name
        QByteArray yaml; // without a "---" line
    };

    struct Output
    {
        QList<Document> documents;
        // What the engine will do differently from the manifests (podman).
        QStringList warnings;
        // Every document, separated by "---" lines: what kubectl apply -f -
        // and podman kube play read.
        QByteArray yaml() const;
    };

    // The port nginx listens on inside the frontend container.
    static constexpr quint16 FrontendContainerPort = 80;
    // The Kubernetes NodePort range a kubernetes stage's port must be in.
    static constexpr int NodePortMin = 30000;
    static constexpr int NodePortMax = 32767;
    // Component names in Release::artifacts.
    static QString backendArtifact() { return QStringLiteral("moosefacts"); }
    static QString frontendArtifact() { return QStringLiteral("frontend"); }

    // templateDir holds the manifests and nginx.conf; the default is the copy
    // built into the program.
    explicit ManifestRenderer(const QString &templateDir = defaultTemplateDir());

    static QString defaultTemplateDir();
    static Layout layoutFor(RuntimeKind runtime);

    // false with *error (one sentence naming the stage and what to change)
    // when the stage or the release cannot be rendered.
    bool render(const Stage &stage, const Release &release, Layout layout, Output *output, QString *error) const;

    // The template files of a layout, in apply order.
    static QStringList templateNames(Layout layout);
    // nginx.conf as the frontend container of a stage uses it.
    bool nginxConfig(const Stage &stage, Layout layout, QByteArray *config, QString *error) const;

private:
    bool readTemplate(const QString &name, QByteArray *text, QString *error) const;
    bool expand(const QString &templateName, const QByteArray &text, const QHash<QByteArray, QByteArray> &values,
                QByteArray *out, QString *error) const;

    QString m_templateDir;
};

} // namespace antler::pipeline
