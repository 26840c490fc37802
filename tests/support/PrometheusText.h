#pragma once

#include <QByteArray>
#include <QStringList>

namespace antler::test {

// Checks a scrape against the Prometheus text exposition format 0.0.4, line
// by line: HELP/TYPE at most once per family and before its samples, samples
// of a family together, valid names, labels and values, and for histograms
// cumulative buckets ending in le="+Inf" that equals _count, plus _sum.
// Returns the problems found, each naming the line; empty means valid.
QStringList validatePrometheusText(const QByteArray &text);

} // namespace antler::test
