#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace antler::health {

// One sample of a target host's vital signs, read in one round trip over the
// host's transport (HostMetricsSampler). Every figure is optional: a value
// the host does not have (no thermal zone on a VM, no vcgencmd off a Pi) is
// empty, never zero.
struct HostMetrics
{
    // Bits of `vcgencmd get_throttled` (Raspberry Pi firmware).
    enum ThrottleBit : quint32 {
        UnderVoltageNow = 1u << 0,
        FrequencyCappedNow = 1u << 1,
        ThrottledNow = 1u << 2,
        SoftTempLimitNow = 1u << 3,
        UnderVoltageOccurred = 1u << 16,
        FrequencyCappedOccurred = 1u << 17,
        ThrottledOccurred = 1u << 18,
        SoftTempLimitOccurred = 1u << 19,
    };

    QString host; // the inventory or stage host name
    qint64 timeMs = 0; // when the sample was asked for, ms since the epoch (UTC)
    bool ok = false;
    QString error; // one sentence when !ok

    std::optional<double> load1;
    std::optional<double> load5;
    std::optional<double> load15;
    std::optional<int> cpuCount;
    // Share of CPU time not idle since the previous sample, 0..100; the
    // first sample of a sampler has none.
    std::optional<double> cpuPercent;
    std::optional<qint64> memTotalKiB;
    std::optional<qint64> memAvailableKiB;
    std::optional<qint64> diskTotalKiB; // the file system of /
    std::optional<qint64> diskUsedKiB;
    std::optional<qint64> diskAvailableKiB;
    std::optional<double> temperatureC; // thermal_zone0
    std::optional<quint32> throttled; // vcgencmd get_throttled, when present
    std::optional<double> uptimeSeconds;
    // The memory cgroup controller is enabled (cgroup v1 /proc/cgroups, or v2
    // cgroup.controllers); Kubernetes and podman limits need it.
    std::optional<bool> memoryCgroup;

    // The raw /proc/stat "cpu" counters behind cpuPercent (busy, total jiffies).
    std::optional<qint64> cpuBusyTicks;
    std::optional<qint64> cpuTotalTicks;

    std::optional<double> memoryUsedPercent() const;
    std::optional<double> diskUsedPercent() const;
    bool underVoltage() const { return throttled && (*throttled & UnderVoltageNow); }
    bool throttledNow() const
    {
        return throttled && (*throttled & (ThrottledNow | FrequencyCappedNow | SoftTempLimitNow));
    }
    // "under-voltage now, throttled since boot", empty when all is well or unknown.
    QString throttleText() const;

    QJsonObject toJson() const;
};

} // namespace antler::health
