#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace antler::pipeline {

// Where a stage's workload runs; see DESIGN.md "Runtimes".
enum class RuntimeKind {
    Kubernetes,
    Podman,
    Local,
};

// One stage of the pipeline (test, staging, production, ...): a name, the
// runtime that runs it and the address its frontend and API answer on.
class Stage
{
public:
    Stage() = default;
    Stage(const QString &name, RuntimeKind runtime, const QString &host, quint16 port);

    QString name() const { return m_name; }
    RuntimeKind runtime() const { return m_runtime; }
    QString runtimeName() const { return runtimeKindName(m_runtime); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // The Kubernetes namespace; the stage name unless configured otherwise.
    QString kubernetesNamespace() const;
    int replicas() const { return m_replicas; }
    // http://host:port/, the page a user opens to see the stage.
    QUrl url() const;

    void setKubernetesNamespace(const QString &kubernetesNamespace);
    void setReplicas(int replicas);

    // The spelling used in antler.yaml: "kubernetes", "podman", "local".
    static QString runtimeKindName(RuntimeKind runtime);
    static std::optional<RuntimeKind> runtimeKindFromName(const QString &name);

    friend bool operator==(const Stage &, const Stage &) = default;

private:
    QString m_name;
    RuntimeKind m_runtime = RuntimeKind::Local;
    QString m_host;
    quint16 m_port = 0;
    QString m_namespace;
    int m_replicas = 1;
};

} // namespace antler::pipeline
