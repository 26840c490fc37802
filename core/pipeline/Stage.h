#pragma once

#include <QCoreApplication>
#include <QList>
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
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::Stage)

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

    // The pod (podman) or Deployment name prefix; "moosefacts-STAGE" unless
    // configured.
    QString podName() const;
    // The port the backend listens on inside the pod/container (8080 unless
    // configured); the local runtime serves everything on port().
    quint16 backendPort() const { return m_backendPort; }
    // Kubernetes quantities for requests and limits, empty: none set.
    QString cpu() const { return m_cpu; }
    QString memory() const { return m_memory; }
    // Promotion gate into this stage: the source stage must have run the
    // release healthy for at least this long (0: no soak time)...
    int soakSeconds() const { return m_soakSeconds; }
    // ...and a person must confirm (`--yes` on the command line).
    bool requiresConfirmation() const { return m_requiresConfirmation; }
    // How long a rollout may take to become healthy before it is rolled back.
    int rolloutTimeoutSeconds() const { return m_rolloutTimeoutSeconds; }

    void setKubernetesNamespace(const QString &kubernetesNamespace);
    void setReplicas(int replicas);
    void setPodName(const QString &podName) { m_podName = podName; }
    void setBackendPort(quint16 port) { m_backendPort = port; }
    void setCpu(const QString &cpu) { m_cpu = cpu; }
    void setMemory(const QString &memory) { m_memory = memory; }
    void setSoakSeconds(int seconds) { m_soakSeconds = seconds; }
    void setRequiresConfirmation(bool required) { m_requiresConfirmation = required; }
    void setRolloutTimeoutSeconds(int seconds) { m_rolloutTimeoutSeconds = seconds; }

    // The spelling used in antler.yaml: "kubernetes", "podman", "local".
    static QString runtimeKindName(RuntimeKind runtime);
    static std::optional<RuntimeKind> runtimeKindFromName(const QString &name);
    // Every runtime kind, in the order help and errors list them.
    static QList<RuntimeKind> runtimeKinds();
    // Their spellings for a sentence: "kubernetes, podman or local".
    static QString runtimeKindChoices();

    friend bool operator==(const Stage &, const Stage &) = default;

private:
    QString m_name;
    RuntimeKind m_runtime = RuntimeKind::Local;
    QString m_host;
    quint16 m_port = 0;
    QString m_namespace;
    int m_replicas = 1;
    QString m_podName;
    quint16 m_backendPort = 8080;
    QString m_cpu;
    QString m_memory;
    int m_soakSeconds = 0;
    bool m_requiresConfirmation = false;
    int m_rolloutTimeoutSeconds = 60;
};

} // namespace antler::pipeline
