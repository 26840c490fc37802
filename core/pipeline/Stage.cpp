#include "pipeline/Stage.h"

#include <QStringList>

namespace antler::pipeline {

namespace {

struct RuntimeName
{
    RuntimeKind kind;
    const char *name;
};

// Every runtime kind with its spelling in antler.yaml: the one table that
// names them.
constexpr RuntimeName runtimeNames[] = {
    {RuntimeKind::Kubernetes, "kubernetes"},
    {RuntimeKind::Podman, "podman"},
    {RuntimeKind::Local, "local"},
};

} // namespace

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
    for (const RuntimeName &entry : runtimeNames) {
        if (entry.kind == runtime)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<RuntimeKind> Stage::runtimeKindFromName(const QString &name)
{
    for (const RuntimeName &entry : runtimeNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QList<RuntimeKind> Stage::runtimeKinds()
{
    QList<RuntimeKind> kinds;
    for (const RuntimeName &entry : runtimeNames)
        kinds.append(entry.kind);
    return kinds;
}

QString Stage::runtimeKindChoices()
{
    QStringList names;
    for (const RuntimeName &entry : runtimeNames)
        names.append(QLatin1String(entry.name));
    const QString last = names.takeLast();
    return tr("%1 or %2", "the last two of a list of choices").arg(names.join(QLatin1String(", ")), last);
}

} // namespace antler::pipeline
