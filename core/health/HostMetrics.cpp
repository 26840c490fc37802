#include "health/HostMetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace antler::health {

namespace {

template<typename T> QJsonValue optionalJson(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::health::HostMetrics", text);
}

} // namespace

std::optional<double> HostMetrics::memoryUsedPercent() const
{
    if (!memTotalKiB || !memAvailableKiB || *memTotalKiB <= 0)
        return std::nullopt;
    return 100.0 * double(*memTotalKiB - *memAvailableKiB) / double(*memTotalKiB);
}

std::optional<double> HostMetrics::diskUsedPercent() const
{
    if (!diskUsedKiB || !diskAvailableKiB || *diskUsedKiB + *diskAvailableKiB <= 0)
        return std::nullopt;
    // As df's Capacity: used over what a user can use.
    return 100.0 * double(*diskUsedKiB) / double(*diskUsedKiB + *diskAvailableKiB);
}

QString HostMetrics::throttleText() const
{
    if (!throttled)
        return {};
    const quint32 bits = *throttled;
    QStringList now;
    if (bits & UnderVoltageNow)
        now.append(tr("under-voltage"));
    if (bits & ThrottledNow)
        now.append(tr("throttled"));
    if (bits & FrequencyCappedNow)
        now.append(tr("frequency capped"));
    if (bits & SoftTempLimitNow)
        now.append(tr("soft temperature limit"));
    QStringList since;
    if (bits & UnderVoltageOccurred)
        since.append(tr("under-voltage"));
    if (bits & ThrottledOccurred)
        since.append(tr("throttled"));
    if (bits & FrequencyCappedOccurred)
        since.append(tr("frequency capped"));
    if (bits & SoftTempLimitOccurred)
        since.append(tr("soft temperature limit"));
    QStringList parts;
    if (!now.isEmpty())
        parts.append(tr("now: %1").arg(now.join(QStringLiteral(", "))));
    if (!since.isEmpty())
        parts.append(tr("since boot: %1").arg(since.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

QJsonObject HostMetrics::toJson() const
{
    QJsonObject o {
        {QStringLiteral("host"), host},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("load1"), optionalJson(load1)},
        {QStringLiteral("load5"), optionalJson(load5)},
        {QStringLiteral("load15"), optionalJson(load15)},
        {QStringLiteral("cpu_count"), optionalJson(cpuCount)},
        {QStringLiteral("cpu_percent"), optionalJson(cpuPercent)},
        {QStringLiteral("mem_total_kib"), optionalJson(memTotalKiB)},
        {QStringLiteral("mem_available_kib"), optionalJson(memAvailableKiB)},
        {QStringLiteral("mem_used_percent"), optionalJson(memoryUsedPercent())},
        {QStringLiteral("disk_total_kib"), optionalJson(diskTotalKiB)},
        {QStringLiteral("disk_used_kib"), optionalJson(diskUsedKiB)},
        {QStringLiteral("disk_available_kib"), optionalJson(diskAvailableKiB)},
        {QStringLiteral("disk_used_percent"), optionalJson(diskUsedPercent())},
        {QStringLiteral("temperature_c"), optionalJson(temperatureC)},
        {QStringLiteral("uptime_s"), optionalJson(uptimeSeconds)},
        {QStringLiteral("memory_cgroup"), memoryCgroup ? QJsonValue(*memoryCgroup) : QJsonValue()},
    };
    if (throttled) {
        o.insert(QStringLiteral("throttled"),
                 QJsonObject {
                     {QStringLiteral("raw"), QStringLiteral("0x%1").arg(*throttled, 0, 16)},
                     {QStringLiteral("under_voltage"), bool(*throttled & UnderVoltageNow)},
                     {QStringLiteral("throttled"), bool(*throttled & ThrottledNow)},
                     {QStringLiteral("frequency_capped"), bool(*throttled & FrequencyCappedNow)},
                     {QStringLiteral("soft_temp_limit"), bool(*throttled & SoftTempLimitNow)},
                     {QStringLiteral("under_voltage_occurred"), bool(*throttled & UnderVoltageOccurred)},
                     {QStringLiteral("throttling_occurred"),
                      bool(*throttled & (ThrottledOccurred | FrequencyCappedOccurred))},
                 });
    } else {
        o.insert(QStringLiteral("throttled"), QJsonValue());
    }
    return o;
}

} // namespace antler::health
