#pragma once

#include "playbook/Task.h"
#include "playbook/TaskResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

namespace antler::transport {
class CommandJob;
class Transport;
struct CommandResult;
struct CommandSpec;
} // namespace antler::transport

namespace antler::playbook {

// Runs one task on one host: templates the module's arguments with the host's
// variables, runs the module over the host's transport and turns what
// happened into a TaskResult the way Ansible's modules report it. Nothing
// blocks: output lines and the result arrive as signals. The modules of this
// slice (command, shell, raw, ping, debug) live here; the full engine moves
// each into a file of its own behind the same start()/finished() contract.
class TaskExecutor : public QObject
{
    Q_OBJECT

public:
    struct Privilege
    {
        bool become = false;
        QString becomeUser;
    };

    TaskExecutor(const Task &task, const QString &host, const QVariantMap &variables,
                 transport::Transport *transport, const Privilege &privilege, QObject *parent = nullptr);
    ~TaskExecutor() override;

    QString host() const { return m_host; }
    // Starts the module; finished() follows exactly once (possibly before
    // start() returns, for modules that need no host).
    void start();
    // Stops a running command; finished() follows.
    void cancel();

    // The "{{ }}" error message the task reports: names the variable and the
    // task's file:line.
    static QString templateError(const Task &task, const QString &error);

Q_SIGNALS:
    void outputLine(const QString &host, const QString &line, bool isStderr);
    void finished(const QString &host, const antler::playbook::TaskResult &result);

private:
    void runCommandModule(const QVariantMap &arguments);
    void runPing(const QVariantMap &arguments);
    void runJob(const transport::CommandSpec &spec, const QVariant &cmd);
    void checkPrecondition(const QVariantMap &arguments, const transport::CommandSpec &spec,
                           const QVariant &cmd);
    void onFinished(const transport::CommandResult &result, const QVariant &cmd);
    void finish(const TaskResult &result);
    transport::CommandSpec baseSpec() const;

    Task m_task;
    QString m_host;
    QVariantMap m_variables;
    QPointer<transport::Transport> m_transport;
    Privilege m_privilege;
    QPointer<transport::CommandJob> m_job;
    QDateTime m_start;
    bool m_finished = false;
};

} // namespace antler::playbook
