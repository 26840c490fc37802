#include "ChartDownsampler.h"

#include <algorithm>
#include <cmath>

namespace antler::gui {

QList<QPointF> ChartDownsampler::minMax(const QList<QPointF> &points, double xFrom, double xTo, int columns)
{
    QList<QPointF> out;
    if (points.isEmpty() || columns <= 0 || xTo <= xFrom)
        return out;
    const auto begin
        = std::lower_bound(points.cbegin(), points.cend(), xFrom, [](const QPointF &p, double x) { return p.x() < x; });
    const auto end = std::upper_bound(begin, points.cend(), xTo, [](double x, const QPointF &p) { return x < p.x(); });
    const qsizetype n = end - begin;
    if (n <= 4 * qsizetype(columns)) {
        out.reserve(n);
        for (auto it = begin; it != end; ++it)
            out.append(*it);
        return out;
    }
    out.reserve(4 * columns);
    const double width = (xTo - xFrom) / columns;
    auto it = begin;
    while (it != end) {
        const int column = std::min(columns - 1, int((it->x() - xFrom) / width));
        const double columnEnd = xFrom + (column + 1) * width;
        const QPointF first = *it;
        QPointF low = first;
        QPointF high = first;
        QPointF last = first;
        for (; it != end && (it->x() < columnEnd || column == columns - 1); ++it) {
            if (it->y() < low.y())
                low = *it;
            if (it->y() > high.y())
                high = *it;
            last = *it;
        }
        QPointF picks[4] = {first, low, high, last};
        std::sort(std::begin(picks), std::end(picks), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        for (int i = 0; i < 4; ++i) {
            if (out.isEmpty() || out.constLast() != picks[i])
                out.append(picks[i]);
        }
    }
    return out;
}

QList<QPointF> ChartDownsampler::lttb(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold >= n || threshold < 3)
        return points;
    QList<QPointF> out;
    out.reserve(threshold);
    const double every = double(n - 2) / (threshold - 2);
    qsizetype a = 0;
    out.append(points.at(0));
    for (int i = 0; i < threshold - 2; ++i) {
        // The average of the next bucket is the third corner.
        qsizetype nextStart = qsizetype(std::floor((i + 1) * every)) + 1;
        qsizetype nextEnd = std::min(qsizetype(std::floor((i + 2) * every)) + 1, n);
        double avgX = 0, avgY = 0;
        const qsizetype nextCount = std::max<qsizetype>(1, nextEnd - nextStart);
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += points.at(j).x();
            avgY += points.at(j).y();
        }
        avgX /= nextCount;
        avgY /= nextCount;
        const qsizetype start = qsizetype(std::floor(i * every)) + 1;
        const qsizetype end = qsizetype(std::floor((i + 1) * every)) + 1;
        const QPointF pa = points.at(a);
        double best = -1;
        qsizetype bestIndex = start;
        for (qsizetype j = start; j < end && j < n; ++j) {
            const double area = std::abs((pa.x() - avgX) * (points.at(j).y() - pa.y())
                                         - (pa.x() - points.at(j).x()) * (avgY - pa.y()));
            if (area > best) {
                best = area;
                bestIndex = j;
            }
        }
        out.append(points.at(bestIndex));
        a = bestIndex;
    }
    out.append(points.at(n - 1));
    return out;
}

} // namespace antler::gui
