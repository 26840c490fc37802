#pragma once

#include "playbook/Task.h"
#include "playbook/TaskResult.h"
#include "playbook/modules/ModuleContext.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace antler::playbook {

class Module;
struct ModuleSpec;

// Runs one task on one host the way Ansible's TaskExecutor does: renders the
// loop, and for each item (or once) evaluates when, templates the arguments
// with the host's variables, normalises them per the module's spec (aliases,
// defaults, choices), makes the module from the ModuleRegistry, runs it
// (again, for until/retries), then applies changed_when and failed_when,
// which see the result under the register name. A loop ends with Ansible's
// combined result (results[], changed if any item changed, "All items
// completed"). Nothing blocks: output lines, item results, retries and the
// final result arrive as signals.
class TaskExecutor : public QObject
{
    Q_OBJECT

public:
    // context: host, transport (null for controller-only modules), the
    // variables visible to the task, become, check/diff mode as the run sets
    // them (the task's check_mode/diff keywords win), environment, search
    // paths, no_log.
    TaskExecutor(const Task &task, const ModuleContext &context, QObject *parent = nullptr);
    ~TaskExecutor() override;

    QString host() const { return m_context.host; }
    // finished() follows exactly once, possibly before start() returns.
    void start();
    // Stops whatever runs; finished() follows with a failed result.
    void cancel();

    // The "{{ }}" error message the task reports: names the variable and the
    // task's file:line.
    static QString templateError(const Task &task, const QString &error);
    // Arguments by canonical name, defaults filled in, choices checked.
    static bool normaliseArguments(const ModuleSpec &spec, const QVariantMap &arguments, QVariantMap *out,
                                   QString *error);

Q_SIGNALS:
    void outputLine(const QString &host, const QString &line, bool isStderr);
    // One loop item's result (isItem set, itemLabel the printed label).
    void itemResult(const QString &host, const antler::playbook::TaskResult &result);
    // until: an attempt failed its condition; another follows after delay.
    void retrying(const QString &host, const antler::playbook::TaskResult &result);
    void finished(const QString &host, const antler::playbook::TaskResult &result);

private:
    void startItem();
    void startAttempt();
    void onModuleFinished(const TaskResult &result);
    void onAsyncTimeout();
    void finishItem(const TaskResult &result);
    void finishLoop();
    void finish(const TaskResult &result);
    TaskResult evaluateResult(const TaskResult &result, QVariantMap *variables) const;
    // The value of the variable omit; an argument rendered to it is dropped.
    static QString omitPlaceholder();
    bool effectiveCheckMode() const;

    Task m_task;
    ModuleContext m_context;
    QPointer<Module> m_module;
    QTimer *m_retryTimer = nullptr;
    // async with poll above 0: the module runs with this time limit.
    QTimer *m_asyncTimer = nullptr;
    QString m_asyncJobId;
    bool m_asyncTimedOut = false;
    bool m_loop = false;
    QVariantList m_items;
    int m_itemIndex = -1;
    QVariantMap m_itemVariables;
    QVariant m_itemLabel;
    QVariantList m_itemResults;
    // The facts earlier items of this loop set (set_fact, include_vars…):
    // as in Ansible, each item sees what the items before it set.
    QVariantMap m_loopFacts;
    QList<TaskResult> m_itemTaskResults;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace antler::playbook
