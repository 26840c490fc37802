#include "StageCard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

// An empty ring: nothing runs in the stage yet.
QPixmap notDeployedIcon(const QColor &colour, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(1.5, size / 8.0);
    painter.setPen(QPen(colour, pen));
    painter.drawEllipse(QRectF(pen, pen, size - 2 * pen, size - 2 * pen));
    return pixmap;
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StageCard::StageCard(const pipeline::Stage &stage, int position, int count, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
{
    setObjectName(QStringLiteral("stageCard"));
    setAccessibleName(tr("Stage %1").arg(stage.name()));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setStyleSheet(QStringLiteral("QFrame#stageCard { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 8px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(10);

    auto *caption = new QLabel(tr("Stage %1 of %2").arg(position).arg(count), this);
    QPalette captionPalette = caption->palette();
    captionPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    caption->setPalette(captionPalette);
    layout->addWidget(caption);

    auto *title = new QLabel(stage.name(), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    const QColor stateColour = palette().color(QPalette::Disabled, QPalette::WindowText);
    const int iconSize = fontMetrics().height() - 2;
    m_stateIcon = new QLabel(this);
    m_stateIcon->setPixmap(notDeployedIcon(stateColour, iconSize, devicePixelRatioF()));
    m_stateText = new QLabel(tr("Not deployed"), this);
    m_stateText->setObjectName(QStringLiteral("stateText"));
    QFont stateFont = m_stateText->font();
    stateFont.setBold(true);
    m_stateText->setFont(stateFont);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateText, 1);
    layout->addLayout(stateRow);

    auto *details = new QFormLayout;
    details->setContentsMargins(0, 4, 0, 0);
    details->setHorizontalSpacing(12);
    details->setVerticalSpacing(6);
    details->setLabelAlignment(Qt::AlignLeft);
    details->addRow(tr("Runtime"), selectableLabel(stage.runtimeName(), this));
    details->addRow(tr("Address"), selectableLabel(stage.url().toString(), this));
    layout->addLayout(details);
    layout->addStretch(1);
}

QString StageCard::stateText() const
{
    return m_stateText->text();
}

} // namespace antler::gui
