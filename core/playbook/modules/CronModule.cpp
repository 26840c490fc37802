#include "playbook/modules/CronModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "playbook/modules/CrontabEditor.h"
#include "transport/ShellQuote.h"

namespace antler::playbook {

CronModule::CronModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec CronModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("cron");
    spec.arguments = {
        moduleArgument(QStringLiteral("name"), Type::Str),
        moduleArgument(QStringLiteral("user"), Type::Str),
        moduleArgument(QStringLiteral("job"), Type::Str, {}, {QStringLiteral("value")}),
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("present"), {},
                       {QStringLiteral("absent"), QStringLiteral("present")}),
        moduleArgument(QStringLiteral("cron_file"), Type::Path),
        moduleArgument(QStringLiteral("backup"), Type::Bool, false),
        moduleArgument(QStringLiteral("minute"), Type::Str, QStringLiteral("*")),
        moduleArgument(QStringLiteral("hour"), Type::Str, QStringLiteral("*")),
        moduleArgument(QStringLiteral("day"), Type::Str, QStringLiteral("*"), {QStringLiteral("dom")}),
        moduleArgument(QStringLiteral("month"), Type::Str, QStringLiteral("*")),
        moduleArgument(QStringLiteral("weekday"), Type::Str, QStringLiteral("*"), {QStringLiteral("dow")}),
        moduleArgument(QStringLiteral("special_time"), Type::Str, {}, {},
                       {QStringLiteral("annually"), QStringLiteral("daily"), QStringLiteral("hourly"),
                        QStringLiteral("monthly"), QStringLiteral("reboot"), QStringLiteral("weekly"),
                        QStringLiteral("yearly")}),
        moduleArgument(QStringLiteral("disabled"), Type::Bool, false),
    };
    return spec;
}

void CronModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_user = ArgumentValue::toText(arguments.value(QStringLiteral("user")));
    const QString name = ArgumentValue::toText(arguments.value(QStringLiteral("name")));
    const QString state = ArgumentValue::toText(arguments.value(QStringLiteral("state")));
    const QString job = ArgumentValue::toText(arguments.value(QStringLiteral("job")));
    if (name.isEmpty()) {
        fail(tr("The cron task needs a name: it is how the job is found again (the \"#Ansible: NAME\" line)."));
        return;
    }
    if (state != QLatin1String("absent") && job.isEmpty()) {
        fail(tr("You must specify 'job' to install a new cron job or variable"));
        return;
    }
    if (job.contains(QLatin1Char('\n'))) {
        fail(tr("The cron job '%1' contains a line break; a crontab entry must be one line.").arg(name));
        return;
    }
    QString cronFile = ArgumentValue::toText(arguments.value(QStringLiteral("cron_file")));
    if (!cronFile.isEmpty()) {
        m_cronFile = cronFile.startsWith(QLatin1Char('/')) ? cronFile : QStringLiteral("/etc/cron.d/") + cronFile;
        if (m_user.isEmpty() && state != QLatin1String("absent")) {
            fail(tr("To use cron_file=... parameter you must specify user=... as well"));
            return;
        }
    }

    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("cron: read");
    if (!m_cronFile.isEmpty()) {
        command.script = "cat -- " + ArgumentValue::quoted(m_cronFile) + " 2>/dev/null; exit 0";
    } else {
        QByteArray userOption = m_user.isEmpty() ? QByteArray() : "-u " + ArgumentValue::quoted(m_user) + " ";
        command.script
            = "command -v crontab >/dev/null || { echo 'crontab is not installed (package cron)' >&2; exit 127; }\n"
              "crontab "
            + userOption
            + "-l 2>/tmp/.antler-cron-err.$$ || { grep -qi 'no crontab' /tmp/.antler-cron-err.$$ "
              "|| { cat /tmp/.antler-cron-err.$$ >&2; rm -f /tmp/.antler-cron-err.$$; exit 1; }; }\n"
              "rm -f /tmp/.antler-cron-err.$$\n";
    }
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            const QString why = result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error;
            fail(m_user.isEmpty() ? tr("Could not read the crontab on %1: %2").arg(context().host, why)
                                  : tr("Could not read the crontab of %1 on %2: %3").arg(m_user, context().host, why));
            return;
        }
        edit(QString::fromUtf8(result.stdoutData));
    });
}

void CronModule::edit(const QString &current)
{
    const QString name = ArgumentValue::toText(m_arguments.value(QStringLiteral("name")));
    const bool absent = ArgumentValue::toText(m_arguments.value(QStringLiteral("state"))) == QLatin1String("absent");
    auto field = [this](const char *key) {
        const QString value = ArgumentValue::toText(m_arguments.value(QLatin1String(key)));
        return value.isEmpty() ? QStringLiteral("*") : value;
    };
    CrontabEditor editor(current);
    const QString before = editor.text();
    bool changed = false;
    if (absent) {
        changed = editor.removeJob(name);
    } else {
        const QString line
            = CrontabEditor::jobLine(field("minute"), field("hour"), field("day"), field("month"), field("weekday"),
                                     ArgumentValue::toText(m_arguments.value(QStringLiteral("job"))),
                                     ArgumentValue::toText(m_arguments.value(QStringLiteral("special_time"))),
                                     ArgumentValue::toBool(m_arguments.value(QStringLiteral("disabled"))),
                                     m_cronFile.isEmpty() ? QString() : m_user);
        changed = editor.setJob(name, line);
    }
    const QString after = editor.text();

    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data = {{QStringLiteral("changed"), changed},
                   {QStringLiteral("jobs"), editor.jobNames()},
                   {QStringLiteral("envs"), QStringList()}};
    if (!m_cronFile.isEmpty())
        result.data.insert(QStringLiteral("cron_file"), m_cronFile);
    if (context().diffMode && changed) {
        const QString header = m_cronFile.isEmpty()
            ? QStringLiteral("crontab for user \"%1\"").arg(m_user.isEmpty() ? QStringLiteral("(current)") : m_user)
            : m_cronFile;
        result.data.insert(QStringLiteral("diff"),
                           QVariantMap {{QStringLiteral("before"), before},
                                        {QStringLiteral("after"), after},
                                        {QStringLiteral("before_header"), header},
                                        {QStringLiteral("after_header"), header}});
    }
    if (!changed || context().checkMode) {
        finish(result);
        return;
    }

    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("cron: write");
    command.stdinData = after.toUtf8();
    if (!m_cronFile.isEmpty()) {
        const QByteArray path = ArgumentValue::quoted(m_cronFile);
        if (absent && editor.isEmpty())
            command.script = "rm -f -- " + path;
        else
            command.script = "umask 022; cat > " + path + ".antler-tmp && mv -f -- " + path + ".antler-tmp " + path;
    } else {
        command.script
            = "crontab " + (m_user.isEmpty() ? QByteArray() : "-u " + ArgumentValue::quoted(m_user) + " ") + "-";
    }
    runCommand(command, [this, result](const transport::CommandResult &written) {
        if (!written.succeeded()) {
            fail(tr("Could not write the crontab%1 on %2: %3")
                     .arg(m_user.isEmpty() ? QString() : QStringLiteral(" of ") + m_user, context().host,
                          written.error.isEmpty() ? QString::fromUtf8(written.stderrData).trimmed() : written.error));
            return;
        }
        finish(result);
    });
}

} // namespace antler::playbook
