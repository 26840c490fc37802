#include "playbook/modules/GroupModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "playbook/modules/FileModuleBase.h"
#include "transport/ShellQuote.h"
#include "transport/Transport.h"

namespace antler::playbook {

GroupModule::GroupModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec GroupModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("group");
    ModuleArgument name = moduleArgument(QStringLiteral("name"), Type::Str);
    name.required = true;
    spec.arguments = {
        name,
        moduleArgument(QStringLiteral("gid"), Type::Int),
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("present"), {},
                       {QStringLiteral("absent"), QStringLiteral("present")}),
        moduleArgument(QStringLiteral("system"), Type::Bool, false),
        moduleArgument(QStringLiteral("local"), Type::Bool, false),
        moduleArgument(QStringLiteral("non_unique"), Type::Bool, false),
    };
    return spec;
}

void GroupModule::start(const QVariantMap &arguments)
{
    // Names the file modules learnt for the shell's user and group may change.
    FileModuleBase::forgetShellOwners(context().transport);
    m_name = ArgumentValue::toText(arguments.value(QStringLiteral("name")));
    m_state = ArgumentValue::toText(arguments.value(QStringLiteral("state")));
    if (m_state.isEmpty())
        m_state = QStringLiteral("present");
    m_system = ArgumentValue::toBool(arguments.value(QStringLiteral("system")));
    m_nonUnique = ArgumentValue::toBool(arguments.value(QStringLiteral("non_unique")));
    if (ArgumentValue::isSet(arguments.value(QStringLiteral("gid")))) {
        bool ok = false;
        m_gid = QString::number(ArgumentValue::toInt(arguments.value(QStringLiteral("gid")), &ok));
        if (!ok) {
            fail(tr("gid must be a number, got '%1'")
                     .arg(ArgumentValue::toText(arguments.value(QStringLiteral("gid")))));
            return;
        }
    }
    if (m_name.isEmpty()) {
        fail(tr("missing required arguments: name"));
        return;
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("group: read %1").arg(m_name);
    command.script = "getent group -- " + ArgumentValue::quoted(m_name) + " || true";
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Could not read the group %1 on %2: %3")
                     .arg(m_name, context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(QString::fromUtf8(result.stdoutData).trimmed());
    });
}

void GroupModule::decide(const QString &entry)
{
    // name:x:gid:members
    const QStringList fields = entry.split(QLatin1Char(':'));
    const bool exists = fields.size() >= 3 && fields.at(0) == m_name;
    const QString currentGid = exists ? fields.at(2) : QString();

    QList<QByteArray> argv;
    if (m_state == QLatin1String("absent")) {
        if (exists)
            argv = {"groupdel", "--", m_name.toUtf8()};
    } else if (!exists) {
        argv = {"groupadd"};
        if (!m_gid.isEmpty())
            argv << "-g" << m_gid.toUtf8();
        if (m_nonUnique)
            argv << "-o";
        if (m_system)
            argv << "-r";
        argv << "--" << m_name.toUtf8();
    } else if (!m_gid.isEmpty() && m_gid != currentGid) {
        argv = {"groupmod", "-g", m_gid.toUtf8()};
        if (m_nonUnique)
            argv << "-o";
        argv << "--" << m_name.toUtf8();
    }

    auto resultFor = [this](bool changed, const QString &gid) {
        TaskResult result;
        result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
        result.data = {
            {QStringLiteral("changed"), changed}, {QStringLiteral("name"), m_name}, {QStringLiteral("state"), m_state}};
        if (m_state == QLatin1String("present")) {
            result.data.insert(QStringLiteral("system"), m_system);
            if (!gid.isEmpty())
                result.data.insert(QStringLiteral("gid"), gid.toLongLong());
        }
        return result;
    };

    if (argv.isEmpty()) {
        finish(resultFor(false, currentGid));
        return;
    }
    if (context().checkMode) {
        finish(resultFor(true, m_gid.isEmpty() ? currentGid : m_gid));
        return;
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("group: %1").arg(QString::fromUtf8(argv.first()));
    command.script
        = transport::shellJoin(argv) + " && { getent group -- " + ArgumentValue::quoted(m_name) + " || true; }";
    runCommand(command, [this, argv, resultFor](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            TaskResult failed = TaskResult::failed(
                tr("'%1' failed on %2: %3")
                    .arg(QString::fromUtf8(transport::shellJoin(argv)), context().host,
                         result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            failed.data.insert(QStringLiteral("name"), m_name);
            finish(failed);
            return;
        }
        finish(resultFor(true, QString::fromUtf8(result.stdoutData).trimmed().section(QLatin1Char(':'), 2, 2)));
    });
}

} // namespace antler::playbook
