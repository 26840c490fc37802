#include "health/HostMetricsParser.h"

#include <QHash>
#include <QList>

namespace antler::health {

namespace {

const QByteArray sectionPrefix = "@@antler:";

QList<QByteArray> words(const QByteArray &line)
{
    return line.simplified().split(' ');
}

QHash<QByteArray, QByteArray> sections(const QByteArray &output, bool *complete)
{
    QHash<QByteArray, QByteArray> out;
    QByteArray current;
    *complete = false;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(sectionPrefix)) {
            current = line.mid(sectionPrefix.size()).trimmed();
            if (current == "end")
                *complete = true;
            out.insert(current, QByteArray());
            continue;
        }
        if (current.isEmpty())
            continue;
        QByteArray &text = out[current];
        text += line;
        text += '\n';
    }
    return out;
}

} // namespace

QByteArray HostMetricsParser::script()
{
    // One round trip: every source is read by this one sh process. LC_ALL=C
    // keeps df's header and numbers in one format.
    return QByteArrayLiteral("export LC_ALL=C\n"
                             "echo @@antler:loadavg; cat /proc/loadavg 2>/dev/null\n"
                             "echo @@antler:stat; head -n 1 /proc/stat 2>/dev/null\n"
                             "echo @@antler:nproc; nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null\n"
                             "echo @@antler:meminfo; cat /proc/meminfo 2>/dev/null\n"
                             "echo @@antler:df; df -Pk / 2>/dev/null\n"
                             "echo @@antler:temp; cat /sys/class/thermal/thermal_zone0/temp 2>/dev/null\n"
                             "echo @@antler:throttled; if command -v vcgencmd >/dev/null 2>&1; then "
                             "vcgencmd get_throttled 2>/dev/null; fi\n"
                             "echo @@antler:uptime; cat /proc/uptime 2>/dev/null\n"
                             "echo @@antler:cgroups; cat /proc/cgroups 2>/dev/null\n"
                             "echo @@antler:cgroup2; cat /sys/fs/cgroup/cgroup.controllers 2>/dev/null\n"
                             "echo @@antler:end\n");
}

bool HostMetricsParser::parse(const QByteArray &output, HostMetrics *metrics, QString *error)
{
    bool complete = false;
    const QHash<QByteArray, QByteArray> parts = sections(output, &complete);
    if (!complete) {
        if (error) {
            *error = tr("the host metrics script did not run to its end on %1; check that "
                        "/bin/sh works there.")
                         .arg(metrics->host);
        }
        return false;
    }
    const bool load = parseLoadAvg(parts.value("loadavg"), metrics);
    const bool memory = parseMemInfo(parts.value("meminfo"), metrics);
    const bool uptime = parseUptime(parts.value("uptime"), metrics);
    if (!load && !memory && !uptime) {
        if (error) {
            *error = tr("%1 has no readable /proc (no load, memory or uptime figures); host "
                        "metrics need a Linux host.")
                         .arg(metrics->host);
        }
        return false;
    }
    parseCpuStat(parts.value("stat"), metrics);
    bool ok = false;
    const int cpus = parts.value("nproc").trimmed().toInt(&ok);
    if (ok && cpus > 0)
        metrics->cpuCount = cpus;
    parseDf(parts.value("df"), metrics);
    parseTemperature(parts.value("temp"), metrics);
    parseThrottled(parts.value("throttled"), metrics);
    metrics->memoryCgroup = memoryCgroupEnabled(parts.value("cgroups"), parts.value("cgroup2"));
    metrics->ok = true;
    return true;
}

bool HostMetricsParser::parseLoadAvg(const QByteArray &text, HostMetrics *metrics)
{
    const QList<QByteArray> fields = words(text);
    if (fields.size() < 3)
        return false;
    bool ok1 = false, ok5 = false, ok15 = false;
    const double l1 = fields.at(0).toDouble(&ok1);
    const double l5 = fields.at(1).toDouble(&ok5);
    const double l15 = fields.at(2).toDouble(&ok15);
    if (!ok1 || !ok5 || !ok15)
        return false;
    metrics->load1 = l1;
    metrics->load5 = l5;
    metrics->load15 = l15;
    return true;
}

