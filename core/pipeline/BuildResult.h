#pragma once

#include "pipeline/Release.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace antler::pipeline {

// The outcome of Runtime::build(). On success release names the immutable
// artifacts; on failure error is one sentence and nothing deployed changed.
struct BuildResult
{
    bool ok = false;
    Release release;
    QString error;
    QStringList log; // the build's output lines, kept in History
    qint64 durationMs = 0;

    QJsonObject toJson() const;
};

} // namespace antler::pipeline
