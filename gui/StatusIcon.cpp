#include "StatusIcon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace antler::gui {

namespace {

const QColor green(0x43, 0xa0, 0x47);
const QColor red(0xd3, 0x2f, 0x2f);
const QColor amber(0xef, 0x9a, 0x00);
const QColor blue(0x1e, 0x88, 0xe5);
const QColor slate(0x60, 0x7d, 0x8b);
const QColor grey(0x8a, 0x8a, 0x8a);

void paintMark(QPainter &painter, StatusMark mark, qreal size)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(1.5, size / 9.0);
    const QRectF disc(pen / 2, pen / 2, size - pen, size - pen);
    const QPointF c = disc.center();
    const qreal r = disc.width() / 2;
    QPen glyph(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    auto filledDisc = [&](const QColor &colour) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(disc);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(glyph);
    };
    switch (mark) {
    case StatusMark::Succeeded:
        filledDisc(green);
        painter.drawPolyline(QPolygonF(
            {c + QPointF(-r * 0.45, r * 0.02), c + QPointF(-r * 0.12, r * 0.36), c + QPointF(r * 0.48, -r * 0.32)}));
        break;
    case StatusMark::Failed:
        filledDisc(red);
        painter.drawLine(c + QPointF(-r * 0.38, -r * 0.38), c + QPointF(r * 0.38, r * 0.38));
        painter.drawLine(c + QPointF(r * 0.38, -r * 0.38), c + QPointF(-r * 0.38, r * 0.38));
        break;
    case StatusMark::Warning: {
        QPainterPath triangle;
        triangle.moveTo(size / 2, pen / 2);
        triangle.lineTo(size - pen / 2, size - pen / 2);
        triangle.lineTo(pen / 2, size - pen / 2);
        triangle.closeSubpath();
        painter.setPen(QPen(amber, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(amber);
        painter.drawPath(triangle);
        QPen dark(QColor(0x3e, 0x27, 0x00), glyph.widthF(), Qt::SolidLine, Qt::RoundCap);
        painter.setPen(dark);
        painter.drawLine(QPointF(size / 2, size * 0.38), QPointF(size / 2, size * 0.64));
        painter.drawPoint(QPointF(size / 2, size * 0.80));
        break;
    }
    case StatusMark::Info:
        filledDisc(blue);
        painter.drawLine(c + QPointF(0, -r * 0.05), c + QPointF(0, r * 0.5));
        painter.drawPoint(c + QPointF(0, -r * 0.45));
        break;
    case StatusMark::Running:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(blue.lighter(160), pen));
        painter.drawEllipse(disc.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        painter.setPen(QPen(blue, pen * 1.4, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(disc.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), 90 * 16, -200 * 16);
        break;
    case StatusMark::RolledBack: {
        filledDisc(amber);
        const QRectF arc(c.x() - r * 0.45, c.y() - r * 0.45, r * 0.9, r * 0.9);
        painter.drawArc(arc, 150 * 16, -270 * 16);
        // The arrow head at the start of the arc, pointing back.
        const QPointF tip = c + QPointF(-r * 0.39, -r * 0.22);
        painter.drawLine(tip, tip + QPointF(-r * 0.05, -r * 0.36));
        painter.drawLine(tip, tip + QPointF(r * 0.33, -r * 0.08));
        break;
    }
    case StatusMark::Refused:
        filledDisc(slate);
        painter.drawLine(c + QPointF(-r * 0.5, 0), c + QPointF(r * 0.5, 0));
        break;
    case StatusMark::Cancelled:
        filledDisc(grey);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(c - QPointF(r * 0.32, r * 0.32), QSizeF(r * 0.64, r * 0.64)));
        break;
    case StatusMark::Interrupted:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(grey, pen));
        painter.drawEllipse(disc.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        painter.setPen(QPen(grey, glyph.widthF(), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(c + QPointF(-r * 0.2, -r * 0.35), c + QPointF(-r * 0.2, r * 0.35));
        painter.drawLine(c + QPointF(r * 0.2, -r * 0.35), c + QPointF(r * 0.2, r * 0.35));
        break;
    case StatusMark::Changed:
        filledDisc(amber);
        painter.drawEllipse(c, r * 0.42, r * 0.42);
        painter.setBrush(Qt::white);
        painter.drawEllipse(c, r * 0.08, r * 0.08);
        break;
    case StatusMark::Skipped:
        filledDisc(slate);
        for (const qreal dx : {-0.3, 0.15}) {
            painter.drawPolyline(QPolygonF({c + QPointF(r * (dx - 0.1), -r * 0.35), c + QPointF(r * (dx + 0.2), 0),
                                            c + QPointF(r * (dx - 0.1), r * 0.35)}));
        }
        break;
    case StatusMark::Unreachable:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(red, pen));
        painter.drawEllipse(disc.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        painter.setPen(QPen(red, glyph.widthF(), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(c + QPointF(-r * 0.5, 0), c + QPointF(-r * 0.12, 0));
        painter.drawLine(c + QPointF(r * 0.12, 0), c + QPointF(r * 0.5, 0));
        break;
    case StatusMark::Rescued:
        filledDisc(blue);
        painter.drawPolyline(QPolygonF(
            {c + QPointF(-r * 0.45, r * 0.02), c + QPointF(-r * 0.12, r * 0.36), c + QPointF(r * 0.48, -r * 0.32)}));
        break;
    case StatusMark::Ignored:
        filledDisc(grey);
        painter.drawLine(c + QPointF(-r * 0.38, -r * 0.38), c + QPointF(r * 0.38, r * 0.38));
        painter.drawLine(c + QPointF(r * 0.38, -r * 0.38), c + QPointF(-r * 0.38, r * 0.38));
        break;
    }
}

} // namespace

QIcon statusIcon(StatusMark mark)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(mark));
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            paintMark(painter, mark, size);
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(int(mark), icon);
    return icon;
}

} // namespace antler::gui
