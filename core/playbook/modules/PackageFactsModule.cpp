#include "playbook/modules/PackageFactsModule.h"

#include "playbook/modules/ArgumentValue.h"

namespace antler::playbook {

PackageFactsModule::PackageFactsModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec PackageFactsModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("package_facts");
    spec.arguments = {
        moduleArgument(QStringLiteral("manager"), Type::List, QVariantList {QStringLiteral("auto")}),
        moduleArgument(QStringLiteral("strategy"), Type::Str, QStringLiteral("first"), {},
                       {QStringLiteral("first"), QStringLiteral("all")}),
    };
    return spec;
}

QVariantMap PackageFactsModule::parse(const QByteArray &output)
{
    QVariantMap packages;
    const QList<QByteArray> lines = output.split('\n');
    const QString native = lines.isEmpty() ? QString() : QString::fromUtf8(lines.first()).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'));
        if (fields.size() < 5)
            continue;
        // Installed, half-configured, unpacked or awaiting triggers: apt's
        // "current version"; not removed packages that left their configuration.
        const QChar state = fields.at(0).size() > 1 ? fields.at(0).at(1) : QChar();
        if (state == QLatin1Char('n') || state == QLatin1Char('c') || state.isNull())
            continue;
        const QString &arch = fields.at(3);
        QString name = fields.at(1);
        if (arch != native && arch != QLatin1String("all"))
            name += QLatin1Char(':') + arch;
        QVariantList entries = packages.value(name).toList();
        entries.append(QVariantMap {{QStringLiteral("name"), name},
                                    {QStringLiteral("version"), fields.at(2)},
                                    {QStringLiteral("arch"), arch},
                                    {QStringLiteral("category"), fields.at(4)},
                                    {QStringLiteral("source"), QStringLiteral("apt")}});
        packages.insert(name, entries);
    }
    return packages;
}

void PackageFactsModule::start(const QVariantMap &arguments)
{
    QStringList managers;
    for (const QVariant &manager : arguments.value(QStringLiteral("manager")).toList())
        managers.append(ArgumentValue::toText(manager));
    if (managers.isEmpty())
        managers.append(ArgumentValue::toText(arguments.value(QStringLiteral("manager"))));
    for (const QString &manager : std::as_const(managers)) {
        if (manager != QLatin1String("auto") && manager != QLatin1String("apt")) {
            fail(tr("package_facts on %1 reads only apt's packages (manager: auto or apt), not “%2”; "
                    "ask for manager: apt.")
                     .arg(context().host, manager));
            return;
        }
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("package_facts");
    command.script
        = "command -v dpkg-query >/dev/null 2>&1 || exit 127\n"
          "dpkg --print-architecture\n"
          "dpkg-query -W -f='${db:Status-Abbrev}\\t${Package}\\t${Version}\\t${Architecture}\\t${Section}\\n'\n";
    command.shareShell = true;
    runCommand(command, [this](const transport::CommandResult &result) {
        if (result.status != transport::CommandResult::Status::Finished) {
            fail(result.error);
            return;
        }
        if (result.exitCode == 127) {
            fail(tr("Could not detect a supported package manager from the following list: ['apt'], "
                    "or the required Python library is not installed. Check warnings for details."));
            return;
        }
        if (result.exitCode != 0) {
            fail(tr("dpkg-query failed on %1: %2").arg(context().host, QString::fromUtf8(result.stderrData).trimmed()));
            return;
        }
        TaskResult done;
        done.data.insert(QStringLiteral("changed"), false);
        done.data.insert(QStringLiteral("ansible_facts"),
                         QVariantMap {{QStringLiteral("packages"), parse(result.stdoutData)}});
        finish(done);
    });
}

} // namespace antler::playbook
