#include "cli/StatusTable.h"

#include "cli/TextTable.h"
#include "pipeline/Release.h"

#include <QJsonObject>

namespace antler::cli {

namespace {

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString number(const QJsonValue &value, int decimals, const QString &unit)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', decimals) + unit : QStringLiteral("-");
}

QString duration(const QJsonValue &seconds)
{
    if (!seconds.isDouble())
        return QStringLiteral("-");
    const qint64 s = qint64(seconds.toDouble());
    if (s >= 86400)
        return QStringLiteral("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
    return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

void StatusTable::print(const QList<StageStatus> &stages, const QJsonArray &hosts, QTextStream &out)
{
    QList<QStringList> rows {{QStringLiteral("STAGE"), QStringLiteral("STATE"), QStringLiteral("LATENCY"),
                              QStringLiteral("UPTIME 24H"), QStringLiteral("DIGEST"), QStringLiteral("DRIFT"),
                              QStringLiteral("LAST ERROR")}};
    for (const StageStatus &stage : stages) {
        const auto drift = stage.drift();
        QString digest = dash(pipeline::Release::shortDigest(stage.digest));
        if (stage.record.pinned)
            digest += QStringLiteral(" (pinned)");
        rows.append({
            stage.name,
            health::healthStateName(stage.state),
            stage.latencyMs ? QStringLiteral("%1 ms").arg(qRound(*stage.latencyMs)) : QStringLiteral("-"),
            stage.uptime24h ? QString::number(*stage.uptime24h, 'f', 1) + QLatin1Char('%') : QStringLiteral("-"),
            digest,
            !drift ? QStringLiteral("-") : (*drift ? QStringLiteral("yes") : QStringLiteral("no")),
            dash(stage.lastError),
        });
    }
    TextTable::print(rows, out);
    if (!hosts.isEmpty()) {
        QList<QStringList> hostRows {{QStringLiteral("HOST"), QStringLiteral("LOAD"), QStringLiteral("MEMORY"),
                                      QStringLiteral("DISK"), QStringLiteral("TEMP"), QStringLiteral("UPTIME"),
                                      QStringLiteral("MEMORY CGROUP"), QStringLiteral("THROTTLING")}};
        for (const QJsonValue value : hosts) {
            const QJsonObject host = value.toObject();
            if (!host.value(QLatin1String("ok")).toBool()) {
                hostRows.append({host.value(QLatin1String("host")).toString(), QStringLiteral("-"), QStringLiteral("-"),
                                 QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                                 host.value(QLatin1String("error")).toString()});
                continue;
            }
            const QJsonValue cgroup = host.value(QLatin1String("memory_cgroup"));
            const QJsonObject throttled = host.value(QLatin1String("throttled")).toObject();
            QString throttling = QStringLiteral("-");
            if (!throttled.isEmpty()) {
                throttling = throttled.value(QLatin1String("under_voltage")).toBool() ? QStringLiteral("UNDER-VOLTAGE")
                    : throttled.value(QLatin1String("throttled")).toBool()            ? QStringLiteral("throttled")
                                                                                      : QStringLiteral("no");
                throttling += QLatin1Char(' ') + throttled.value(QLatin1String("raw")).toString();
            }
            hostRows.append({
                host.value(QLatin1String("host")).toString(),
                number(host.value(QLatin1String("load1")), 2, QString()),
                number(host.value(QLatin1String("mem_used_percent")), 0, QStringLiteral("%")),
                number(host.value(QLatin1String("disk_used_percent")), 0, QStringLiteral("%")),
                number(host.value(QLatin1String("temperature_c")), 1, QStringLiteral(" °C")),
                duration(host.value(QLatin1String("uptime_s"))),
                cgroup.isBool() ? (cgroup.toBool() ? QStringLiteral("enabled") : QStringLiteral("DISABLED"))
                                : QStringLiteral("-"),
                throttling,
            });
        }
        out << QLatin1Char('\n');
        TextTable::print(hostRows, out);
    }
    out.flush();
}

} // namespace antler::cli
