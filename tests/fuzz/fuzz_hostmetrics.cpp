// What the host-metrics script prints on a Pi (loadavg, meminfo, df,
// temperature, vcgencmd get_throttled, uptime, /proc/stat, cgroups), read
// back into HostMetrics. A broken or hostile host must not crash antler.
#include "FuzzInput.h"
#include "health/HostMetrics.h"
#include "health/HostMetricsParser.h"

using antler::health::HostMetrics;
using antler::health::HostMetricsParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output = antler::fuzz::rawBytes(data, size);
    HostMetrics metrics;
    QString error;
    if (!HostMetricsParser::parse(output, &metrics, &error))
        FUZZ_ASSERT(!error.isEmpty());
    // The cgroup check reads two files; split the input between them.
    const qsizetype half = output.size() / 2;
    HostMetricsParser::memoryCgroupEnabled(output.left(half), output.mid(half));
    return 0;
}
