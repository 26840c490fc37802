#pragma once

#include "pipeline/Stage.h"

#include <QFrame>

class QLabel;

namespace antler::gui {

// One stage of the pipeline as a card: its name, runtime, address and state.
// The state is always spelled out in words; the icon and colour only repeat it.
class StageCard : public QFrame
{
    Q_OBJECT

public:
    StageCard(const pipeline::Stage &stage, int position, int count, QWidget *parent = nullptr);

    const pipeline::Stage &stage() const { return m_stage; }
    QString stageName() const { return m_stage.name(); }
    QString stateText() const;

private:
    pipeline::Stage m_stage;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateText = nullptr;
};

} // namespace antler::gui
