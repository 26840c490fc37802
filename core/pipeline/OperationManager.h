#pragma once

#include "pipeline/Operation.h"
#include "pipeline/PipelineConfig.h"
#include "transport/HostTransportFactory.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace antler::pipeline {

class History;
class PipelineController;

// Runs pipeline operations for the window and the CLI alike: each one
// asynchronously on its own PipelineController, one at a time per stage (a
// second operation on a busy stage waits in a queue; builds wait for each
// other), with its events, progress, cancellation and History record.
// Operations on different stages run side by side.
class OperationManager : public QObject
{
    Q_OBJECT

public:
    // history must be open and outlive the manager.
    OperationManager(const PipelineConfig &config, History *history, QObject *parent = nullptr);
    ~OperationManager() override;

    const PipelineConfig &config() const { return m_config; }
    History *history() const { return m_history; }

    // Queues request and starts it as soon as its stage is free (at the
    // earliest on the next turn of the event loop, so a caller can connect
    // to the operation first). The manager owns the operation.
    Operation *start(const Operation::Request &request);

    // Every operation of this session in the order they were started; the
    // oldest finished ones are dropped past keepFinished().
    QList<Operation *> operations() const;
    int keepFinished() const { return m_keepFinished; }
    void setKeepFinished(int count) { m_keepFinished = count; }
    Operation *operation(int id) const;
    // The running (or queued) operation that changes stage, if any.
    Operation *activeFor(const QString &stage) const;
    bool isBuilding() const;
    bool hasActive() const;
    // How playbook operations reach their hosts (host key policy, known_hosts
    // file, passphrases); applies to playbooks started afterwards.
    void setPlaybookConnection(const transport::HostConnectionOptions &options) { m_playbookConnection = options; }
    const transport::HostConnectionOptions &playbookConnection() const { return m_playbookConnection; }
    // Cancels every operation that has not finished.
    void cancelAll();

    // The gates without doing anything (PipelineController's refusals): the
    // sentence a refusal would record, or empty when the operation would go ahead.
    QString promoteRefusal(const QString &from, const QString &to) const;
    QString deployRefusal(const QString &stage) const;
    QString rollbackRefusal(const QString &stage) const;

    // How a playbook run is named in the history: the files' names and the
    // options that change what ran (limit, tags, check mode); never a value
    // of an extra variable.
    static QString playbookSummary(const playbook::PlaybookRunOptions &options);

Q_SIGNALS:
    void operationAdded(antler::pipeline::Operation *operation);
    void operationChanged(antler::pipeline::Operation *operation);
    void operationFinished(antler::pipeline::Operation *operation);
    // Every event of every operation, in order.
    void event(const antler::pipeline::PipelineEvent &event, int operationId);

private:
    static QString lockKey(const Operation::Request &request);
    void startQueued();
    void run(Operation *operation);
    void runPlaybook(Operation *operation);
    void prune();

    PipelineConfig m_config;
    History *m_history;
    // Answers the gates and does the synchronous pin/unpin.
    PipelineController *m_gates;
    QList<QPointer<Operation>> m_operations;
    // lock key -> the operation holding it
    QHash<QString, Operation *> m_busy;
    int m_nextId = 1;
    int m_keepFinished = 50;
    bool m_startScheduled = false;
    transport::HostConnectionOptions m_playbookConnection;
};

} // namespace antler::pipeline
