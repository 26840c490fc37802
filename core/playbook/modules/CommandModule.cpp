#include "playbook/modules/CommandModule.h"

#include "playbook/ShellWords.h"
#include "playbook/Templar.h"
#include "playbook/modules/AsyncJob.h"
#include "transport/ShellQuote.h"

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

CommandModule::CommandModule(const ModuleContext &context, QObject *parent)
    : CommandModule(Kind::Command, context, parent)
{
}

CommandModule::CommandModule(Kind kind, const ModuleContext &context, QObject *parent)
    : Module(context, parent)
    , m_kind(kind)
{
}

QList<ModuleArgument> CommandModule::commonArguments()
{
    using Type = ModuleArgument::Type;
    return {moduleArgument(QStringLiteral("cmd"), Type::Raw, {}, {QStringLiteral("_raw_params")}),
            moduleArgument(QStringLiteral("argv"), Type::List),
            moduleArgument(QStringLiteral("chdir"), Type::Path),
            moduleArgument(QStringLiteral("creates"), Type::Path),
            moduleArgument(QStringLiteral("removes"), Type::Path),
            moduleArgument(QStringLiteral("stdin"), Type::Str),
            moduleArgument(QStringLiteral("stdin_add_newline"), Type::Bool, true),
            moduleArgument(QStringLiteral("strip_empty_ends"), Type::Bool, true)};
}

ModuleSpec CommandModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("command");
    spec.arguments = commonArguments();
    spec.freeFormArgument = QStringLiteral("cmd");
    // Partial, as in Ansible: creates/removes are checked, the command is not run.
    spec.supportsCheckMode = true;
    return spec;
}

transport::CommandSpec CommandModule::userCommandLike(const ModuleContext &context)
{
    transport::CommandSpec spec;
    spec.become = context.become;
    spec.becomeUser = context.becomeUser;
    spec.argv = {QByteArrayLiteral("true")};
    spec.description = QStringLiteral("command");
    spec.shareShell = true;
    spec.ownSession = true;
    return spec;
}

void CommandModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    transport::CommandSpec spec = commandSpec();
    spec.description = m_kind == Kind::Raw ? QStringLiteral("raw")
        : m_kind == Kind::Shell            ? QStringLiteral("shell")
                                           : QStringLiteral("command");
    const QString chdir = arguments.value(QStringLiteral("chdir")).toString();
    if (m_kind == Kind::Raw) {
        const QString text = arguments.value(QStringLiteral("cmd")).toString();
        spec.rawCommand = text.toUtf8();
        m_cmd = text;
    } else if (m_kind == Kind::Shell) {
        const QString text = arguments.value(QStringLiteral("cmd")).toString();
        if (text.trimmed().isEmpty()) {
            fail(tr("no command given"));
            return;
        }
        QByteArray script = text.toUtf8();
        const QString executable = arguments.value(QStringLiteral("executable")).toString();
        if (!executable.isEmpty()) {
            script = transport::shellQuote(executable.toUtf8()) + QByteArrayLiteral(" -c ")
                + transport::shellQuote(script);
        }
        spec.script = chdir.isEmpty() ? script
                                      : QByteArrayLiteral("cd -- ") + transport::shellQuote(chdir.toUtf8())
                + QByteArrayLiteral(" || exit 1\n") + script;
        m_cmd = text;
    } else {
        QStringList words;
        const bool hasArgv = arguments.contains(QStringLiteral("argv"));
        const bool hasCmd = !arguments.value(QStringLiteral("cmd")).toString().trimmed().isEmpty();
        if (hasArgv && hasCmd) {
            fail(tr("only command or argv can be given, not both"));
            return;
        }
        if (hasArgv) {
            for (const QVariant &word : arguments.value(QStringLiteral("argv")).toList())
                words.append(Templar::toText(word));
        } else {
            QString error;
            if (!ShellWords::split(arguments.value(QStringLiteral("cmd")).toString(), &words, &error)) {
                fail(error);
                return;
            }
        }
        if (words.isEmpty()) {
            fail(tr("no command given"));
            return;
        }
        m_cmd = words;
        if (chdir.isEmpty()) {
            spec.argv = toBytes(words);
        } else {
            // The directory and the words stay separate arguments: no text is joined.
            spec.argv = toBytes(QStringList {QStringLiteral("sh"), QStringLiteral("-c"),
                                             QStringLiteral("cd -- \"$1\" || exit 1; shift; exec \"$@\""),
                                             QStringLiteral("sh"), chdir}
                                + words);
        }
    }
    if (m_kind != Kind::Raw) {
        // In the connection's shared shell where it can (not raw: that goes to
        // the login shell as it is), in a session of its own: the same output,
        // exit code, stdin, environment and become as on a channel, without a
        // login shell per task.
        spec.shareShell = true;
        spec.ownSession = true;
    }
    if (m_kind != Kind::Raw && arguments.contains(QStringLiteral("stdin"))) {
        spec.stdinData = arguments.value(QStringLiteral("stdin")).toString().toUtf8();
        if (arguments.value(QStringLiteral("stdin_add_newline"), true).toBool())
            spec.stdinData.append('\n');
    }
    if (m_kind != Kind::Raw
        && (arguments.value(QStringLiteral("creates")).isValid()
            || arguments.value(QStringLiteral("removes")).isValid())) {
        checkPrecondition(spec);
        return;
    }
    if (context().checkMode) {
        // Ansible's partial check mode: nothing runs, the task is skipped.
        QVariantMap data = skippedResult(QString(), QStringLiteral("Command would have run if not in check mode"));
        TaskResult result;
        result.status = TaskResult::Status::Skipped;
        result.data = data;
        finish(result);
        return;
    }
    runJob(spec);
}

