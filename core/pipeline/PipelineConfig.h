#pragma once

#include "pipeline/Component.h"
#include "pipeline/Stage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace antler::pipeline {

// The pipeline a user works with, read from antler.yaml: the stages in
// promotion order (a release moves from the first to the last), the runtime
// and address of each, and the image registry. Loading validates everything
// and reports the first problem as one sentence starting with FILE:LINE:COLUMN.
class PipelineConfig
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::PipelineConfig)

public:
    static constexpr int SupportedVersion = 1;

    // On failure the object is left as it was and *error says what is wrong,
    // where, and what to do.
    bool loadFile(const QString &path, QString *error);
    bool loadData(const QByteArray &yaml, const QString &sourceName, QString *error);

    // The embedded default: all stages on this machine with the local runtime.
    static PipelineConfig localProfile();
    static QString embeddedPath();

    // The file to read, in this order: explicitPath (--config FILE), then
    // antler/antler.yaml in the user's and the system's configuration
    // directories ($XDG_CONFIG_HOME first), then the embedded default.
    static QString locate(const QString &explicitPath);
    static QString locate(const QString &explicitPath, const QStringList &configDirectories);
    // locate() followed by loadFile().
    static bool load(const QString &explicitPath, PipelineConfig *config, QString *error);

    QString sourcePath() const { return m_sourcePath; }
    bool isEmbedded() const { return m_sourcePath == embeddedPath(); }
    QString profile() const { return m_profile; }
    bool isLocalProfile() const;
    // "none", or HOST:PORT of the image registry.
    QString registry() const { return m_registry; }
    bool hasRegistry() const { return m_registry != QLatin1String("none"); }
    const QList<Stage> &stages() const { return m_stages; }
    int indexOfStage(const QString &name) const;
    // The stage before name in promotion order; empty for the first.
    QString previousStage(const QString &name) const;

    // Where builds run and stages live: "localhost", or a host of inventory().
    QString target() const { return m_target; }
    bool isLocalTarget() const { return m_target == QLatin1String("localhost"); }
    // The inventory file the target host is read from; empty for localhost.
    QString inventory() const { return m_inventory; }
    // The runtime a stage uses when it names none (`runtime:` at the top).
    RuntimeKind runtime() const { return m_runtime; }
    // The components built and rolled out; moosefacts and frontend unless
    // configured.
    const QList<Component> &components() const { return m_components; }

private:
    QString m_sourcePath;
    QString m_profile;
    QString m_registry = QStringLiteral("none");
    QList<Stage> m_stages;
    QString m_target = QStringLiteral("localhost");
    QString m_inventory;
    RuntimeKind m_runtime = RuntimeKind::Local;
    QList<Component> m_components = defaultComponents();

public:
    static QList<Component> defaultComponents();
};

} // namespace antler::pipeline
