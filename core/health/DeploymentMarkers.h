#pragma once

#include "health/HealthHistory.h"

#include <QCoreApplication>
#include <QList>

namespace antler::health {

// Deployments, promotions and rollbacks from the pipeline's history
// (pipeline::History), as markers on the health charts' time axis. Read
// only: the file is never created or changed here, and a missing file or a
// history with no rollouts gives no markers.
class DeploymentMarkers
{
    Q_DECLARE_TR_FUNCTIONS(antler::health::DeploymentMarkers)

public:
    // Markers with fromMs <= time < toMs, oldest first; path empty means
    // pipeline::History::defaultPath().
    static QList<HistoryMarker> read(const QString &path, qint64 fromMs, qint64 toMs);
};

} // namespace antler::health
