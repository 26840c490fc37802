#include "playbook/TaskExecutor.h"

#include "playbook/TaskConditions.h"
#include "playbook/TaskKeywords.h"
#include "playbook/TaskLoop.h"
#include "playbook/Templar.h"
#include "playbook/modules/AsyncJob.h"
#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleRegistry.h"
#include "playbook/modules/ModuleSpec.h"
#include "transport/Transport.h"

namespace antler::playbook {

TaskExecutor::TaskExecutor(const Task &task, const ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_task(task)
    , m_context(context)
{
}

TaskExecutor::~TaskExecutor()
{
    if (m_module) {
        m_module->disconnect(this);
        delete m_module;
    }
}

QString TaskExecutor::templateError(const Task &task, const QString &error)
{
    return QCoreApplication::translate("antler::playbook::TaskExecutor",
                                       "the task at %1 cannot be templated: %2; define the variable in "
                                       "the play's vars, the inventory or with -e, or fix the expression.")
        .arg(task.location.fileAndLine(), error);
}

bool TaskExecutor::normaliseArguments(const ModuleSpec &spec, const QVariantMap &arguments, QVariantMap *out,
                                      QString *error)
{
    QVariantMap result;
    for (auto it = arguments.cbegin(); it != arguments.cend(); ++it) {
        const ModuleArgument *argument = spec.argument(it.key());
        if (!argument) {
            if (!spec.anyArguments && !it.key().startsWith(QLatin1Char('_'))) {
                *error = QCoreApplication::translate("antler::playbook::TaskExecutor",
                                                     "Unsupported parameters for (%1) module: %2.")
                             .arg(spec.name, it.key());
                return false;
            }
            result.insert(it.key(), it.value());
            continue;
        }
        result.insert(argument->name, it.value());
    }
    for (const ModuleArgument &argument : spec.arguments) {
        if (!result.contains(argument.name) && argument.defaultValue.isValid())
            result.insert(argument.name, argument.defaultValue);
        if (!argument.choices.isEmpty() && result.contains(argument.name)) {
            const QString value = Templar::toText(result.value(argument.name));
            if (!argument.choices.contains(value)) {
                *error = QCoreApplication::translate("antler::playbook::TaskExecutor",
                                                     "value of %1 must be one of: %2, got: %3")
                             .arg(argument.name, argument.choices.join(QStringLiteral(", ")), value);
                return false;
            }
        }
    }
    *out = result;
    return true;
}

QString TaskExecutor::omitPlaceholder()
{
    return QStringLiteral("__omit_place_holder__antler");
}

bool TaskExecutor::effectiveCheckMode() const
{
    return m_task.checkMode.value_or(m_context.checkMode);
}

void TaskExecutor::start()
{
    if (m_task.hasLoop()) {
        m_loop = true;
        QString error;
        if (!TaskLoop::items(m_task, m_context.variables, &m_items, &error)) {
            finish(TaskResult::failed(error));
            return;
        }
        if (m_items.isEmpty()) {
            TaskResult skipped;
            skipped.status = TaskResult::Status::Skipped;
            skipped.isLoop = true;
            skipped.data = {{QStringLiteral("changed"), false},
                            {QStringLiteral("skipped_reason"), QStringLiteral("No items in the list")},
                            {QStringLiteral("results"), QVariantList()}};
            finish(skipped);
            return;
        }
    }
    startItem();
}

void TaskExecutor::startItem()
{
    ++m_itemIndex;
    m_attempt = 0;
    m_itemVariables = m_context.variables;
    for (auto it = m_loopFacts.cbegin(); it != m_loopFacts.cend(); ++it)
        m_itemVariables.insert(it.key(), it.value());
    // Ansible's omit: an argument whose value renders to it is left out.
    if (!m_itemVariables.contains(QStringLiteral("omit")))
        m_itemVariables.insert(QStringLiteral("omit"), omitPlaceholder());
    if (m_loop) {
        if (m_itemIndex >= m_items.size()) {
            finishLoop();
            return;
        }
        const QVariant item = m_items.at(m_itemIndex);
        m_itemVariables.insert(m_task.loopVar, item);
        m_itemVariables.insert(QStringLiteral("ansible_loop_var"), m_task.loopVar);
        if (!m_task.loopIndexVar.isEmpty()) {
            m_itemVariables.insert(m_task.loopIndexVar, m_itemIndex);
            m_itemVariables.insert(QStringLiteral("ansible_index_var"), m_task.loopIndexVar);
        }
        m_itemLabel = item;
        if (!m_task.loopLabel.isEmpty()) {
            QVariant label;
            QString error;
            if (Templar(m_itemVariables).render(m_task.loopLabel, &label, &error))
                m_itemLabel = label;
        }
    } else if (m_itemIndex > 0) {
        return;
    }
    bool holds = true;
    QString error;
    if (!TaskConditions::hold(m_task.when, m_itemVariables, &holds, nullptr, &error)) {
        finishItem(TaskResult::failed(error));
        return;
    }
    if (!holds) {
        TaskResult skipped;
        skipped.status = TaskResult::Status::Skipped;
        skipped.data = {{QStringLiteral("changed"), false},
                        {QStringLiteral("skip_reason"), QStringLiteral("Conditional result was False")}};
        finishItem(skipped);
        return;
    }
    // The keywords written as templates, for this host and item.
    if (!TaskKeywords::resolve(&m_task, m_itemVariables, &error)) {
        finishItem(TaskResult::failed(error));
        return;
    }
    startAttempt();
}

void TaskExecutor::startAttempt()
{
    ++m_attempt;
    const ModuleRegistry &registry = ModuleRegistry::instance();
    const ModuleSpec *spec = registry.find(m_task.module);
    if (!spec) {
        finishItem(TaskResult::failed(
            tr("the task at %1 uses the module “%2”, which Antler does not have; see antler --list-modules.")
                .arg(m_task.location.fileAndLine(), m_task.module)));
        return;
    }
    QVariant rendered;
    QString error;
    if (!Templar(m_itemVariables).renderValue(m_task.arguments, &rendered, &error)) {
        finishItem(TaskResult::failed(templateError(m_task, error)));
        return;
    }
    QVariantMap renderedArguments = rendered.toMap();
    for (auto it = renderedArguments.begin(); it != renderedArguments.end();) {
        if (it.value().typeId() == QMetaType::QString && it.value().toString() == omitPlaceholder())
            it = renderedArguments.erase(it);
        else
            ++it;
    }
    QVariantMap arguments;
    if (!normaliseArguments(*spec, renderedArguments, &arguments, &error)) {
        finishItem(TaskResult::failed(error));
        return;
    }
    ModuleContext context = m_context;
    context.variables = m_itemVariables;
    context.checkMode = effectiveCheckMode();
    context.diffMode = m_task.diff.value_or(m_context.diffMode);
    context.noLog = m_task.noLog || m_context.noLog;
    if (spec->controllerOnly)
        context.transport = nullptr;
    if (m_task.asyncSeconds > 0) {
        // Ansible's own messages for what its action plugins refuse: the
        // modules with an action plugin of their own that takes no async.
        static const QStringList noAsync = {QStringLiteral("add_host"),
                                            QStringLiteral("assemble"),
                                            QStringLiteral("assert"),
                                            QStringLiteral("async_status"),
                                            QStringLiteral("copy"),
                                            QStringLiteral("debug"),
                                            QStringLiteral("fail"),
                                            QStringLiteral("fetch"),
                                            QStringLiteral("group_by"),
                                            QStringLiteral("include_vars"),
                                            QStringLiteral("pause"),
                                            QStringLiteral("raw"),
                                            QStringLiteral("script"),
                                            QStringLiteral("set_fact"),
                                            QStringLiteral("set_stats"),
                                            QStringLiteral("template"),
                                            QStringLiteral("unarchive"),
                                            QStringLiteral("validate_argument_spec"),
                                            QStringLiteral("wait_for_connection")};
        if (spec->controllerOnly || noAsync.contains(spec->name)) {
            finishItem(TaskResult::failed(QStringLiteral("async is not supported for this task.")));
            return;
        }
        if (context.checkMode) {
            finishItem(TaskResult::failed(QStringLiteral("check mode and async cannot be used on same task.")));
            return;
        }
        m_asyncJobId = AsyncJob::newJobId();
        if (m_task.poll == 0) {
            if (spec->name != QLatin1String("command") && spec->name != QLatin1String("shell")) {
                finishItem(TaskResult::failed(
                    tr("the task at %1 would leave “%2” running in the background (poll: 0), which Antler does only "
                       "for command and shell; give the task a poll interval such as “poll: 5”.")
                        .arg(m_task.location.fileAndLine(), spec->name)));
                return;
            }
            context.backgroundSeconds = m_task.asyncSeconds;
            context.asyncJobId = m_asyncJobId;
        } else {
            // The module runs from here as usual, only within the time
            // limit: the same result as Ansible's polling gives, without
            // the wait for the next poll.
            if (!m_asyncTimer) {
                m_asyncTimer = new QTimer(this);
                m_asyncTimer->setSingleShot(true);
                connect(m_asyncTimer, &QTimer::timeout, this, &TaskExecutor::onAsyncTimeout);
            }
            m_asyncTimer->start(m_task.asyncSeconds * 1000);
        }
    }
    if (context.checkMode && !spec->supportsCheckMode) {
        TaskResult skipped;
        skipped.status = TaskResult::Status::Skipped;
        skipped.data = {{QStringLiteral("changed"), false},
                        {QStringLiteral("msg"), tr("remote module (%1) does not support check mode").arg(spec->name)}};
        finishItem(skipped);
        return;
    }
    Module *module = registry.create(spec->name, context, this);
    m_module = module;
    connect(module, &Module::outputLine, this,
            [this](const QString &line, bool isStderr) { Q_EMIT outputLine(m_context.host, line, isStderr); });
    connect(module, &Module::finished, this, &TaskExecutor::onModuleFinished, Qt::QueuedConnection);
    module->start(arguments);
}

TaskResult TaskExecutor::evaluateResult(const TaskResult &moduleResult, QVariantMap *variables) const
{
    TaskResult result = moduleResult;
    if (result.status == TaskResult::Status::Unreachable || result.status == TaskResult::Status::Skipped)
        return result;
    if (!result.data.contains(QStringLiteral("changed")))
        result.data.insert(QStringLiteral("changed"), false);
    // What changed_when, failed_when and until see: the variables, the
    // result's facts, the result under the register name, and (lowest) the
    // result's own fields.
    QVariantMap seen = *variables;
    const QVariantMap facts = result.data.value(QStringLiteral("ansible_facts")).toMap();
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        seen.insert(it.key(), it.value());
    for (auto it = result.data.cbegin(); it != result.data.cend(); ++it) {
        if (!seen.contains(it.key()))
            seen.insert(it.key(), it.value());
    }
    if (!m_task.registerAs.isEmpty())
        seen.insert(m_task.registerAs, result.registered());
    auto applyStatus = [&result] {
        const bool failed = result.data.value(QStringLiteral("failed")).toBool();
        const bool changed = result.data.value(QStringLiteral("changed")).toBool();
        result.status = failed ? TaskResult::Status::Failed
            : changed          ? TaskResult::Status::Changed
                               : TaskResult::Status::Ok;
        result.data.remove(QStringLiteral("failed"));
    };
    result.data.insert(QStringLiteral("failed"), result.status == TaskResult::Status::Failed);
    QString error;
    bool holds = false;
    if (!m_task.changedWhen.isEmpty()) {
        if (!TaskConditions::hold(m_task.changedWhen, seen, &holds, nullptr, &error)) {
            result.data.insert(QStringLiteral("failed"), true);
            result.data.insert(QStringLiteral("changed_when_result"), error);
            applyStatus();
            return result;
        }
        result.data.insert(QStringLiteral("changed"), holds);
        if (!m_task.registerAs.isEmpty()) {
            QVariantMap registered = seen.value(m_task.registerAs).toMap();
            registered.insert(QStringLiteral("changed"), holds);
            seen.insert(m_task.registerAs, registered);
        }
    }
    if (!m_task.failedWhen.isEmpty()) {
        if (!TaskConditions::hold(m_task.failedWhen, seen, &holds, nullptr, &error)) {
            result.data.insert(QStringLiteral("failed"), true);
            result.data.insert(QStringLiteral("failed_when_result"), error);
            applyStatus();
            return result;
        }
        result.data.insert(QStringLiteral("failed"), holds);
        result.data.insert(QStringLiteral("failed_when_result"), holds);
    }
    applyStatus();
    *variables = seen;
    return result;
}

void TaskExecutor::onAsyncTimeout()
{
    if (m_module) {
        m_module->disconnect(this);
        m_module->cancel();
        m_module->deleteLater();
        m_module = nullptr;
    }
    m_asyncTimedOut = true;
    onModuleFinished(TaskResult::failed(
        QStringLiteral("async task did not complete within the requested time - %1s").arg(m_task.asyncSeconds)));
}

void TaskExecutor::onModuleFinished(const TaskResult &moduleResult)
{
    if (m_module) {
        m_module->disconnect(this);
        m_module->deleteLater();
        m_module = nullptr;
    }
    const bool timedOut = m_asyncTimedOut;
    m_asyncTimedOut = false;
    if (m_asyncTimer)
        m_asyncTimer->stop();
    if (m_cancelled)
        return;
    TaskResult finished = moduleResult;
    if (m_task.asyncSeconds > 0 && m_task.poll > 0 && !timedOut && finished.status != TaskResult::Status::Unreachable
        && finished.status != TaskResult::Status::Skipped) {
        // What Ansible's last poll adds to the module's result.
        finished.data.insert(QStringLiteral("ansible_job_id"), m_asyncJobId);
        finished.data.insert(QStringLiteral("started"), 1);
        finished.data.insert(QStringLiteral("finished"), 1);
    }
    QVariantMap seen = m_itemVariables;
    TaskResult result = evaluateResult(finished, &seen);
    if (!m_task.until.isEmpty() && result.status != TaskResult::Status::Unreachable) {
        // Ansible: retries + 1 attempts in all; "attempts" counts them.
        const int attempts = qMax(1, m_task.retries + 1);
        result.data.insert(QStringLiteral("attempts"), m_attempt);
        if (!m_task.registerAs.isEmpty()) {
            QVariantMap registered = seen.value(m_task.registerAs).toMap();
            registered.insert(QStringLiteral("attempts"), m_attempt);
            seen.insert(m_task.registerAs, registered);
        }
        bool holds = false;
        QString error;
        if (!TaskConditions::hold(m_task.until, seen, &holds, nullptr, &error)) {
            finishItem(TaskResult::failed(error));
            return;
        }
        if (!holds) {
            if (m_attempt < attempts) {
                TaskResult retry = result;
                retry.data.insert(QStringLiteral("retries"), attempts);
                retry.noLog = m_task.noLog;
                Q_EMIT retrying(m_context.host, retry);
                if (!m_retryTimer) {
                    m_retryTimer = new QTimer(this);
                    m_retryTimer->setSingleShot(true);
                    connect(m_retryTimer, &QTimer::timeout, this, &TaskExecutor::startAttempt);
                }
                m_retryTimer->start(qMax(0, m_task.delay) * 1000);
                return;
            }
            result.status = TaskResult::Status::Failed;
        }
    }
    finishItem(result);
}

void TaskExecutor::finishItem(const TaskResult &outcome)
{
    TaskResult result = outcome;
    result.noLog = m_task.noLog || m_context.noLog;
    if (!m_loop) {
        finish(result);
        return;
    }
    result.isItem = true;
    result.itemLabel = Templar::toText(m_itemLabel);
    result.data.insert(m_task.loopVar, m_items.at(m_itemIndex));
    result.data.insert(QStringLiteral("ansible_loop_var"), m_task.loopVar);
    if (!m_task.loopIndexVar.isEmpty()) {
        result.data.insert(m_task.loopIndexVar, m_itemIndex);
        result.data.insert(QStringLiteral("ansible_index_var"), m_task.loopIndexVar);
    }
    if (result.status == TaskResult::Status::Failed && m_task.ignoreErrors)
        result.ignored = true;
    if (!result.isFailure() && result.status != TaskResult::Status::Skipped) {
        const QVariantMap facts = result.data.value(QStringLiteral("ansible_facts")).toMap();
        for (auto it = facts.cbegin(); it != facts.cend(); ++it)
            m_loopFacts.insert(it.key(), it.value());
    }
    m_itemTaskResults.append(result);
    m_itemResults.append(result.registered());
    Q_EMIT itemResult(m_context.host, result);
    if (result.status == TaskResult::Status::Unreachable) {
        finishLoop();
        return;
    }
    // The next item starts from the event loop, so a long loop never recurses.
    QTimer::singleShot(0, this, [this] {
        if (!m_cancelled)
            startItem();
    });
}

void TaskExecutor::finishLoop()
{
    TaskResult result;
    result.isLoop = true;
    bool changed = false;
    bool failed = false;
    bool unreachable = false;
    bool allSkipped = true;
    for (const TaskResult &item : std::as_const(m_itemTaskResults)) {
        changed = changed || item.data.value(QStringLiteral("changed")).toBool();
        failed = failed || item.status == TaskResult::Status::Failed;
        unreachable = unreachable || item.status == TaskResult::Status::Unreachable;
        allSkipped = allSkipped && item.status == TaskResult::Status::Skipped;
    }
    result.data = {{QStringLiteral("changed"), changed},
                   {QStringLiteral("results"), m_itemResults},
                   {QStringLiteral("skipped"), allSkipped}};
    if (unreachable) {
        result.status = TaskResult::Status::Unreachable;
        result.data.insert(QStringLiteral("unreachable"), true);
        result.data.insert(QStringLiteral("msg"), m_itemTaskResults.last().data.value(QStringLiteral("msg")));
    } else if (failed) {
        result.status = TaskResult::Status::Failed;
        result.data.insert(QStringLiteral("msg"), QStringLiteral("One or more items failed"));
    } else if (allSkipped) {
        result.status = TaskResult::Status::Skipped;
        result.data.insert(QStringLiteral("msg"), QStringLiteral("All items skipped"));
    } else {
        result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
        result.data.insert(QStringLiteral("msg"), QStringLiteral("All items completed"));
    }
    result.noLog = m_task.noLog || m_context.noLog;
    finish(result);
}

void TaskExecutor::cancel()
{
    m_cancelled = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_asyncTimer)
        m_asyncTimer->stop();
    if (m_module) {
        m_module->disconnect(this);
        m_module->cancel();
        m_module->deleteLater();
        m_module = nullptr;
    }
    finish(TaskResult::failed(tr("the task was cancelled")));
}

void TaskExecutor::finish(const TaskResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    TaskResult final = result;
    final.noLog = final.noLog || m_task.noLog || m_context.noLog;
    if (final.status == TaskResult::Status::Failed && m_task.ignoreErrors)
        final.ignored = true;
    Q_EMIT finished(m_context.host, final);
}

} // namespace antler::playbook
