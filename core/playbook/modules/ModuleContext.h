#pragma once

#include "playbook/SourceLocation.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::transport {
class Transport;
}

namespace antler::playbook {

// Everything a module may use while it runs one task on one host. A plain
// value handed to the module by the TaskExecutor.
struct ModuleContext
{
    // The inventory name of the host.
    QString host;
    // The host's transport; null only for controller-only modules. For
    // delegate_to: localhost it is a LocalTransport.
    QPointer<transport::Transport> transport;
    // Every variable visible to the task (inventory, play, facts, registered,
    // loop item, -e), for the template module and for set_fact.
    QVariantMap variables;
    bool become = false;
    QString becomeUser;
    // --check / check_mode: predict, change nothing. --diff: fill result "diff".
    bool checkMode = false;
    bool diffMode = false;
    // Where a relative src/template is looked up, in order: the role's files/
    // or templates/ first, then the playbook's folder (and its files/ and
    // templates/).
    QStringList searchPaths;
    // environment: exported before every command the module runs.
    QList<QPair<QByteArray, QByteArray>> environment;
    // The task, for messages ("the task at FILE:LINE …").
    SourceLocation location;
    // no_log: the module must not put secrets into messages.
    bool noLog = false;
    // async with poll: 0 (command and shell only): the command is started as
    // a job of its own on the host under asyncJobId, killed after
    // backgroundSeconds, and the task reports the job instead of waiting.
    int backgroundSeconds = 0;
    QString asyncJobId;
};

} // namespace antler::playbook
