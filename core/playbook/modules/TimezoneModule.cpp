#include "playbook/modules/TimezoneModule.h"

#include "playbook/modules/ArgumentValue.h"

#include <QRegularExpression>

namespace antler::playbook {

TimezoneModule::TimezoneModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec TimezoneModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("timezone");
    spec.arguments = {
        moduleArgument(QStringLiteral("name"), Type::Str),
        moduleArgument(QStringLiteral("hwclock"), Type::Str, {}, {QStringLiteral("rtc")},
                       {QStringLiteral("local"), QStringLiteral("UTC")}),
    };
    return spec;
}

void TimezoneModule::start(const QVariantMap &arguments)
{
    m_name = ArgumentValue::toText(arguments.value(QStringLiteral("name"))).trimmed();
    const QString hwclock = ArgumentValue::toText(arguments.value(QStringLiteral("hwclock")));
    if (!hwclock.isEmpty()) {
        fail(tr("timezone on %1: setting the hardware clock (hwclock) is not supported by Antler; set only the "
                "name, or run this task with ansible-playbook.")
                 .arg(context().host));
        return;
    }
    if (m_name.isEmpty()) {
        fail(tr("one of the following is required: name, hwclock"));
        return;
    }
    const QByteArray zone = ArgumentValue::quoted(QStringLiteral("/usr/share/zoneinfo/") + m_name);
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("timezone: read");
    command.script = "if command -v timedatectl >/dev/null 2>&1 && timedatectl status >/dev/null 2>&1; then\n"
                     "  echo @@systemd; timedatectl status | sed -n 's/^ *Time zone: *//p'\n"
                     "else\n"
                     "  command -v hwclock >/dev/null 2>&1 || echo @@nohwclock\n"
                     "  command -v dpkg-reconfigure >/dev/null 2>&1 || echo @@nodpkg\n"
                     "  echo @@file; sed -n '/^[^[:space:]]/{s/[[:space:]].*//;p;q}' /etc/timezone 2>/dev/null\n"
                     "  echo @@link; readlink /etc/localtime 2>/dev/null\n"
                     "fi\n"
                     "[ -f "
        + zone + " ] || echo @@nozone\n";
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Could not read the time zone of %1: %2")
                     .arg(context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(result.stdoutData);
    });
}

void TimezoneModule::decide(const QByteArray &output)
{
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    const bool systemd = lines.contains(QStringLiteral("@@systemd"));
    if (lines.contains(QStringLiteral("@@nozone"))) {
        fail(QStringLiteral("given timezone \"%1\" is not available").arg(m_name));
        return;
    }
    if (!systemd && lines.contains(QStringLiteral("@@nohwclock"))) {
        fail(QStringLiteral("Failed to find required executable \"hwclock\" in paths: "
                            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
        return;
    }
    const auto after = [&lines](const char *marker) {
        const qsizetype at = lines.indexOf(QLatin1String(marker));
        return at >= 0 && at + 1 < lines.size() && !lines.at(at + 1).startsWith(QLatin1String("@@"))
            ? lines.at(at + 1).trimmed()
            : QString();
    };
    QString before;
    if (systemd) {
        before = after("@@systemd").section(QLatin1Char(' '), 0, 0);
    } else {
        before = after("@@file");
        if (before.isEmpty())
            before = QStringLiteral("n/a");
        if (before == m_name) {
            // The file agrees: the link decides, as in the module's get().
            const QString link = after("@@link");
            static const QRegularExpression zoneinfo(QStringLiteral("(?:/(?:usr/share|etc)/zoneinfo/)(.*)"));
            const QRegularExpressionMatch match = zoneinfo.match(link);
            if (link.isEmpty() || !match.hasMatch())
                before = QStringLiteral("n/a");
            else if (match.captured(1) != m_name)
                before = match.captured(1);
        }
    }
    const bool changed = before != m_name;
    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data = {{QStringLiteral("changed"), changed}};
    if (context().diffMode)
        result.data.insert(QStringLiteral("diff"),
                           QVariantMap {{QStringLiteral("before"), QVariantMap {{QStringLiteral("name"), before}}},
                                        {QStringLiteral("after"), QVariantMap {{QStringLiteral("name"), m_name}}}});
    if (!changed || context().checkMode) {
        finish(result);
        return;
    }
    const QByteArray name = ArgumentValue::quoted(m_name);
    const QByteArray zone = ArgumentValue::quoted(QStringLiteral("/usr/share/zoneinfo/") + m_name);
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("timezone: set %1").arg(m_name);
    if (systemd) {
        command.script = "timedatectl set-timezone " + name;
    } else {
        // /etc/timezone: the zone on the first line that names one, the others dropped.
        command.script = "set -e\n"
                         "t=/etc/timezone\n"
                         "if [ -f \"$t\" ]; then awk -v z="
            + name
            + " 'BEGIN{d=0} /^[^[:space:]]/{if(!d){print z; d=1}; next} {print} END{if(!d) print z}' \"$t\" > "
              "\"$t.antler\"; "
              "else printf '%s\\n' "
            + name
            + " > \"$t.antler\"; fi\n"
              "cat \"$t.antler\" > \"$t\"; rm -f \"$t.antler\"\n";
        if (lines.contains(QStringLiteral("@@nodpkg")))
            command.script += "cp --remove-destination " + zone + " /etc/localtime\n";
        else
            command.script += "ln -sf " + zone
                + " /etc/localtime\nDEBIAN_FRONTEND=noninteractive dpkg-reconfigure --frontend noninteractive tzdata "
                  ">/dev/null\n";
    }
    runCommand(command, [this, result](const transport::CommandResult &done) {
        if (!done.succeeded()) {
            fail(tr("Could not set the time zone of %1 to %2: %3")
                     .arg(context().host, m_name,
                          done.error.isEmpty() ? QString::fromUtf8(done.stderrData).trimmed() : done.error));
            return;
        }
        finish(result);
    });
}

} // namespace antler::playbook
