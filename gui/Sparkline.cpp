#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace antler::gui {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setPoints(const QList<QPointF> &points)
{
    m_points = points;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {120, fontMetrics().height()};
}

QSize Sparkline::minimumSizeHint() const
{
    return {40, fontMetrics().height()};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_points.size() < 2)
        return;
    const auto [minX, maxX] = std::minmax_element(m_points.cbegin(), m_points.cend(),
                                                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    const auto [minY, maxY] = std::minmax_element(m_points.cbegin(), m_points.cend(),
                                                  [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    const double spanX = qMax(1.0, maxX->x() - minX->x());
    // Latency starts at zero, so a steady line stays low instead of filling the box.
    const double top = qMax(1.0, maxY->y());
    Q_UNUSED(minY);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    QPainterPath path;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const QPointF &p = m_points.at(i);
        const QPointF at(area.left() + (p.x() - minX->x()) / spanX * area.width(),
                         area.bottom() - p.y() / top * area.height());
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
}

} // namespace antler::gui
