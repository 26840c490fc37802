#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

namespace antler::gui {

// A small line of recent values (a stage's latency on its card): the shape
// at a glance, no axes; the card's text gives the numbers. Drawn in the
// palette's highlight colour so it follows the theme.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    // x: time in ms, y: value; drawn over their own range.
    void setPoints(const QList<QPointF> &points);
    qsizetype pointCount() const { return m_points.size(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_points;
};

} // namespace antler::gui
