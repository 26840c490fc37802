#pragma once

#include <QList>
#include <QPointF>

namespace antler::gui {

// Reduces a long series to about one point per pixel column before it goes
// into a chart with QXYSeries::replace(), so a 30-day range draws as fast
// as a 5-minute one. Points must be sorted by x.
class ChartDownsampler
{
public:
    // Per column of (xTo - xFrom) / columns: the first, the minimum, the
    // maximum and the last point, in x order, so spikes and dips survive.
    // At most 4 * columns points; points outside [xFrom, xTo] are skipped.
    static QList<QPointF> minMax(const QList<QPointF> &points, double xFrom, double xTo, int columns);
    // Largest-Triangle-Three-Buckets: threshold points keeping the shape.
    static QList<QPointF> lttb(const QList<QPointF> &points, int threshold);
};

} // namespace antler::gui
