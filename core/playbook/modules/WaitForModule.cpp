#include "playbook/modules/WaitForModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "transport/ShellQuote.h"

namespace antler::playbook {

WaitForModule::WaitForModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec WaitForModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("wait_for");
    spec.arguments = {
        moduleArgument(QStringLiteral("host"), Type::Str, QStringLiteral("127.0.0.1")),
        moduleArgument(QStringLiteral("port"), Type::Int),
        moduleArgument(QStringLiteral("path"), Type::Path),
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("started"), {},
                       {QStringLiteral("absent"), QStringLiteral("drained"), QStringLiteral("present"),
                        QStringLiteral("started"), QStringLiteral("stopped")}),
        moduleArgument(QStringLiteral("search_regex"), Type::Str),
        moduleArgument(QStringLiteral("timeout"), Type::Int, 300),
        moduleArgument(QStringLiteral("delay"), Type::Int, 0),
        moduleArgument(QStringLiteral("sleep"), Type::Int, 1),
        moduleArgument(QStringLiteral("connect_timeout"), Type::Int, 5),
        moduleArgument(QStringLiteral("msg"), Type::Str),
        moduleArgument(QStringLiteral("exclude_hosts"), Type::List),
        moduleArgument(QStringLiteral("active_connection_states"), Type::List),
    };
    return spec;
}

