#include "playbook/modules/ServiceFactsModule.h"

#include <QRegularExpression>

namespace antler::playbook {

namespace {

const QByteArray Script = "have() { command -v \"$1\" >/dev/null 2>&1; }\n"
                          "if have service && ! have chkconfig && ! have rc-status; then\n"
                          "  echo @@sysv; service --status-all 2>/dev/null\n"
                          "fi\n"
                          "if grep -q systemd /proc/1/comm 2>/dev/null && have systemctl; then\n"
                          "  echo @@units; systemctl list-units --no-pager --type service --all 2>/dev/null\n"
                          "  echo @@files; systemctl list-unit-files --no-pager --type service --all 2>/dev/null\n"
                          "  units=$(systemctl list-unit-files --no-pager --type service --all 2>/dev/null"
                          " | awk '$1 ~ /\\.service$/ && $1 !~ /@\\.service$/ {print $1}')\n"
                          "  echo @@states\n"
                          "  for unit in $units; do echo \"$unit $(systemctl show \"$unit\" --property=ActiveState"
                          " 2>/dev/null | sed 's/^ActiveState=//')\"; done\n"
                          "fi\n"
                          "exit 0\n";

QVariantMap service(const QString &name, const QString &state, const QString &status, const QString &source)
{
    QVariantMap entry {
        {QStringLiteral("name"), name}, {QStringLiteral("state"), state}, {QStringLiteral("source"), source}};
    if (!status.isEmpty())
        entry.insert(QStringLiteral("status"), status);
    return entry;
}

} // namespace

ServiceFactsModule::ServiceFactsModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec ServiceFactsModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("service_facts");
    return spec;
}

QVariantMap ServiceFactsModule::parse(const QByteArray &output)
{
    QHash<QString, QStringList> sections;
    QString current;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@"))) {
            current = line.mid(2).trimmed();
            sections[current];
        } else if (!current.isEmpty()) {
            sections[current].append(line);
        }
    }
    QVariantMap services;
    static const QRegularExpression sysv(QStringLiteral("^\\s*\\[ (\\+|\\-) \\]\\s+(.+)$"));
    for (const QString &line : sections.value(QStringLiteral("sysv"))) {
        const QRegularExpressionMatch match = sysv.match(line);
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(2);
        services.insert(
            name,
            service(name,
                    match.captured(1) == QLatin1String("+") ? QStringLiteral("running") : QStringLiteral("stopped"), {},
                    QStringLiteral("sysv")));
    }
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QStringList badStates
        = {QStringLiteral("not-found"), QStringLiteral("masked"), QStringLiteral("failed")};
    QVariantMap systemd;
    for (const QString &line : sections.value(QStringLiteral("units"))) {
        if (!line.contains(QLatin1String(".service")))
            continue;
        QStringList fields = line.split(whitespace, Qt::SkipEmptyParts);
        QString status;
        for (const QString &bad : badStates) {
            if (fields.contains(bad)) {
                status = bad;
                fields.removeFirst();
                break;
            }
        }
        if (status.isEmpty())
            status = fields.value(2);
        if (fields.isEmpty())
            continue;
        const QString name = fields.at(0);
        systemd.insert(
            name,
            service(name,
                    fields.value(3) == QLatin1String("running") ? QStringLiteral("running") : QStringLiteral("stopped"),
                    status, QStringLiteral("systemd")));
    }
    QHash<QString, QString> activeStates;
    for (const QString &line : sections.value(QStringLiteral("states"))) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space > 0)
            activeStates.insert(line.left(space), line.mid(space + 1).trimmed());
    }
    for (const QString &line : sections.value(QStringLiteral("files"))) {
        if (!line.contains(QLatin1String(".service")))
            continue;
        const QStringList fields = line.split(whitespace, Qt::SkipEmptyParts);
        if (fields.size() < 2)
            continue;
        const QString &name = fields.at(0);
        const QString &status = fields.at(1);
        if (!systemd.contains(name)) {
            const QString state = activeStates.value(name);
            systemd.insert(
                name,
                service(name, state.isEmpty() ? QStringLiteral("unknown") : state, status, QStringLiteral("systemd")));
        } else {
            QVariantMap entry = systemd.value(name).toMap();
            if (!badStates.contains(entry.value(QStringLiteral("status")).toString())) {
                entry.insert(QStringLiteral("status"), status);
                systemd.insert(name, entry);
            }
        }
    }
    for (auto it = systemd.cbegin(); it != systemd.cend(); ++it)
        services.insert(it.key(), it.value());
    return services;
}

void ServiceFactsModule::start(const QVariantMap &)
{
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("service_facts");
    command.script = Script;
    command.shareShell = true;
    runCommand(command, [this](const transport::CommandResult &result) {
        if (result.status != transport::CommandResult::Status::Finished) {
            fail(result.error);
            return;
        }
        const QVariantMap services = parse(result.stdoutData);
        TaskResult done;
        done.data.insert(QStringLiteral("changed"), false);
        if (services.isEmpty()) {
            done.status = TaskResult::Status::Skipped;
            done.data.insert(QStringLiteral("skipped"), true);
            done.data.insert(QStringLiteral("msg"),
                             QStringLiteral("Failed to find any services. This can be due to privileges or some "
                                            "other configuration issue."));
        } else {
            done.data.insert(QStringLiteral("ansible_facts"), QVariantMap {{QStringLiteral("services"), services}});
        }
        finish(done);
    });
}

} // namespace antler::playbook
