#include "AvailabilityStrip.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace antler::gui {

AvailabilityStrip::AvailabilityStrip(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Availability"));
}

void AvailabilityStrip::setSpans(const QList<AvailabilitySpan> &spans, qint64 fromMs, qint64 toMs)
{
    m_spans = spans;
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    update();
}

QColor AvailabilityStrip::colorFor(AvailabilitySpan::State state)
{
    switch (state) {
    case AvailabilitySpan::State::Up:
        return QColor(0x2e, 0x9d, 0x4f);
    case AvailabilitySpan::State::Partial:
        return QColor(0xe0, 0x9b, 0x1a);
    case AvailabilitySpan::State::Down:
        return QColor(0xc8, 0x32, 0x32);
    case AvailabilitySpan::State::Unknown:
        break;
    }
    return QColor(0xc8, 0xc8, 0xc8);
}

QString AvailabilityStrip::nameOf(AvailabilitySpan::State state)
{
    switch (state) {
    case AvailabilitySpan::State::Up:
        return tr("up");
    case AvailabilitySpan::State::Partial:
        return tr("partly down");
    case AvailabilitySpan::State::Down:
        return tr("down");
    case AvailabilitySpan::State::Unknown:
        break;
    }
    return tr("no data");
}

QString AvailabilityStrip::describeAt(qint64 timeMs) const
{
    AvailabilitySpan::State state = AvailabilitySpan::State::Unknown;
    for (const AvailabilitySpan &span : m_spans) {
        if (timeMs >= span.fromMs && timeMs < span.toMs) {
            state = span.state;
            break;
        }
    }
    return tr("%1: %2").arg(QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            nameOf(state));
}

QSize AvailabilityStrip::sizeHint() const
{
    return {300, 12};
}

QSize AvailabilityStrip::minimumSizeHint() const
{
    return {60, 10};
}

void AvailabilityStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = rect();
    painter.fillRect(area, colorFor(AvailabilitySpan::State::Unknown));
    const double scale = area.width() / double(m_toMs - m_fromMs);
    for (const AvailabilitySpan &span : m_spans) {
        const double x0 = std::max(0.0, (span.fromMs - m_fromMs) * scale);
        const double x1 = std::min(area.width(), (span.toMs - m_fromMs) * scale);
        if (x1 <= x0)
            continue;
        // At least a pixel, so a one-minute outage on a 30-day strip shows.
        painter.fillRect(QRectF(x0, 0, std::max(1.0, x1 - x0), area.height()), colorFor(span.state));
    }
}

bool AvailabilityStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 t = m_fromMs + qint64(double(help->pos().x()) / std::max(1, width()) * (m_toMs - m_fromMs));
        QToolTip::showText(help->globalPos(), describeAt(t), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace antler::gui
