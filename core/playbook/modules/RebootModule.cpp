#include "playbook/modules/RebootModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "transport/CommandJob.h"
#include "transport/ShellQuote.h"
#include "transport/Transport.h"

namespace antler::playbook {

namespace {

constexpr int pollIntervalMs = 2000;

} // namespace

RebootModule::RebootModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &RebootModule::poll);
}

RebootModule::~RebootModule()
{
    if (m_job)
        m_job->cancel();
}

ModuleSpec RebootModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("reboot");
    spec.arguments = {
        moduleArgument(QStringLiteral("reboot_timeout"), Type::Int, 600),
        moduleArgument(QStringLiteral("connect_timeout"), Type::Int),
        moduleArgument(QStringLiteral("test_command"), Type::Str, QStringLiteral("whoami")),
        moduleArgument(QStringLiteral("pre_reboot_delay"), Type::Int, 0),
        moduleArgument(QStringLiteral("post_reboot_delay"), Type::Int, 0),
        moduleArgument(QStringLiteral("msg"), Type::Str, QStringLiteral("Reboot initiated by Ansible")),
        moduleArgument(QStringLiteral("boot_time_command"), Type::Str,
                       QStringLiteral("cat /proc/sys/kernel/random/boot_id")),
        moduleArgument(QStringLiteral("reboot_command"), Type::Str),
        moduleArgument(QStringLiteral("search_paths"), Type::List),
    };
    return spec;
}

void RebootModule::cancel()
{
    m_pollTimer.stop();
    if (m_job)
        m_job->cancel();
    fail(tr("the task was cancelled"));
}

void RebootModule::runTolerant(const QByteArray &script, int timeoutMs,
                               std::function<void(const transport::CommandResult &)> done)
{
    if (!context().transport) {
        finish(TaskResult::unreachable(tr("no connection to %1").arg(context().host)));
        return;
    }
    transport::CommandSpec spec = commandSpec();
    spec.script = script;
    spec.timeoutMs = timeoutMs;
    spec.description = QStringLiteral("reboot");
    m_job = context().transport->run(spec);
    connect(m_job, &transport::CommandJob::finished, this,
            [this, done = std::move(done)](const transport::CommandResult &result) {
                m_job = nullptr;
                if (!isFinished())
                    done(result);
            });
}

void RebootModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_elapsed.start();
    m_timeoutMs = qMax<qint64>(1, ArgumentValue::toInt(arguments.value(QStringLiteral("reboot_timeout")))) * 1000;
    m_bootIdCommand = ArgumentValue::toText(arguments.value(QStringLiteral("boot_time_command"))).toUtf8();
    if (m_bootIdCommand.isEmpty())
        m_bootIdCommand = "cat /proc/sys/kernel/random/boot_id";
    m_testCommand = ArgumentValue::toText(arguments.value(QStringLiteral("test_command"))).toUtf8();
    if (m_testCommand.isEmpty())
        m_testCommand = "whoami";

    runTolerant(m_bootIdCommand, 60000, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            if (result.status == transport::CommandResult::Status::Unreachable)
                finish(TaskResult::unreachable(result.error));
            else
                fail(tr("Could not read the boot id of %1 before the reboot ('%2'): %3")
                         .arg(context().host, QString::fromUtf8(m_bootIdCommand),
                              result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        m_bootIdBefore = QString::fromUtf8(result.stdoutData).trimmed();
        if (context().checkMode) {
            TaskResult predicted;
            predicted.status = TaskResult::Status::Changed;
            predicted.data = {
                {QStringLiteral("changed"), true}, {QStringLiteral("elapsed"), 0}, {QStringLiteral("rebooted"), true}};
            finish(predicted);
            return;
        }
        startReboot();
    });
}

