#pragma once

#include "playbook/TaskResult.h"
#include "playbook/modules/ModuleContext.h"
#include "transport/CommandResult.h"
#include "transport/CommandSpec.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <functional>

namespace antler::transport {
class CommandJob;
}

namespace antler::playbook {

// One Ansible module, run for one task on one host. Asynchronous: start()
// returns at once; finished() follows exactly once (it may be emitted before
// start() returns). Modules never block and never need Python on the host:
// they run shell commands over the transport, or read a file, decide on the
// controller and write the result back.
//
// Each module lives in a file of its own under playbook/modules/, exposes
// `static ModuleSpec spec()` and is listed in ModuleRegistry.cpp.
class Module : public QObject
{
    Q_OBJECT

public:
    explicit Module(const ModuleContext &context, QObject *parent = nullptr);
    ~Module() override;

    const ModuleContext &context() const { return m_context; }

    // arguments are templated already and normalised: aliases replaced by the
    // argument's name, defaults from the spec filled in.
    virtual void start(const QVariantMap &arguments) = 0;
    // Stops whatever runs; finished() follows with a failed result.
    virtual void cancel();

Q_SIGNALS:
    // Live output of a long-running command.
    void outputLine(const QString &line, bool isStderr);
    void finished(const antler::playbook::TaskResult &result);

protected:
    // A CommandSpec with the task's become and environment filled in.
    transport::CommandSpec commandSpec() const;
    // Runs a command on the host and calls done with its result; stdout and
    // stderr lines are forwarded to outputLine() when streamOutput is true.
    // An unreachable host or a lost connection finishes the module as
    // unreachable without calling done.
    void runCommand(const transport::CommandSpec &spec, std::function<void(const transport::CommandResult &)> done,
                    bool streamOutput = false);
    // Emits finished() once; later calls are ignored.
    void finish(const TaskResult &result);
    void fail(const QString &message);
    bool isFinished() const { return m_finished; }

private:
    ModuleContext m_context;
    QPointer<transport::CommandJob> m_job;
    bool m_finished = false;
};

} // namespace antler::playbook
