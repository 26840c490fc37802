#include "pipeline/Stage.h"

namespace antler::pipeline {

Stage::Stage(const QString &name, RuntimeKind runtime, const QString &host, quint16 port)
    : m_name(name)
    , m_runtime(runtime)
    , m_host(host)
    , m_port(port)
{
}

QString Stage::kubernetesNamespace() const
{
    return m_namespace.isEmpty() ? m_name : m_namespace;
}

QString Stage::podName() const
{
    return m_podName.isEmpty() ? QLatin1String("moosefacts-") + m_name : m_podName;
}

QUrl Stage::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

void Stage::setKubernetesNamespace(const QString &kubernetesNamespace)
{
    m_namespace = kubernetesNamespace;
}

void Stage::setReplicas(int replicas)
{
    m_replicas = replicas;
}

QString Stage::runtimeKindName(RuntimeKind runtime)
{
    switch (runtime) {
    case RuntimeKind::Kubernetes:
        return QStringLiteral("kubernetes");
    case RuntimeKind::Podman:
        return QStringLiteral("podman");
    case RuntimeKind::Local:
        return QStringLiteral("local");
    }
    return {};
}

std::optional<RuntimeKind> Stage::runtimeKindFromName(const QString &name)
{
    for (const RuntimeKind kind : {RuntimeKind::Kubernetes, RuntimeKind::Podman, RuntimeKind::Local}) {
        if (name == runtimeKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace antler::pipeline
