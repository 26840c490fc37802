#pragma once

#include "playbook/HostStats.h"
#include "playbook/SourceLocation.h"
#include "playbook/TaskResult.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// One thing that happened during a run. The Runner emits a stream of these and
// every front end consumes the same stream: the console printer, the JSON
// printer and the GUI's run view.
struct PlaybookEvent
{
    enum class Type {
        PlaybookStarted, // playbookPath
        PlayStarted, // play, location, hosts in text
        TaskStarted, // play, task, module, location; isHandler for RUNNING HANDLER
        HostOutput, // host, text (one line), isStderr: a long command's live output
        HostResult, // host, result (result.isItem: one loop item); delegatedTo
        HostRetry, // host, result with attempts and retries: an until: attempt failed
        Included, // text: the included file, hosts: for which hosts
        NoHostsLeft, // every host of the play has failed or is unreachable
        Warning, // text: one sentence
        PlaybookFinished, // stats (by host name, sorted), exitCode, retryFile when written
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
    bool isHandler = false;
    // delegate_to: the host the module ran on ("[web1 -> localhost]").
    QString delegatedTo;
    QStringList hosts;
    QString retryFile;
    TaskResult result;
    QMap<QString, HostStats> stats;
    int exitCode = 0;
};

} // namespace antler::playbook

Q_DECLARE_METATYPE(antler::playbook::PlaybookEvent)
