#pragma once

#include "health/HealthState.h"
#include "pipeline/Stage.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace antler::gui {

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
    void setHealth(
        health::HealthState state, std::optional<double> latencyMs, const QString &error);

    // "Up", "Degraded", "Down", "Unknown" in the user's language.
    static QString stateName(health::HealthState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStateIcon();

    pipeline::Stage m_stage;
    health::HealthState m_state = health::HealthState::Unknown;
    QString m_error;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateText = nullptr;
    QLabel *m_latency = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace antler::gui