QVariantMap CommandModule::skippedResult(const QString &stdoutText, const QString &msg) const
{
    return {{QStringLiteral("changed"), false},
            {QStringLiteral("cmd"), m_cmd},
            {QStringLiteral("rc"), 0},
            {QStringLiteral("start"), QVariant()},
            {QStringLiteral("end"), QVariant()},
            {QStringLiteral("delta"), QVariant()},
            {QStringLiteral("stdout"), stdoutText},
            {QStringLiteral("stdout_lines"), lines(stdoutText)},
            {QStringLiteral("stderr"), QString()},
            {QStringLiteral("stderr_lines"), QVariantList()},
            {QStringLiteral("msg"), msg}};
}

// creates/removes: one `test -e` first; the command runs only when it should.
void CommandModule::checkPrecondition(const transport::CommandSpec &spec)
{
    const bool creates = m_arguments.value(QStringLiteral("creates")).isValid();
    QString path = m_arguments.value(creates ? QStringLiteral("creates") : QStringLiteral("removes")).toString();
    const QString chdir = m_arguments.value(QStringLiteral("chdir")).toString();
    if (!chdir.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path = chdir + QLatin1Char('/') + path;
    transport::CommandSpec test = commandSpec();
    test.description = QStringLiteral("test -e");
    test.argv = {QByteArrayLiteral("test"), QByteArrayLiteral("-e"), path.toUtf8()};
    test.shareShell = true;
    runCommand(test, [this, creates, path, spec](const transport::CommandResult &result) {
        if (result.status != transport::CommandResult::Status::Finished) {
            onFinished(result);
            return;
        }
        const bool exists = result.exitCode == 0;
        const QString shoulda = context().checkMode ? QStringLiteral("Would") : QStringLiteral("Did");
        if (exists == creates) {
            TaskResult skipped;
            skipped.data = skippedResult(
                exists ? QStringLiteral("skipped, since %1 exists").arg(path)
                       : QStringLiteral("skipped, since %1 does not exist").arg(path),
                exists ? QStringLiteral("%1 not run command since '%2' exists").arg(shoulda, path)
                       : QStringLiteral("%1 not run command since '%2' does not exist").arg(shoulda, path));
            finish(skipped);
            return;
        }
        if (context().checkMode) {
            TaskResult wouldRun;
            wouldRun.status = TaskResult::Status::Changed;
            wouldRun.data = skippedResult(QString(), QStringLiteral("Command would have run if not in check mode"));
            wouldRun.data.insert(QStringLiteral("changed"), true);
            finish(wouldRun);
            return;
        }
        runJob(spec);
    });
}

void CommandModule::runJob(const transport::CommandSpec &spec)
{
    if (context().backgroundSeconds > 0 && m_kind != Kind::Raw) {
        runInBackground(spec);
        return;
    }
    m_start = QDateTime::currentDateTime();
    runCommand(
        spec, [this](const transport::CommandResult &result) { onFinished(result); }, true);
}

void CommandModule::runInBackground(const transport::CommandSpec &spec)
{
    const QString jid = context().asyncJobId;
    runCommand(AsyncJob::launch(spec, jid, context().backgroundSeconds, m_cmd),
               [this, jid](const transport::CommandResult &result) { finish(AsyncJob::started(jid, result)); });
}

TaskResult CommandModule::ranResult(const QVariant &cmd, const QByteArray &out, const QByteArray &err, int exitCode,
                                    const QDateTime &start, const QDateTime &end, bool strip)
{
    const QString outText = strip ? stripEnd(out) : QString::fromUtf8(out);
    const QString errText = strip ? stripEnd(err) : QString::fromUtf8(err);
    TaskResult task;
    task.data = {{QStringLiteral("rc"), exitCode},
                 {QStringLiteral("stdout"), outText},
                 {QStringLiteral("stdout_lines"), lines(outText)},
                 {QStringLiteral("stderr"), errText},
                 {QStringLiteral("stderr_lines"), lines(errText)},
                 {QStringLiteral("cmd"), cmd},
                 {QStringLiteral("start"), moduleTime(start)},
                 {QStringLiteral("end"), moduleTime(end)},
                 {QStringLiteral("delta"), delta(start, end)},
                 {QStringLiteral("msg"), QString()},
                 {QStringLiteral("changed"), true}};
    if (exitCode != 0) {
        task.status = TaskResult::Status::Failed;
        task.data.insert(QStringLiteral("msg"), QStringLiteral("non-zero return code"));
    } else {
        task.status = TaskResult::Status::Changed;
    }
    return task;
}

void CommandModule::onFinished(const transport::CommandResult &result)
{
    using Status = transport::CommandResult::Status;
    const QDateTime end = QDateTime::currentDateTime();
    if (m_kind != Kind::Raw) {
        const bool strip = m_arguments.value(QStringLiteral("strip_empty_ends"), true).toBool();
        TaskResult task = ranResult(m_cmd, result.stdoutData, result.stderrData, result.exitCode,
                                    m_start.isValid() ? m_start : end, end, strip);
        if (result.status != Status::Finished) {
            task.status = TaskResult::Status::Failed;
            task.data.insert(QStringLiteral("msg"), result.error);
        }
        finish(task);
        return;
    }
    // raw: the output as it came, and no cmd or times.
    const QString out = QString::fromUtf8(result.stdoutData);
    const QString err = QString::fromUtf8(result.stderrData);
    TaskResult task;
    task.data = {{QStringLiteral("rc"), result.exitCode},
                 {QStringLiteral("stdout"), out},
                 {QStringLiteral("stdout_lines"), lines(out)},
                 {QStringLiteral("stderr"), err},
                 {QStringLiteral("stderr_lines"), lines(err)}};
    task.data.insert(QStringLiteral("changed"), true);
    if (result.status != Status::Finished) {
        task.status = TaskResult::Status::Failed;
        task.data.insert(QStringLiteral("msg"), result.error);
    } else if (result.exitCode != 0) {
        task.status = TaskResult::Status::Failed;
        task.data.insert(QStringLiteral("msg"), QStringLiteral("non-zero return code"));
    } else {
        task.status = TaskResult::Status::Changed;
    }
    finish(task);
}

} // namespace antler::playbook
