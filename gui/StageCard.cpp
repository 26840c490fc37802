#include "StageCard.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

// The icon repeats the state's word: an empty ring while nothing is known, a
// filled disc when up, a half-filled disc when degraded, a disc with a cross
// when down.
QPixmap stateIcon(
    health::HealthState state, const QPalette &palette, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(1.5, size / 8.0);
    const QRectF disc(pen, pen, size - 2 * pen, size - 2 * pen);
    switch (state) {
    case health::HealthState::Unknown:
        painter.setPen(QPen(palette.color(QPalette::Disabled, QPalette::WindowText), pen));
        painter.drawEllipse(disc);
        break;
    case health::HealthState::Up:
        painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), pen));
        painter.setBrush(QColor(0x43, 0xa0, 0x47));
        painter.drawEllipse(disc);
        break;
    case health::HealthState::Degraded: {
        const QColor amber(0xef, 0x9a, 0x00);
        painter.setPen(QPen(amber, pen));
        painter.drawEllipse(disc);
        painter.setBrush(amber);
        painter.drawPie(disc, 90 * 16, 180 * 16);
        break;
    }
    case health::HealthState::Down: {
        painter.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), pen));
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawEllipse(disc);
        painter.setPen(QPen(Qt::white, pen));
        const qreal inset = size * 0.32;
        painter.drawLine(QPointF(inset, inset), QPointF(size - inset, size - inset));
        painter.drawLine(QPointF(size - inset, inset), QPointF(inset, size - inset));
        break;
    }
    }
    return pixmap;
}

// A one-line label that elides its text to the room it gets, so a long error
// never widens the card; the full text stays in text() and the tooltip.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return { 0, QLabel::minimumSizeHint().height() }; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        const QString elided = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
        style()->drawItemText(
            &painter, area, int(alignment()), palette(), isEnabled(), elided, foregroundRole());
    }
};

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
    m_stateIcon = new QLabel(this);
    m_stateText = new QLabel(stateName(m_state), this);
    m_stateText->setObjectName(QStringLiteral("stateText"));
    QFont stateFont = m_stateText->font();
    stateFont.setBold(true);
    m_stateText->setFont(stateFont);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateText, 1);
    layout->addLayout(stateRow);
    updateStateIcon();

    // Until the monitor reports, this line says so; then it holds the last error.
    m_errorLabel = new ElidedLabel(tr("Waiting for the first probe"), this);
    m_errorLabel->setObjectName(QStringLiteral("errorText"));
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_errorLabel);

    auto *details = new QFormLayout;
    details->setContentsMargins(0, 4, 0, 0);
    details->setHorizontalSpacing(12);
    details->setVerticalSpacing(6);
    details->setLabelAlignment(Qt::AlignLeft);
    details->addRow(tr("Runtime"), selectableLabel(stage.runtimeName(), this));
    details->addRow(tr("Address"), selectableLabel(stage.url().toString(), this));
    m_latency = new QLabel(QStringLiteral("–"), this);
    m_latency->setObjectName(QStringLiteral("latencyText"));
    m_latency->setAccessibleName(tr("Latency"));
    details->addRow(tr("Latency"), m_latency);
    layout->addLayout(details);
    layout->addStretch(1);
}

QString StageCard::stateText() const
{
    return m_stateText->text();
}

QString StageCard::latencyText() const
{
    return m_latency->text();
}

QString StageCard::stateName(health::HealthState state)
{
    switch (state) {
    case health::HealthState::Unknown:
        return tr("Unknown");
    case health::HealthState::Up:
        return tr("Up");
    case health::HealthState::Degraded:
        return tr("Degraded");
    case health::HealthState::Down:
        return tr("Down");
    }
    return {};
}

void StageCard::setHealth(
    health::HealthState state, std::optional<double> latencyMs, const QString &error)
{
    if (state != m_state) {
        m_state = state;
        m_stateText->setText(stateName(state));
        updateStateIcon();
    }
    m_latency->setText(
        latencyMs ? tr("%1 ms").arg(QLocale().toString(*latencyMs, 'f', 0)) : QStringLiteral("–"));
    m_error = error;
    m_errorLabel->setText(error);
    m_errorLabel->setToolTip(error);
}

void StageCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateStateIcon();
    QFrame::changeEvent(event);
}

void StageCard::updateStateIcon()
{
    if (!m_stateIcon)
        return;
    const int iconSize = fontMetrics().height() - 2;
    m_stateIcon->setPixmap(stateIcon(m_state, palette(), iconSize, devicePixelRatioF()));
    m_stateIcon->setAccessibleName(stateName(m_state));
}

} // namespace antler::gui
