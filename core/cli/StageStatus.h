#pragma once

#include "health/HealthState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace antler::cli {

// What the pipeline recorded for one stage (pipeline::History): the digest
// it last deployed there, and the pin that holds the stage, if any.
struct PipelineRecord
{
    QString deployedDigest;
    bool pinned = false;
    QString pinnedDigest;
};

// One stage as `antler status` reports it, gathered from three sources that
// each fill their own fields: the health monitor (state, latency, last
// error, running digest), the health history (uptime) and the pipeline's
// record (expected digest, pin) — drift is judged from the last two — plus
// the runtime's workload status when the runtime can tell.
struct StageStatus
{
    QString name;
    QString runtime;
    QString url;
    QString host; // the host its metrics are in "hosts"

    health::HealthState state = health::HealthState::Unknown;
    QString reason;
    std::optional<double> latencyMs;
    std::optional<double> uptime24h;
    QString lastError;
    QString digest; // what /version says runs
    QString version;
    QJsonArray probes;

    PipelineRecord record;
    std::optional<QJsonObject> workload; // pipeline::WorkloadStatus::toJson()

    // Only when the pipeline recorded a digest and /version named one.
    std::optional<bool> drift() const
    {
        if (record.deployedDigest.isEmpty() || digest.isEmpty())
            return std::nullopt;
        return digest != record.deployedDigest;
    }

    QJsonObject toJson() const;
};

} // namespace antler::cli
