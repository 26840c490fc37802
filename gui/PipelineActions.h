#pragma once

#include "health/HealthState.h"
#include "pipeline/BuildSources.h"
#include "pipeline/PipelineConfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QAction;

namespace antler::pipeline {
class OperationManager;
}

namespace antler::gui {

// Every pipeline command of the window as one QAction — Build, Deploy to a
// stage, Promote A → B, Roll back, Pin, Unpin, Stop, Open in browser — shared
// by the menu bar, the toolbar, the stage cards' buttons, context menus,
// shortcuts and the command palette, so they can never disagree. Whether an
// action is enabled, and why not, is decided here, in one place, from the
// OperationManager's gates (the sentences the CLI prints when it refuses),
// the live health of the stages and the operations that are running.
//
// Actions that change nothing irreversibly start their operation directly;
// promote and rollback ask the window to confirm first (promoteRequested,
// rollbackRequested), which then calls promote()/rollback().
class PipelineActions : public QObject
{
    Q_OBJECT

public:
    PipelineActions(const pipeline::PipelineConfig &config, pipeline::OperationManager *operations,
                    QObject *parent = nullptr);

    QAction *build() const { return m_build; }
    QAction *deploy(const QString &stage) const { return m_deploy.value(stage); }
    // Promotes stage to the next one; nullptr for the last stage.
    QAction *promote(const QString &stage) const { return m_promote.value(stage); }
    QAction *rollback(const QString &stage) const { return m_rollback.value(stage); }
    QAction *pin(const QString &stage) const { return m_pin.value(stage); }
    QAction *unpin(const QString &stage) const { return m_unpin.value(stage); }
    QAction *stop(const QString &stage) const { return m_stop.value(stage); }
    QAction *open(const QString &stage) const { return m_open.value(stage); }
    // The actions of one stage, in the order its context menu lists them.
    QList<QAction *> stageActions(const QString &stage) const;
    // Every action, for the command palette and the menus.
    QList<QAction *> all() const;

    // Why action is disabled right now (empty when it is enabled).
    static QString whyDisabled(const QAction *action);

    // The latest health verdict of a stage: a promotion from a stage that is
    // down is refused before it starts.
    void setStageHealth(const QString &stage, health::HealthState state, const QString &reason);
    // Every action disabled with this reason (the pipeline history cannot be
    // opened, so nothing can be recorded).
    void setUnavailable(const QString &why);
    // Where builds take their sources from; empty: the bundled sources.
    void setBuildSourceTree(const QString &tree) { m_sourceTree = tree; }
    QString buildSourceDescription() const;

public Q_SLOTS:
    // Recomputes every action's enabled state and reason.
    void refresh();

    // Start the operations the confirm dialogs asked for.
    void promoteConfirmed(const QString &from, const QString &to);
    void rollbackConfirmed(const QString &stage, const QString &reason);
    void pinConfirmed(const QString &stage, const QString &reason);

Q_SIGNALS:
    void promoteRequested(const QString &from, const QString &to);
    void rollbackRequested(const QString &stage);
    void pinRequested(const QString &stage);
    // Open the stage's URL (the window decides how).
    void openRequested(const QString &stage, const QUrl &url);

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &help);
    void setGate(QAction *action, const QString &why);
    void startBuild();
    pipeline::BuildSources::Overrides sourceOverrides() const;
    QString busyReason(const QString &stage) const;

    pipeline::PipelineConfig m_config;
    pipeline::OperationManager *m_operations;
    QAction *m_build = nullptr;
    QHash<QString, QAction *> m_deploy;
    QHash<QString, QAction *> m_promote;
    QHash<QString, QAction *> m_rollback;
    QHash<QString, QAction *> m_pin;
    QHash<QString, QAction *> m_unpin;
    QHash<QString, QAction *> m_stop;
    QHash<QString, QAction *> m_open;
    QList<QAction *> m_all;
    struct StageHealthNote
    {
        health::HealthState state = health::HealthState::Unknown;
        QString reason;
    };
    QHash<QString, StageHealthNote> m_health;
    QString m_sourceTree;
    QString m_unavailable;
};

} // namespace antler::gui
