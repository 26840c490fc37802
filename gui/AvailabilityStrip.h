#pragma once

#include "HealthStore.h"

#include <QWidget>

namespace antler::gui {

// A thin bar across the chart's time range painted with the stage's
// availability: up, partly down, down, no data. Colour is never alone: the
// tooltip says what is under the mouse in words, with the time.
class AvailabilityStrip : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityStrip(QWidget *parent = nullptr);

    void setSpans(const QList<AvailabilitySpan> &spans, qint64 fromMs, qint64 toMs);
    const QList<AvailabilitySpan> &spans() const { return m_spans; }
    // "up", "partly down", "down", "no data" at a time.
    QString describeAt(qint64 timeMs) const;
    static QColor colorFor(AvailabilitySpan::State state);
    static QString nameOf(AvailabilitySpan::State state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<AvailabilitySpan> m_spans;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
};

} // namespace antler::gui