void WaitForModule::start(const QVariantMap &arguments)
{
    const QString host = ArgumentValue::toText(arguments.value(QStringLiteral("host")));
    const QString path = ArgumentValue::toText(arguments.value(QStringLiteral("path")));
    const QString regex = ArgumentValue::toText(arguments.value(QStringLiteral("search_regex")));
    QString state = ArgumentValue::toText(arguments.value(QStringLiteral("state")));
    if (state.isEmpty())
        state = QStringLiteral("started");
    const bool hasPort = ArgumentValue::isSet(arguments.value(QStringLiteral("port")));
    bool portOk = false;
    const qint64 port = ArgumentValue::toInt(arguments.value(QStringLiteral("port")), &portOk);
    qint64 timeout = ArgumentValue::toInt(arguments.value(QStringLiteral("timeout")));
    const qint64 delay = ArgumentValue::toInt(arguments.value(QStringLiteral("delay")));
    qint64 sleep = ArgumentValue::toInt(arguments.value(QStringLiteral("sleep")));
    qint64 connectTimeout = ArgumentValue::toInt(arguments.value(QStringLiteral("connect_timeout")));
    if (sleep < 1)
        sleep = 1;
    if (connectTimeout < 1)
        connectTimeout = 1;
    if (timeout < 0)
        timeout = 0;
    if (hasPort && !path.isEmpty()) {
        fail(tr("port and path parameter can not both be passed to wait_for"));
        return;
    }
    if (hasPort && (!portOk || port < 1 || port > 65535)) {
        fail(tr("port must be a number from 1 to 65535, got '%1'")
                 .arg(ArgumentValue::toText(arguments.value(QStringLiteral("port")))));
        return;
    }
    if (!path.isEmpty() && (state == QLatin1String("started") || state == QLatin1String("stopped")))
        state = state == QLatin1String("started") ? QStringLiteral("present") : QStringLiteral("absent");
    if (path.isEmpty() && (state == QLatin1String("present") || state == QLatin1String("absent"))) {
        if (!hasPort) {
            fail(tr("state=%1 needs path (or port with started/stopped)").arg(state));
            return;
        }
        state = state == QLatin1String("present") ? QStringLiteral("started") : QStringLiteral("stopped");
    }

    const QByteArray qHost = ArgumentValue::quoted(host);
    const QByteArray qPath = ArgumentValue::quoted(path);
    const QByteArray qRegex = ArgumentValue::quoted(regex);
    const QByteArray ct = QByteArray::number(connectTimeout);
    QByteArray check;
    if (!path.isEmpty()) {
        if (state == QLatin1String("absent"))
            check = "[ ! -e " + qPath + " ]";
        else if (!regex.isEmpty())
            check = "[ -r " + qPath + " ] && match=$(grep -E -o -m 1 -e " + qRegex + " -- " + qPath + " 2>/dev/null)";
        else
            check = "[ -e " + qPath + " ]";
    } else if (hasPort) {
        const QByteArray connect = "timeout " + ct + " bash -c 'exec 3<>\"/dev/tcp/$0/$1\"' " + qHost + " "
            + QByteArray::number(port) + " 2>/dev/null";
        if (state == QLatin1String("stopped") || state == QLatin1String("drained"))
            check = "! " + connect;
        else if (!regex.isEmpty())
            check = "match=$(timeout " + ct + " bash -c 'exec 3<>\"/dev/tcp/$0/$1\" && cat <&3' " + qHost + " "
                + QByteArray::number(port) + " 2>/dev/null | grep -E -o -m 1 -e " + qRegex + ")";
        else
            check = connect;
    } else {
        check = "true"; // only a delay, as in Ansible
    }
    QByteArray script;
    if (hasPort)
        script
            += "command -v bash >/dev/null 2>&1 || { echo 'waiting for a port needs bash on the host' >&2; exit 2; }\n";
    script += "begin=$(date +%s)\nsleep " + QByteArray::number(delay) + "\nmatch=\nwhile :; do\n  if " + check
        + "; then echo \"@@ok $(( $(date +%s) - begin ))\"; printf '%s\\n' \"$match\"; exit 0; fi\n"
          "  [ $(( $(date +%s) - begin - "
        + QByteArray::number(delay) + " )) -ge " + QByteArray::number(timeout)
        + " ] && { echo \"@@timeout $(( $(date +%s) - begin ))\"; exit 0; }\n  sleep " + QByteArray::number(sleep)
        + "\ndone\n";

    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("wait_for");
    command.script = script;
    command.timeoutMs = int(qMin<qint64>((delay + timeout + connectTimeout + 60) * 1000, INT_MAX));
    const QString customMessage = ArgumentValue::toText(arguments.value(QStringLiteral("msg")));
    runCommand(command, [=, this](const transport::CommandResult &result) {
        const QString out = QString::fromUtf8(result.stdoutData);
        if (result.status != transport::CommandResult::Status::Finished || result.exitCode != 0
            || !out.startsWith(QLatin1String("@@"))) {
            fail(tr("wait_for could not poll on %1: %2")
                     .arg(context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        const QString first = out.section(QLatin1Char('\n'), 0, 0);
        const qint64 elapsed = first.section(QLatin1Char(' '), 1, 1).toLongLong();
        QVariantMap data {
            {QStringLiteral("changed"), false}, {QStringLiteral("elapsed"), elapsed}, {QStringLiteral("state"), state}};
        if (!path.isEmpty())
            data.insert(QStringLiteral("path"), path);
        if (hasPort)
            data.insert(QStringLiteral("port"), port);
        if (!regex.isEmpty())
            data.insert(QStringLiteral("search_regex"), regex);
        if (first.startsWith(QLatin1String("@@timeout"))) {
            QString message = customMessage;
            if (message.isEmpty()) {
                if (!path.isEmpty() && state == QLatin1String("absent"))
                    message = tr("Timeout when waiting for %1 to be absent.").arg(path);
                else if (!path.isEmpty() && !regex.isEmpty())
                    message = tr("Timeout when waiting for search string %1 in %2").arg(regex, path);
                else if (!path.isEmpty())
                    message = tr("Timeout when waiting for file %1").arg(path);
                else if (state == QLatin1String("stopped") || state == QLatin1String("drained"))
                    message = tr("Timeout when waiting for %1:%2 to stop.").arg(host).arg(port);
                else if (!regex.isEmpty())
                    message = tr("Timeout when waiting for search string %1 in %2:%3").arg(regex, host).arg(port);
                else
                    message = tr("Timeout when waiting for %1:%2").arg(host).arg(port);
            }
            TaskResult failed = TaskResult::failed(message);
            data.insert(QStringLiteral("msg"), message);
            failed.data = data;
            finish(failed);
            return;
        }
        if (!regex.isEmpty()) {
            data.insert(QStringLiteral("match_groups"), QVariantList());
            data.insert(QStringLiteral("match_groupdict"), QVariantMap());
            data.insert(QStringLiteral("match"), out.section(QLatin1Char('\n'), 1, 1));
        }
        TaskResult ok;
        ok.data = data;
        finish(ok);
    });
}

} // namespace antler::playbook
