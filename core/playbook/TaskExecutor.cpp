#include "playbook/TaskExecutor.h"

#include "playbook/ShellWords.h"
#include "playbook/Templar.h"
#include "transport/CommandJob.h"
#include "transport/ShellQuote.h"
#include "transport/Transport.h"

#include <QVariantList>

namespace antler::playbook {

namespace {

// Ansible's formats: "2026-11-26 05:49:27.437617" and "0:00:00.009116".
QString moduleTime(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"));
}

QString delta(const QDateTime &start, const QDateTime &end)
{
    const qint64 ms = start.msecsTo(end);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000)
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms % 1000) * 1000, 6, 10, QLatin1Char('0'));
}

QVariantList lines(const QString &text)
{
    QVariantList result;
    if (text.isEmpty())
        return result;
    for (const QString &line : text.split(QLatin1Char('\n')))
        result.append(QString(line).remove(QLatin1Char('\r')));
    return result;
}

// The command module strips the trailing newlines of its output; raw does not.
QString stripEnd(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

QList<QByteArray> toBytes(const QStringList &words)
{
    QList<QByteArray> result;
    for (const QString &word : words)
        result.append(word.toUtf8());
    return result;
}

} // namespace

TaskExecutor::TaskExecutor(const Task &task, const QString &host, const QVariantMap &variables,
                           transport::Transport *transport, const Privilege &privilege, QObject *parent)
    : QObject(parent)
    , m_task(task)
    , m_host(host)
    , m_variables(variables)
    , m_transport(transport)
    , m_privilege(privilege)
{
}

TaskExecutor::~TaskExecutor()
{
    if (m_job)
        m_job->cancel();
}

QString TaskExecutor::templateError(const Task &task, const QString &error)
{
    return QCoreApplication::translate("antler::playbook::TaskExecutor",
                                       "the task at %1 cannot be templated: %2; define the variable in "
                                       "the play's vars, the inventory or with -e, or fix the expression.")
        .arg(task.location.fileAndLine(), error);
}

void TaskExecutor::start()
{
    m_start = QDateTime::currentDateTime();
    QVariant rendered;
    QString error;
    if (!Templar(m_variables).renderValue(m_task.arguments, &rendered, &error)) {
        finish(TaskResult::failed(templateError(m_task, error)));
        return;
    }
    const QVariantMap arguments = rendered.toMap();
    if (m_task.module == QLatin1String("debug")) {
        TaskResult result;
        result.status = TaskResult::Status::Ok;
        result.verboseAlways = true;
        result.data = {{QStringLiteral("changed"), false},
                       {QStringLiteral("msg"), arguments.value(QStringLiteral("msg"))}};
        finish(result);
    } else if (m_task.module == QLatin1String("ping")) {
        runPing(arguments);
    } else {
        runCommandModule(arguments);
    }
}

void TaskExecutor::cancel()
{
    if (m_job)
        m_job->cancel();
}

transport::CommandSpec TaskExecutor::baseSpec() const
{
    transport::CommandSpec spec;
    spec.become = m_privilege.become;
    spec.becomeUser = m_privilege.becomeUser;
    spec.description = m_task.module;
    return spec;
}

void TaskExecutor::runPing(const QVariantMap &arguments)
{
    // A round trip through the login shell, as Ansible's ping proves the
    // host answers; no Python is needed.
    transport::CommandSpec spec = baseSpec();
    spec.argv = {QByteArrayLiteral("true")};
    const QString data = arguments.value(QStringLiteral("data"), QStringLiteral("pong")).toString();
    if (!m_transport) {
        finish(TaskResult::unreachable(tr("no connection to %1").arg(m_host)));
        return;
    }
    m_job = m_transport->run(spec);
    connect(m_job, &transport::CommandJob::finished, this,
            [this, data](const transport::CommandResult &result) {
                m_job = nullptr;
                if (result.status == transport::CommandResult::Status::Unreachable
                    || result.status == transport::CommandResult::Status::ConnectionLost) {
                    finish(TaskResult::unreachable(result.errorText));
                    return;
                }
                if (!result.succeeded()) {
                    finish(TaskResult::failed(result.errorText.isEmpty()
                                                  ? QString::fromUtf8(result.stderrData).trimmed()
                                                  : result.errorText));
                    return;
                }
                TaskResult ok;
                ok.data = {{QStringLiteral("changed"), false}, {QStringLiteral("ping"), data}};
                finish(ok);
            });
}

void TaskExecutor::runCommandModule(const QVariantMap &arguments)
{
    transport::CommandSpec spec = baseSpec();
    const QString module = m_task.module;
    const QString chdir = arguments.value(QStringLiteral("chdir")).toString();
    QVariant cmd;
    if (module == QLatin1String("raw")) {
        const QString text = arguments.value(QStringLiteral("cmd")).toString();
        spec.rawCommand = text.toUtf8();
        cmd = text;
    } else if (module == QLatin1String("shell")) {
        const QString text = arguments.value(QStringLiteral("cmd")).toString();
        spec.script = chdir.isEmpty() ? text.toUtf8()
                                      : QByteArrayLiteral("cd -- ") + transport::shellQuote(chdir.toUtf8())
                                            + QByteArrayLiteral(" || exit 1\n") + text.toUtf8();
        cmd = text;
    } else {
        QStringList words;
        if (arguments.contains(QStringLiteral("argv"))) {
            for (const QVariant &word : arguments.value(QStringLiteral("argv")).toList())
                words.append(Templar::toText(word));
        } else {
            QString error;
            if (!ShellWords::split(arguments.value(QStringLiteral("cmd")).toString(), &words, &error)) {
                finish(TaskResult::failed(error));
                return;
            }
        }
        if (words.isEmpty()) {
            finish(TaskResult::failed(tr("no command given")));
            return;
        }
        cmd = words;
        if (chdir.isEmpty()) {
            spec.argv = toBytes(words);
        } else {
            // The directory and the words stay separate arguments: no text is joined.
            spec.argv = toBytes(QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("cd -- \"$1\" || exit 1; shift; exec \"$@\""),
                                            QStringLiteral("sh"), chdir}
                                + words);
        }
    }
    if (!m_transport) {
        finish(TaskResult::unreachable(tr("no connection to %1").arg(m_host)));
        return;
    }
    if (arguments.contains(QStringLiteral("creates")) || arguments.contains(QStringLiteral("removes")))
        checkPrecondition(arguments, spec, cmd);
    else
        runJob(spec, cmd);
}

