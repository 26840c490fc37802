#include "playbook/modules/HostnameModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "transport/ShellQuote.h"

namespace antler::playbook {

namespace {

} // namespace

HostnameModule::HostnameModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec HostnameModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("hostname");
    ModuleArgument name;
    name.name = QStringLiteral("name");
    name.required = true;
    ModuleArgument use;
    use.name = QStringLiteral("use");
    use.choices = {QStringLiteral("debian"), QStringLiteral("systemd"), QStringLiteral("generic")};
    spec.arguments = {name, use};
    return spec;
}

void HostnameModule::start(const QVariantMap &arguments)
{
    m_name = ArgumentValue::toText(arguments.value(QStringLiteral("name"))).trimmed();
    m_use = ArgumentValue::toText(arguments.value(QStringLiteral("use")));
    if (m_name.isEmpty()) {
        fail(tr("missing required arguments: name"));
        return;
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("hostname: read");
    command.script
        = "echo \"current=$(hostname)\"\n"
          "echo \"file=$(cat /etc/hostname 2>/dev/null)\"\n"
          "if [ -d /run/systemd/system ] && command -v hostnamectl >/dev/null 2>&1; then echo systemd=1; fi\n";
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Could not read the host name of %1: %2")
                     .arg(context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(result.stdoutData);
    });
}

TaskResult HostnameModule::resultFor(bool changed) const
{
    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    const QString shortName = m_name.section(QLatin1Char('.'), 0, 0);
    const QString domain = m_name.section(QLatin1Char('.'), 1);
    result.data = {{QStringLiteral("changed"), changed},
                   {QStringLiteral("name"), m_name},
                   {QStringLiteral("ansible_facts"),
                    QVariantMap {{QStringLiteral("ansible_hostname"), shortName},
                                 {QStringLiteral("ansible_nodename"), m_name},
                                 {QStringLiteral("ansible_fqdn"), m_name},
                                 {QStringLiteral("ansible_domain"), domain}}}};
    return result;
}

void HostnameModule::decide(const QByteArray &output)
{
    QString current, file;
    bool systemd = false;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("current=")))
            current = line.mid(8).trimmed();
        else if (line.startsWith(QLatin1String("file=")))
            file = line.mid(5).trimmed();
        else if (line == QLatin1String("systemd=1"))
            systemd = true;
    }
    if (m_use == QLatin1String("systemd"))
        systemd = true;
    else if (m_use == QLatin1String("debian") || m_use == QLatin1String("generic"))
        systemd = false;
    if (current == m_name && file == m_name) {
        finish(resultFor(false));
        return;
    }
    if (context().checkMode) {
        finish(resultFor(true));
        return;
    }
    const QByteArray name = ArgumentValue::quoted(m_name);
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("hostname: set %1").arg(m_name);
    if (systemd) {
        command.script = "hostnamectl set-hostname -- " + name;
    } else {
        // In place, not by rename: /etc/hostname may be a bind mount (containers).
        command.script = "printf '%s\\n' " + name + " > /etc/hostname || exit 2\n";
        if (current != m_name)
            command.script += "hostname " + name + " || exit 3\n";
    }
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            const QString detail
                = result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error;
            if (result.exitCode == 3)
                fail(tr("Could not set the running host name of %1 to %2: %3. /etc/hostname was written and takes "
                        "effect at the next boot; in a container the engine sets the host name (podman --hostname).")
                         .arg(context().host, m_name, detail));
            else
                fail(tr("Could not set the host name of %1 to %2: %3").arg(context().host, m_name, detail));
            return;
        }
        finish(resultFor(true));
    });
}

} // namespace antler::playbook
