#pragma once

#include "pipeline/PipelineConfig.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace antler::pipeline {

// What the pipeline's history says about each stage, for `antler status`
// and the health view: the digest last rolled out there (compare it with
// what /version reports to detect drift) and whether the stage is pinned.
// Reading it never creates the history file.
class StageReleases
{
public:
    struct Entry
    {
        QString digest; // last successful deploy/promote/rollback; empty if none
        bool pinned = false;
        QString pinnedDigest;
        QString pinReason;
    };

    // historyPath empty: History::defaultPath(). A history that exists but
    // cannot be read gives no entries and one sentence in *error (optional).
    static StageReleases load(const PipelineConfig &config, const QString &historyPath = {}, QString *error = nullptr);

    Entry entry(const QString &stage) const { return m_entries.value(stage); }
    // stage -> digest, for HealthMonitor::setExpectedDigest / StatusCommand::setExpectedDigests.
    QHash<QString, QString> expectedDigests() const;
    bool isPinned(const QString &stage) const { return m_entries.value(stage).pinned; }
    // {"deployed_digest": …, "pinned": bool, "pin_reason": …}
    QJsonObject toJson(const QString &stage) const;

private:
    QHash<QString, Entry> m_entries;
};

} // namespace antler::pipeline
