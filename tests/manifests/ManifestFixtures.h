#pragma once

#include "pipeline/Release.h"
#include "pipeline/Stage.h"

#include <QList>
#include <QString>

// The stages and the release the manifest tests render: the golden files in
// tests/data/manifests and the kubernetes-models validation use exactly these.
namespace antler::test::manifests {

inline pipeline::Release release()
{
    pipeline::Release release;
    release.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    release.artifacts.insert(QStringLiteral("moosefacts"),
                             QStringLiteral("127.0.0.1:5000/moosefacts@") + release.digest);
    release.artifacts.insert(QStringLiteral("frontend"),
                             QStringLiteral("127.0.0.1:5000/moosefacts-frontend@sha256:")
                                 + QString(64, QLatin1Char('b')));
    release.sourceCommit = QStringLiteral("0123456789ab");
    release.buildNumber = 7;
    return release;
}

// test: defaults; staging: resources; production: 2 replicas, resources and
// its own namespace.
inline QList<pipeline::Stage> stages(pipeline::RuntimeKind runtime)
{
    const bool kubernetes = runtime == pipeline::RuntimeKind::Kubernetes;
    pipeline::Stage test(QStringLiteral("test"), runtime, QStringLiteral("127.0.0.1"), kubernetes ? 30081 : 18481);
    pipeline::Stage staging(QStringLiteral("staging"), runtime, QStringLiteral("127.0.0.1"),
                            kubernetes ? 30082 : 18482);
    staging.setCpu(QStringLiteral("250m"));
    staging.setMemory(QStringLiteral("64Mi"));
    pipeline::Stage production(QStringLiteral("production"), runtime, QStringLiteral("127.0.0.1"),
                               kubernetes ? 30083 : 18483);
    production.setKubernetesNamespace(QStringLiteral("moose-prod"));
    production.setReplicas(2);
    production.setCpu(QStringLiteral("500m"));
    production.setMemory(QStringLiteral("128Mi"));
    return {test, staging, production};
}

} // namespace antler::test::manifests
