#pragma once

#include "health/HostMetrics.h"

#include <QByteArray>
#include <QCoreApplication>

namespace antler::health {

// The one shell script a host metrics sample runs on the target, and the
// reader of what it prints. The script only reads files and asks df, nproc
// and (when present) vcgencmd, so it needs no root and no Python; each
// source is a section started by a "@@antler:NAME" line, and a missing file
// leaves its section empty.
class HostMetricsParser
{
    Q_DECLARE_TR_FUNCTIONS(antler::health::HostMetricsParser)

public:
    static QByteArray script();

    // Fills every figure the output has. Returns false with one sentence in
    // *error when the output is not the script's (it did not run to its end
    // or has no /proc figures at all).
    static bool parse(const QByteArray &output, HostMetrics *metrics, QString *error);

    // The pieces, for the tests; each returns false when the text has no figure.
    static bool parseLoadAvg(const QByteArray &text, HostMetrics *metrics);
    static bool parseMemInfo(const QByteArray &text, HostMetrics *metrics);
    static bool parseDf(const QByteArray &text, HostMetrics *metrics);
    static bool parseTemperature(const QByteArray &text, HostMetrics *metrics);
    // "throttled=0x50005".
    static bool parseThrottled(const QByteArray &text, HostMetrics *metrics);
    static bool parseUptime(const QByteArray &text, HostMetrics *metrics);
    // The "cpu" line of /proc/stat: busy and total ticks since boot.
    static bool parseCpuStat(const QByteArray &text, HostMetrics *metrics);
    // /proc/cgroups (v1 and hybrid) and /sys/fs/cgroup/cgroup.controllers (v2).
    static std::optional<bool> memoryCgroupEnabled(const QByteArray &procCgroups, const QByteArray &v2Controllers);
};

} // namespace antler::health