// creates/removes: one `test -e` first; the command runs only when it should.
void TaskExecutor::checkPrecondition(const QVariantMap &arguments, const transport::CommandSpec &spec,
                                     const QVariant &cmd)
{
    const bool creates = arguments.contains(QStringLiteral("creates"));
    QString path = arguments.value(creates ? QStringLiteral("creates") : QStringLiteral("removes")).toString();
    const QString chdir = arguments.value(QStringLiteral("chdir")).toString();
    if (!chdir.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path = chdir + QLatin1Char('/') + path;
    transport::CommandSpec test = baseSpec();
    test.argv = {QByteArrayLiteral("test"), QByteArrayLiteral("-e"), path.toUtf8()};
    m_job = m_transport->run(test);
    connect(m_job, &transport::CommandJob::finished, this,
            [this, creates, path, spec, cmd](const transport::CommandResult &result) {
                m_job = nullptr;
                if (result.status != transport::CommandResult::Status::Finished) {
                    onFinished(result, cmd);
                    return;
                }
                const bool exists = result.exitCode == 0;
                if (exists == creates) {
                    TaskResult skipped;
                    skipped.data = {{QStringLiteral("changed"), false},
                                    {QStringLiteral("cmd"), cmd},
                                    {QStringLiteral("rc"), 0},
                                    {QStringLiteral("stdout"),
                                     exists ? QStringLiteral("skipped, since %1 exists").arg(path)
                                            : QStringLiteral("skipped, since %1 does not exist").arg(path)},
                                    {QStringLiteral("msg"),
                                     exists ? QStringLiteral("Did not run command since '%1' exists").arg(path)
                                            : QStringLiteral("Did not run command since '%1' does not exist")
                                                  .arg(path)}};
                    finish(skipped);
                    return;
                }
                runJob(spec, cmd);
            });
}

void TaskExecutor::runJob(const transport::CommandSpec &spec, const QVariant &cmd)
{
    m_start = QDateTime::currentDateTime();
    m_job = m_transport->run(spec);
    connect(m_job, &transport::CommandJob::stdoutLine, this,
            [this](const QByteArray &line) { Q_EMIT outputLine(m_host, QString::fromUtf8(line), false); });
    connect(m_job, &transport::CommandJob::stderrLine, this,
            [this](const QByteArray &line) { Q_EMIT outputLine(m_host, QString::fromUtf8(line), true); });
    connect(m_job, &transport::CommandJob::finished, this,
            [this, cmd](const transport::CommandResult &result) {
                m_job = nullptr;
                onFinished(result, cmd);
            });
}

void TaskExecutor::onFinished(const transport::CommandResult &result, const QVariant &cmd)
{
    using Status = transport::CommandResult::Status;
    if (result.status == Status::Unreachable || result.status == Status::ConnectionLost) {
        finish(TaskResult::unreachable(result.errorText));
        return;
    }
    const QDateTime end = QDateTime::currentDateTime();
    const bool raw = m_task.module == QLatin1String("raw");
    const QString out = raw ? QString::fromUtf8(result.stdoutData) : stripEnd(result.stdoutData);
    const QString err = raw ? QString::fromUtf8(result.stderrData) : stripEnd(result.stderrData);
    TaskResult task;
    task.data = {{QStringLiteral("rc"), result.exitCode},
                 {QStringLiteral("stdout"), out},
                 {QStringLiteral("stdout_lines"), lines(out)},
                 {QStringLiteral("stderr"), err},
                 {QStringLiteral("stderr_lines"), lines(err)}};
    if (!raw) {
        task.data.insert(QStringLiteral("cmd"), cmd);
        task.data.insert(QStringLiteral("start"), moduleTime(m_start));
        task.data.insert(QStringLiteral("end"), moduleTime(end));
        task.data.insert(QStringLiteral("delta"), delta(m_start, end));
        task.data.insert(QStringLiteral("msg"), QString());
    }
    const bool changed = m_task.changedWhen.value_or(true);
    task.data.insert(QStringLiteral("changed"), changed);
    if (result.status != Status::Finished) {
        task.status = TaskResult::Status::Failed;
        task.data.insert(QStringLiteral("msg"), result.errorText);
    } else if (result.exitCode != 0) {
        task.status = TaskResult::Status::Failed;
        task.data.insert(QStringLiteral("msg"), QStringLiteral("non-zero return code"));
    } else {
        task.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    }
    finish(task);
}

void TaskExecutor::finish(const TaskResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    TaskResult final = result;
    if (final.status == TaskResult::Status::Failed && m_task.ignoreErrors)
        final.ignored = true;
    Q_EMIT finished(m_host, final);
}

} // namespace antler::playbook
