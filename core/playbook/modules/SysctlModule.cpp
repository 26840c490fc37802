#include "playbook/modules/SysctlModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "playbook/modules/SysctlFile.h"
#include "transport/ShellQuote.h"

namespace antler::playbook {

SysctlModule::SysctlModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec SysctlModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("sysctl");
    ModuleArgument name = moduleArgument(QStringLiteral("name"), Type::Str, {}, {QStringLiteral("key")});
    name.required = true;
    spec.arguments = {
        name,
        moduleArgument(QStringLiteral("value"), Type::Str, {}, {QStringLiteral("val")}),
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("present"), {},
                       {QStringLiteral("absent"), QStringLiteral("present")}),
        moduleArgument(QStringLiteral("sysctl_file"), Type::Path, QStringLiteral("/etc/sysctl.conf")),
        moduleArgument(QStringLiteral("reload"), Type::Bool, true),
        moduleArgument(QStringLiteral("sysctl_set"), Type::Bool, false),
        moduleArgument(QStringLiteral("ignoreerrors"), Type::Bool, false),
    };
    return spec;
}

void SysctlModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_name = ArgumentValue::toText(arguments.value(QStringLiteral("name"))).trimmed();
    m_name.replace(QLatin1Char('/'), QLatin1Char('.'));
    m_present = ArgumentValue::toText(arguments.value(QStringLiteral("state"))) != QLatin1String("absent");
    m_file = ArgumentValue::toText(arguments.value(QStringLiteral("sysctl_file")));
    if (m_file.isEmpty())
        m_file = QStringLiteral("/etc/sysctl.conf");
    const QVariant value = arguments.value(QStringLiteral("value"));
    if (value.typeId() == QMetaType::Bool)
        m_value = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    else
        m_value = ArgumentValue::toText(value).simplified();
    if (m_name.isEmpty()) {
        fail(tr("missing required arguments: name"));
        return;
    }
    if (m_present && m_value.isEmpty()) {
        fail(tr("value cannot be None"));
        return;
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("sysctl: read %1").arg(m_name);
    command.script = "if [ -e " + ArgumentValue::quoted(m_file) + " ]; then echo @@file; cat -- "
        + ArgumentValue::quoted(m_file) + "; fi\necho @@live\nsysctl -n -- " + ArgumentValue::quoted(m_name)
        + " 2>/dev/null; exit 0";
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Could not read %1 on %2: %3")
                     .arg(m_file, context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(result.stdoutData);
    });
}

void SysctlModule::decide(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    const qsizetype live = text.lastIndexOf(QLatin1String("@@live\n"));
    QString fileText;
    if (text.startsWith(QLatin1String("@@file\n")))
        fileText = text.mid(7, live - 7);
    const QString liveValue = text.mid(live + 7).trimmed();
    const bool exists = text.startsWith(QLatin1String("@@file\n"));

    SysctlFile file(fileText);
    const bool fileChanged = m_present ? file.set(m_name, m_value) : file.remove(m_name);
    const bool sysctlSet = m_present && ArgumentValue::toBool(m_arguments.value(QStringLiteral("sysctl_set")));
    const bool liveChanged = sysctlSet && SysctlFile::normalised(liveValue) != SysctlFile::normalised(m_value);
    const bool changed = fileChanged || liveChanged;

    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data = {{QStringLiteral("changed"), changed}};
    if (context().diffMode && fileChanged)
        result.data.insert(QStringLiteral("diff"),
                           QVariantMap {{QStringLiteral("before"), fileText},
                                        {QStringLiteral("after"), file.text()},
                                        {QStringLiteral("before_header"), m_file},
                                        {QStringLiteral("after_header"), m_file}});
    if (!changed || context().checkMode) {
        finish(result);
        return;
    }

    const QByteArray path = ArgumentValue::quoted(m_file);
    const bool ignoreErrors = ArgumentValue::toBool(m_arguments.value(QStringLiteral("ignoreerrors")));
    QByteArray script = "set -e\n";
    transport::CommandSpec command = commandSpec();
    if (fileChanged) {
        // A new file beside the old one with its mode, filled and renamed over it.
        script += "tmp=" + path + ".antler-$$\n";
        if (exists)
            script += "cp -p -- " + path + " \"$tmp\"\n";
        else
            script += "(umask 022; : > \"$tmp\")\n";
        script += "cat > \"$tmp\"\nmv -f -- \"$tmp\" " + path + "\n";
        command.stdinData = file.text().toUtf8();
    }
    if (liveChanged)
        script += "sysctl -q -w " + transport::shellQuote((m_name + QLatin1Char('=') + m_value).toUtf8()) + "\n";
    if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("reload")), true) && m_present) {
        script += "out=$(sysctl " + QByteArray(ignoreErrors ? "-e " : "") + "-p " + path
            + " 2>&1) || { echo \"$out\" >&2; exit 3; }\n";
        if (!ignoreErrors)
            script += "case \"$out\" in *'sysctl: '*|*'Invalid argument'*|*'Read-only'*|*'Permission denied'*) echo "
                      "\"$out\" >&2; exit 3;; esac\n";
    }
    command.description = QStringLiteral("sysctl: write %1").arg(m_name);
    command.script = script;
    runCommand(command, [this, result](const transport::CommandResult &written) {
        if (!written.succeeded()) {
            const QString detail
                = written.error.isEmpty() ? QString::fromUtf8(written.stderrData).trimmed() : written.error;
            if (written.exitCode == 3)
                fail(tr("Failed to reload sysctl on %1: %2 (%3 was written; use reload: false or ignoreerrors: true "
                        "where the kernel refuses a key, e.g. in a container)")
                         .arg(context().host, detail, m_file));
            else
                fail(tr("Could not set %1 on %2: %3").arg(m_name, context().host, detail));
            return;
        }
        finish(result);
    });
}

} // namespace antler::playbook
