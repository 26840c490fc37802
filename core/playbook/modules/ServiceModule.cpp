#include "playbook/modules/ServiceModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "transport/ShellQuote.h"

#include <QSet>

namespace antler::playbook {

ServiceModule::ServiceModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec ServiceModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("service");
    ModuleArgument name = moduleArgument(QStringLiteral("name"), Type::Str);
    name.required = true;
    spec.arguments = {
        name,
        moduleArgument(QStringLiteral("state"), Type::Str, {}, {},
                       {QStringLiteral("reloaded"), QStringLiteral("restarted"), QStringLiteral("started"),
                        QStringLiteral("stopped")}),
        moduleArgument(QStringLiteral("enabled"), Type::Bool),
        moduleArgument(QStringLiteral("arguments"), Type::Str, {}, {QStringLiteral("args")}),
        moduleArgument(QStringLiteral("pattern"), Type::Str),
        moduleArgument(QStringLiteral("sleep"), Type::Int),
        moduleArgument(QStringLiteral("runlevel"), Type::Str, QStringLiteral("default")),
        moduleArgument(QStringLiteral("use"), Type::Str, QStringLiteral("auto")),
    };
    return spec;
}

void ServiceModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_name = ArgumentValue::toText(arguments.value(QStringLiteral("name")));
    m_state = ArgumentValue::toText(arguments.value(QStringLiteral("state")));
    const bool daemonReload
        = m_systemdModule && ArgumentValue::toBool(arguments.value(QStringLiteral("daemon_reload")));
    if (m_name.isEmpty() && !daemonReload) {
        fail(tr("missing required arguments: name"));
        return;
    }
    if (m_state.isEmpty() && !ArgumentValue::isSet(arguments.value(QStringLiteral("enabled"))) && !daemonReload
        && !ArgumentValue::isSet(arguments.value(QStringLiteral("masked")))) {
        fail(tr("Neither state nor enabled is set for the service %1; say what it should be.").arg(m_name));
        return;
    }
    const QByteArray unit = ArgumentValue::quoted(m_name);
    QString script = m_name;
    if (script.endsWith(QLatin1String(".service")))
        script.chop(8);
    const QByteArray initName = ArgumentValue::quoted(script);
    QByteArray text = "if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then\n"
                      "  echo manager=systemd\n";
    if (!m_name.isEmpty())
        text += "  systemctl show --no-pager --property=Id,LoadState,ActiveState,SubState,UnitFileState -- " + unit
            + "\n  echo \"is-enabled=$(systemctl is-enabled -- " + unit + " 2>/dev/null)\"\n";
    text += "elif [ -x /etc/init.d/" + initName
        + " ]; then\n"
          "  echo manager=sysv\n"
          "  if command -v service >/dev/null 2>&1; then service "
        + initName
        + " status >/dev/null 2>&1; "
          "else /etc/init.d/"
        + initName
        + " status >/dev/null 2>&1; fi\n"
          "  echo \"status=$?\"\n"
          "  if ls /etc/rc[2345].d/S[0-9][0-9]"
        + initName
        + " >/dev/null 2>&1; then echo enabled=yes; else echo enabled=no; fi\n"
          "else\n"
          "  echo manager=none\n"
          "  [ -d /run/systemd/system ] || echo nosystemd=1\n"
          "fi\n";
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("service: read %1").arg(m_name);
    command.script = text;
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Could not read the state of the service %1 on %2: %3")
                     .arg(m_name, context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(result.stdoutData);
    });
}

