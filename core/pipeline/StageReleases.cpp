#include "pipeline/StageReleases.h"

#include "pipeline/History.h"

#include <QFileInfo>

namespace antler::pipeline {

StageReleases StageReleases::load(const PipelineConfig &config, const QString &historyPath, QString *error)
{
    StageReleases releases;
    const QString path = historyPath.isEmpty() ? History::defaultPath() : historyPath;
    if (!QFileInfo(path).isFile())
        return releases;
    History history;
    if (!history.open(path, error))
        return releases;
    for (const Stage &stage : config.stages()) {
        Entry entry;
        entry.digest = history.deployedDigest(stage.name());
        if (const auto pin = history.pin(stage.name())) {
            entry.pinned = true;
            entry.pinnedDigest = pin->digest;
            entry.pinReason = pin->reason;
        }
        releases.m_entries.insert(stage.name(), entry);
    }
    return releases;
}

QHash<QString, QString> StageReleases::expectedDigests() const
{
    QHash<QString, QString> digests;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it->digest.isEmpty())
            digests.insert(it.key(), it->digest);
    }
    return digests;
}

QJsonObject StageReleases::toJson(const QString &stage) const
{
    const Entry e = m_entries.value(stage);
    return QJsonObject {
        {QStringLiteral("deployed_digest"), e.digest.isEmpty() ? QJsonValue() : QJsonValue(e.digest)},
        {QStringLiteral("pinned"), e.pinned},
        {QStringLiteral("pin_reason"), e.pinned ? QJsonValue(e.pinReason) : QJsonValue()},
    };
}

} // namespace antler::pipeline
