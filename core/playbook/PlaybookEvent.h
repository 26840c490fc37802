#pragma once

#include "playbook/HostStats.h"
#include "playbook/SourceLocation.h"
#include "playbook/TaskResult.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace antler::playbook {

// One thing that happened during a run. The Runner emits a stream of these and
// every front end consumes the same stream: the console printer, the JSON
// printer and the GUI's run view.
struct PlaybookEvent
{
    enum class Type {
        PlaybookStarted, // playbookPath
        PlayStarted, // play, location, hosts in text
        TaskStarted, // play, task, module, location
        HostOutput, // host, text (one line), isStderr: a long command's live output
        HostResult, // host, result
        NoHostsLeft, // every host of the play has failed or is unreachable
        Warning, // text: one sentence
        PlaybookFinished, // stats (by host name, sorted), exitCode
    };

    Type type = Type::Warning;
    QDateTime time = QDateTime::currentDateTimeUtc();
    QString playbookPath;
    QString play;
    QString task;
    QString module;
    SourceLocation location;
    QString host;
    QString text;
    bool isStderr = false;
    TaskResult result;
    QMap<QString, HostStats> stats;
    int exitCode = 0;
};

} // namespace antler::playbook

Q_DECLARE_METATYPE(antler::playbook::PlaybookEvent)