void ServiceModule::decide(const QByteArray &output)
{
    QVariantMap values;
    for (const QByteArray &raw : output.split('\n')) {
        const qsizetype equals = raw.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(raw.left(equals)), QString::fromUtf8(raw.mid(equals + 1)));
    }
    const QString manager = values.value(QStringLiteral("manager")).toString();
    const bool daemonReload
        = m_systemdModule && ArgumentValue::toBool(m_arguments.value(QStringLiteral("daemon_reload")));
    const QVariant enabledArgument = m_arguments.value(QStringLiteral("enabled"));
    QStringList warnings;

    if (manager == QLatin1String("none") && !(m_name.isEmpty() && daemonReload)) {
        if (values.contains(QStringLiteral("nosystemd")))
            fail(tr("Could not find the requested service %1 on %2: systemd is not running there (a container?) and "
                    "there is no init script /etc/init.d/%1.")
                     .arg(m_name, context().host));
        else
            fail(tr("Could not find the requested service %1 on %2: host").arg(m_name, context().host));
        return;
    }
    if (manager == QLatin1String("systemd") && !m_name.isEmpty()
        && values.value(QStringLiteral("LoadState")).toString() == QLatin1String("not-found")) {
        fail(tr("Could not find the requested service %1 on %2: host").arg(m_name, context().host));
        return;
    }

    bool running = false;
    bool enabled = false;
    QString initName = m_name;
    if (initName.endsWith(QLatin1String(".service")))
        initName.chop(8);
    if (manager == QLatin1String("systemd")) {
        const QString active = values.value(QStringLiteral("ActiveState")).toString();
        running = active == QLatin1String("active") || active == QLatin1String("activating")
            || active == QLatin1String("reloading");
        static const QSet<QString> enabledStates {QStringLiteral("enabled"),  QStringLiteral("enabled-runtime"),
                                                  QStringLiteral("static"),   QStringLiteral("alias"),
                                                  QStringLiteral("indirect"), QStringLiteral("generated")};
        enabled = enabledStates.contains(values.value(QStringLiteral("is-enabled")).toString());
    } else if (manager == QLatin1String("sysv")) {
        running = values.value(QStringLiteral("status")).toString() == QLatin1String("0");
        enabled = values.value(QStringLiteral("enabled")).toString() == QLatin1String("yes");
        if (m_systemdModule)
            warnings << tr("systemd is not running on %1 (a container?): %2 was managed through its init script "
                           "/etc/init.d/%2 instead.")
                            .arg(context().host, initName);
    }

    const QByteArray unit = ArgumentValue::quoted(m_name);
    const QByteArray init = ArgumentValue::quoted(initName);
    const QByteArray extra = ArgumentValue::toText(m_arguments.value(QStringLiteral("arguments"))).toUtf8();
    QList<QByteArray> steps;
    bool changed = false;
    auto control = [&](const char *verb) {
        if (manager == QLatin1String("systemd"))
            steps << "systemctl " + QByteArray(verb) + " -- " + unit;
        else
            steps << "if command -v service >/dev/null 2>&1; then service " + init + " " + verb + " " + extra
                    + "; else /etc/init.d/" + init + " " + verb + " " + extra + "; fi";
    };
    if (daemonReload && manager == QLatin1String("systemd"))
        steps << "systemctl daemon-reload";
    if (ArgumentValue::isSet(enabledArgument) && !m_name.isEmpty()) {
        const bool wanted = ArgumentValue::toBool(enabledArgument);
        if (wanted != enabled) {
            changed = true;
            if (manager == QLatin1String("systemd"))
                steps << "systemctl " + QByteArray(wanted ? "enable" : "disable") + " -- " + unit;
            else if (wanted)
                steps << "update-rc.d " + init + " defaults >/dev/null && update-rc.d " + init + " enable";
            else
                steps << "update-rc.d " + init + " disable";
        }
        enabled = wanted;
    }
    if (!m_state.isEmpty() && !m_name.isEmpty()) {
        if (m_state == QLatin1String("started") && !running) {
            control("start");
            changed = true;
        } else if (m_state == QLatin1String("stopped") && running) {
            control("stop");
            changed = true;
        } else if (m_state == QLatin1String("restarted")) {
            control("restart");
            changed = true;
        } else if (m_state == QLatin1String("reloaded")) {
            control(running ? "reload" : "start");
            changed = true;
        }
    }

    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data = {{QStringLiteral("changed"), changed}};
    if (!m_name.isEmpty())
        result.data.insert(QStringLiteral("name"), m_name);
    if (!m_state.isEmpty())
        result.data.insert(QStringLiteral("state"), m_state);
    if (ArgumentValue::isSet(enabledArgument))
        result.data.insert(QStringLiteral("enabled"), enabled);
    if (manager == QLatin1String("systemd")) {
        QVariantMap status;
        for (const char *key : {"Id", "LoadState", "ActiveState", "SubState", "UnitFileState"})
            status.insert(QLatin1String(key), values.value(QLatin1String(key)));
        result.data.insert(QStringLiteral("status"), status);
    }
    if (!warnings.isEmpty())
        result.data.insert(QStringLiteral("warnings"), warnings);
    if (steps.isEmpty() || context().checkMode) {
        finish(result);
        return;
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("service: %1").arg(m_name);
    command.script = "set -e\n" + steps.join('\n') + "\n";
    runCommand(command, [this, result](const transport::CommandResult &done) {
        if (!done.succeeded()) {
            TaskResult failed = TaskResult::failed(
                tr("Could not change the service %1 on %2 (exit code %3): %4")
                    .arg(m_name, context().host)
                    .arg(done.exitCode)
                    .arg(done.error.isEmpty()
                             ? QString::fromUtf8(done.stderrData + done.stdoutData).trimmed().right(2000)
                             : done.error));
            failed.data.insert(QStringLiteral("name"), m_name);
            finish(failed);
            return;
        }
        finish(result);
    });
}

} // namespace antler::playbook
