#pragma once

#include "health/HealthState.h"
#include "pipeline/Stage.h"

#include <QDateTime>
#include <QFrame>

#include <optional>

class QAction;
class QLabel;
class QToolButton;

namespace antler::gui {

class Sparkline;

// One stage of the pipeline as a card: its name, runtime, address and live
// health. The state is always spelled out in words; the icon and colour only
// repeat it.
class StageCard : public QFrame
{
    Q_OBJECT

public:
    StageCard(const pipeline::Stage &stage, int position, int count, QWidget *parent = nullptr);

    const pipeline::Stage &stage() const { return m_stage; }
    QString stageName() const { return m_stage.name(); }
    health::HealthState state() const { return m_state; }
    QString stateText() const;
    QString latencyText() const;
    // The full last error; the card shows it elided, its tooltip in full.
    QString errorText() const { return m_error; }

    // The latest verdict of the health monitor; latencyMs is the user path's.
    void setHealth(health::HealthState state, std::optional<double> latencyMs, const QString &error);

    // "Up", "Degraded", "Down", "Unknown" in the user's language.
    static QString stateName(health::HealthState state);

    // What the pipeline put into the stage, from its history.
    struct Release
    {
        QString digest; // empty: the stage runs no release yet
        int buildNumber = 0;
        QString sourceCommit;
        QDateTime builtAt;
        QDateTime deployedAt;
        bool pinned = false;
        QString pinReason;
    };
    void setRelease(const Release &release);
    QString digestText() const;
    QString pinText() const;
    bool isPinned() const { return m_release.pinned; }

    // The card's buttons trigger these actions (shared with the menus, the
    // toolbar and the command palette); promote is null on the last stage.
    // contextActions fill the card's context menu.
    void setActions(QAction *deploy, QAction *promote, QAction *rollback, QAction *open,
                    const QList<QAction *> &contextActions);
    QToolButton *deployButton() const { return m_deployButton; }
    QToolButton *promoteButton() const { return m_promoteButton; }
    QToolButton *rollbackButton() const { return m_rollbackButton; }
    QToolButton *openButton() const { return m_openButton; }

    // The latency of the last minutes (x: ms since the epoch) for the
    // sparkline, and the uptime of the last 24 hours in percent.
    void setTrend(const QList<QPointF> &latency, std::optional<double> uptime24h);
    QString uptimeText() const;
    Sparkline *sparkline() const { return m_sparkline; }

    // The step of the operation running on the stage; empty when none.
    void setActivity(const QString &text);
    QString activityText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStateIcon();
    QToolButton *makeButton(QAction *action);

    pipeline::Stage m_stage;
    health::HealthState m_state = health::HealthState::Unknown;
    QString m_error;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateText = nullptr;
    QLabel *m_latency = nullptr;
    QLabel *m_errorLabel = nullptr;
    Release m_release;
    QLabel *m_digest = nullptr;
    QLabel *m_build = nullptr;
    QLabel *m_deployed = nullptr;
    QLabel *m_pinBadge = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_uptime = nullptr;
    Sparkline *m_sparkline = nullptr;
    QWidget *m_buttonRow = nullptr;
    QToolButton *m_deployButton = nullptr;
    QToolButton *m_promoteButton = nullptr;
    QToolButton *m_rollbackButton = nullptr;
    QToolButton *m_openButton = nullptr;
};

} // namespace antler::gui