bool HostMetricsParser::parseMemInfo(const QByteArray &text, HostMetrics *metrics)
{
    QHash<QByteArray, qint64> values;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QList<QByteArray> rest = words(line.mid(colon + 1));
        bool ok = false;
        const qint64 value = rest.value(0).toLongLong(&ok);
        if (ok)
            values.insert(line.left(colon), value);
    }
    if (!values.contains("MemTotal"))
        return false;
    metrics->memTotalKiB = values.value("MemTotal");
    if (values.contains("MemAvailable")) {
        metrics->memAvailableKiB = values.value("MemAvailable");
    } else if (values.contains("MemFree")) {
        // Kernels before 3.14 have no MemAvailable; free + caches is what they meant.
        metrics->memAvailableKiB = values.value("MemFree") + values.value("Buffers") + values.value("Cached");
    }
    return true;
}

bool HostMetricsParser::parseDf(const QByteArray &text, HostMetrics *metrics)
{
    // POSIX format: a header, then one line per file system (never wrapped with -P).
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() < 2)
        return false;
    const QList<QByteArray> fields = words(lines.at(1));
    if (fields.size() < 6)
        return false;
    bool okTotal = false, okUsed = false, okAvail = false;
    const qint64 total = fields.at(1).toLongLong(&okTotal);
    const qint64 used = fields.at(2).toLongLong(&okUsed);
    const qint64 avail = fields.at(3).toLongLong(&okAvail);
    if (!okTotal || !okUsed || !okAvail)
        return false;
    metrics->diskTotalKiB = total;
    metrics->diskUsedKiB = used;
    metrics->diskAvailableKiB = avail;
    return true;
}

bool HostMetricsParser::parseTemperature(const QByteArray &text, HostMetrics *metrics)
{
    bool ok = false;
    const qint64 milli = text.trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    metrics->temperatureC = double(milli) / 1000.0;
    return true;
}

bool HostMetricsParser::parseThrottled(const QByteArray &text, HostMetrics *metrics)
{
    const QByteArray line = text.trimmed();
    const qsizetype eq = line.indexOf('=');
    if (eq < 0 || line.left(eq) != "throttled")
        return false;
    QByteArray value = line.mid(eq + 1).trimmed();
    bool ok = false;
    const quint32 bits = value.startsWith("0x") ? value.mid(2).toUInt(&ok, 16) : value.toUInt(&ok);
    if (!ok)
        return false;
    metrics->throttled = bits;
    return true;
}

bool HostMetricsParser::parseUptime(const QByteArray &text, HostMetrics *metrics)
{
    bool ok = false;
    const double seconds = words(text).value(0).toDouble(&ok);
    if (!ok)
        return false;
    metrics->uptimeSeconds = seconds;
    return true;
}

bool HostMetricsParser::parseCpuStat(const QByteArray &text, HostMetrics *metrics)
{
    const QList<QByteArray> fields = words(text);
    if (fields.size() < 5 || fields.at(0) != "cpu")
        return false;
    // user nice system idle iowait irq softirq steal; guest time is already in user.
    qint64 total = 0;
    qint64 idle = 0;
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        bool ok = false;
        const qint64 value = fields.at(i).toLongLong(&ok);
        if (!ok)
            return false;
        total += value;
        if (i == 4 || i == 5)
            idle += value;
    }
    metrics->cpuTotalTicks = total;
    metrics->cpuBusyTicks = total - idle;
    return true;
}

std::optional<bool> HostMetricsParser::memoryCgroupEnabled(const QByteArray &procCgroups,
                                                           const QByteArray &v2Controllers)
{
    std::optional<bool> v1;
    for (const QByteArray &line : procCgroups.split('\n')) {
        const QList<QByteArray> fields = words(line);
        if (fields.size() >= 4 && fields.at(0) == "memory")
            v1 = fields.at(3) == "1";
    }
    const QList<QByteArray> controllers = words(v2Controllers);
    const bool hasV2 = !v2Controllers.trimmed().isEmpty();
    if (hasV2) {
        // A unified hierarchy: the controller must be both enabled and offered.
        const bool offered = controllers.contains("memory");
        return v1 ? (*v1 && offered) : offered;
    }
    return v1;
}

} // namespace antler::health
