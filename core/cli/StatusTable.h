#pragma once

#include "cli/StageStatus.h"

#include <QJsonArray>
#include <QList>
#include <QTextStream>

namespace antler::cli {

// The text antler status prints: one row per stage (state, latency, uptime,
// digest, drift, last error), then one row per host with its metrics
// (HostMetrics::toJson() objects).
class StatusTable
{
public:
    static void print(const QList<StageStatus> &stages, const QJsonArray &hosts, QTextStream &out);
};

} // namespace antler::cli
