#include "health/DeploymentMarkers.h"

#include "pipeline/History.h"

#include <QFileInfo>

#include <algorithm>

namespace antler::health {

QList<HistoryMarker> DeploymentMarkers::read(const QString &path, qint64 fromMs, qint64 toMs)
{
    QList<HistoryMarker> out;
    const QString file = path.isEmpty() ? pipeline::History::defaultPath() : path;
    if (!QFileInfo::exists(file))
        return out;
    pipeline::History history;
    if (!history.open(file, nullptr))
        return out;
    // entries() is newest first; markers are oldest first, in recording order.
    const QList<pipeline::HistoryEntry> entries = history.entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const pipeline::HistoryEntry &entry = *it;
        if (entry.kind != QLatin1String("deploy") && entry.kind != QLatin1String("promote")
            && entry.kind != QLatin1String("rollback"))
            continue;
        if (entry.result != pipeline::History::Succeeded && entry.result != pipeline::History::RolledBack)
            continue;
        const QDateTime when = entry.finishedAt.isValid() ? entry.finishedAt : entry.startedAt;
        const qint64 t = when.toMSecsSinceEpoch();
        if (t < fromMs || t >= toMs)
            continue;
        HistoryMarker marker;
        marker.timeMs = t;
        marker.stage = entry.stage;
        marker.kind = entry.kind;
        marker.digest = entry.digest();
        marker.historyId = entry.id;
        marker.label = tr("%1 %2").arg(entry.kind, pipeline::Release::shortDigest(entry.digest()));
        out.append(marker);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const HistoryMarker &a, const HistoryMarker &b) { return a.timeMs < b.timeMs; });
    return out;
}

} // namespace antler::health