void RebootModule::startReboot()
{
    const qint64 delay = qMax<qint64>(0, ArgumentValue::toInt(m_arguments.value(QStringLiteral("pre_reboot_delay"))));
    QByteArray command = ArgumentValue::toText(m_arguments.value(QStringLiteral("reboot_command"))).toUtf8();
    if (command.isEmpty()) {
        const QByteArray message = ArgumentValue::toText(m_arguments.value(QStringLiteral("msg"))).toUtf8();
        QStringList paths = ArgumentValue::toList(m_arguments.value(QStringLiteral("search_paths")));
        if (paths.isEmpty())
            paths = {QStringLiteral("/sbin"), QStringLiteral("/bin"), QStringLiteral("/usr/sbin"),
                     QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/sbin")};
        // shutdown is looked up in search_paths as Ansible does; it schedules
        // the reboot and returns, so the answer comes back before sshd goes.
        command = "PATH=" + transport::shellQuote(paths.join(QLatin1Char(':')).toUtf8())
            + ":$PATH; command -v shutdown >/dev/null 2>&1 || { echo 'no shutdown command in the search paths' >&2; "
              "exit 127; }; "
              "shutdown -r "
            + QByteArray::number(delay / 60) + " " + transport::shellQuote(message);
    } else if (delay > 0) {
        command = "sleep " + QByteArray::number(delay) + "; " + command;
    }
    runTolerant(command, 0, [this](const transport::CommandResult &result) {
        using Status = transport::CommandResult::Status;
        // The connection may drop before the command can answer: that is the reboot.
        if (result.status == Status::Finished && result.exitCode > 0) {
            TaskResult failed = TaskResult::failed(
                tr("Reboot command failed on %1 (exit code %2): %3; set reboot_command if the host reboots "
                   "another way.")
                    .arg(context().host)
                    .arg(result.exitCode)
                    .arg(QString::fromUtf8(result.stderrData + result.stdoutData).trimmed()));
            failed.data.insert(QStringLiteral("rebooted"), false);
            finish(failed);
            return;
        }
        if (result.status == Status::Unreachable || result.status == Status::Failed) {
            fail(tr("Could not start the reboot of %1: %2").arg(context().host, result.error));
            return;
        }
        schedulePoll();
    });
}

void RebootModule::schedulePoll()
{
    if (m_elapsed.elapsed() > m_timeoutMs) {
        TaskResult failed = TaskResult::failed(
            tr("Timed out waiting for last boot time check (timeout=%1): %2 did not come back with a new boot id.")
                .arg(m_timeoutMs / 1000)
                .arg(context().host));
        failed.data.insert(QStringLiteral("rebooted"), true);
        failed.data.insert(QStringLiteral("elapsed"), m_elapsed.elapsed() / 1000);
        finish(failed);
        return;
    }
    m_pollTimer.start(pollIntervalMs);
}

void RebootModule::poll()
{
    // One command checks both: the boot id, then the test command.
    const QByteArray script = "id=$(" + m_bootIdCommand
        + ") || exit 90\n"
          "printf '%s\\n' \"$id\"\n"
          "[ \"$id\" = "
        + transport::shellQuote(m_bootIdBefore.toUtf8())
        + " ] && exit 91\n"
          "("
        + m_testCommand + ") >/dev/null 2>&1 || exit 92\n";
    runTolerant(script, 30000, [this](const transport::CommandResult &result) {
        if (result.succeeded()) {
            const qint64 postDelay = ArgumentValue::toInt(m_arguments.value(QStringLiteral("post_reboot_delay")));
            if (postDelay > 0)
                QTimer::singleShot(int(postDelay * 1000), this, &RebootModule::finishRebooted);
            else
                finishRebooted();
            return;
        }
        schedulePoll(); // still down, not rebooted yet, or not ready
    });
}

void RebootModule::finishRebooted()
{
    TaskResult result;
    result.status = TaskResult::Status::Changed;
    result.data = {{QStringLiteral("changed"), true},
                   {QStringLiteral("elapsed"), m_elapsed.elapsed() / 1000},
                   {QStringLiteral("rebooted"), true}};
    finish(result);
}

} // namespace antler::playbook
