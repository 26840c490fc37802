#include "playbook/modules/UserModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "playbook/modules/FileModuleBase.h"
#include "transport/ShellQuote.h"
#include "transport/Transport.h"

#include <QSet>

namespace antler::playbook {

namespace {

QString text(const QVariantMap &arguments, const char *name)
{
    return ArgumentValue::toText(arguments.value(QLatin1String(name)));
}

bool given(const QVariantMap &arguments, const char *name)
{
    return ArgumentValue::isSet(arguments.value(QLatin1String(name)));
}

} // namespace

UserModule::UserModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec UserModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("user");
    ModuleArgument name = moduleArgument(QStringLiteral("name"), Type::Str, {}, {QStringLiteral("user")});
    name.required = true;
    spec.arguments = {
        name,
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("present"), {},
                       {QStringLiteral("absent"), QStringLiteral("present")}),
        moduleArgument(QStringLiteral("uid"), Type::Int),
        moduleArgument(QStringLiteral("group"), Type::Str),
        moduleArgument(QStringLiteral("groups"), Type::List),
        moduleArgument(QStringLiteral("append"), Type::Bool, false),
        moduleArgument(QStringLiteral("shell"), Type::Str),
        moduleArgument(QStringLiteral("home"), Type::Path),
        moduleArgument(QStringLiteral("create_home"), Type::Bool, true, {QStringLiteral("createhome")}),
        moduleArgument(QStringLiteral("move_home"), Type::Bool, false),
        moduleArgument(QStringLiteral("skeleton"), Type::Str),
        moduleArgument(QStringLiteral("password"), Type::Str),
        moduleArgument(QStringLiteral("update_password"), Type::Str, QStringLiteral("always"), {},
                       {QStringLiteral("always"), QStringLiteral("on_create")}),
        moduleArgument(QStringLiteral("comment"), Type::Str),
        moduleArgument(QStringLiteral("system"), Type::Bool, false),
        moduleArgument(QStringLiteral("remove"), Type::Bool, false),
        moduleArgument(QStringLiteral("force"), Type::Bool, false),
        moduleArgument(QStringLiteral("non_unique"), Type::Bool, false),
        moduleArgument(QStringLiteral("password_lock"), Type::Bool),
    };
    return spec;
}

void UserModule::start(const QVariantMap &arguments)
{
    // Names the file modules learnt for the shell's user and group may change.
    FileModuleBase::forgetShellOwners(context().transport);
    m_arguments = arguments;
    m_name = text(arguments, "name");
    m_state = text(arguments, "state");
    if (m_state.isEmpty())
        m_state = QStringLiteral("present");
    if (m_name.isEmpty()) {
        fail(tr("missing required arguments: name"));
        return;
    }
    m_groupsGiven = given(arguments, "groups");
    m_groups = ArgumentValue::toList(arguments.value(QStringLiteral("groups")));
    if (given(arguments, "uid")) {
        bool ok = false;
        ArgumentValue::toInt(arguments.value(QStringLiteral("uid")), &ok);
        if (!ok) {
            fail(tr("uid must be a number, got '%1'").arg(text(arguments, "uid")));
            return;
        }
    }

    const QByteArray name = ArgumentValue::quoted(m_name);
    QByteArray script = "if p=$(getent passwd -- " + name
        + "); then\n"
          "  echo \"P:$p\"\n"
          "  echo \"S:$(getent shadow -- "
        + name
        + " 2>/dev/null | cut -d: -f2)\"\n"
          "  echo \"G:$(id -gn -- "
        + name
        + ")\"\n"
          "  echo \"L:$(id -Gn -- "
        + name
        + ")\"\n"
          "fi\n";
    if (given(arguments, "group"))
        script += "echo \"R:$(getent group -- " + ArgumentValue::quoted(text(arguments, "group")) + ")\"\n";
    else
        script += "getent group -- " + name + " >/dev/null && echo U:\n";
    for (const QString &group : std::as_const(m_groups))
        script += "getent group -- " + ArgumentValue::quoted(group)
            + " >/dev/null || echo \"M:" + group.toUtf8().replace('"', "") + "\"\n";
    script += "exit 0\n";

    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("user: read %1").arg(m_name);
    command.script = script;
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Could not read the user %1 on %2: %3")
                     .arg(m_name, context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(result.stdoutData);
    });
}

void UserModule::decide(const QByteArray &output)
{
    QString passwd, shadow, primaryName, groupEntry;
    QStringList allGroups, missing;
    bool ownGroupExists = false;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("P:")))
            passwd = line.mid(2);
        else if (line.startsWith(QLatin1String("S:")))
            shadow = line.mid(2);
        else if (line.startsWith(QLatin1String("G:")))
            primaryName = line.mid(2);
        else if (line.startsWith(QLatin1String("L:")))
            allGroups = line.mid(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (line.startsWith(QLatin1String("R:")))
            groupEntry = line.mid(2);
        else if (line.startsWith(QLatin1String("M:")))
            missing << line.mid(2);
        else if (line == QLatin1String("U:"))
            ownGroupExists = true;
    }
    const bool exists = !passwd.isEmpty();
    // name:x:uid:gid:gecos:home:shell
    const QStringList fields = passwd.split(QLatin1Char(':'));

    QList<QByteArray> argv;
    if (m_state == QLatin1String("absent")) {
        if (exists) {
            argv = {"userdel"};
            if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("remove"))))
                argv << "-r";
            if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("force"))))
                argv << "-f";
            argv << "--" << m_name.toUtf8();
        }
    } else {
        if (given(m_arguments, "group") && groupEntry.isEmpty()) {
            fail(tr("Group %1 does not exist on %2; create it first (group module).")
                     .arg(text(m_arguments, "group"), context().host));
            return;
        }
        if (!missing.isEmpty()) {
            fail(tr("Group %1 does not exist on %2; create it first (group module).")
                     .arg(missing.join(QStringLiteral(", ")), context().host));
            return;
        }
        const QString wantedGid = groupEntry.section(QLatin1Char(':'), 2, 2);
        const QString uid = given(m_arguments, "uid")
            ? QString::number(ArgumentValue::toInt(m_arguments.value(QStringLiteral("uid"))))
            : QString();
        const QString password = text(m_arguments, "password");
        const bool updatePassword = text(m_arguments, "update_password") != QLatin1String("on_create");
        QList<QByteArray> options;
        if (!exists) {
            argv = {"useradd"};
            if (!uid.isEmpty())
                options << "-u" << uid.toUtf8();
            if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("non_unique"))))
                options << "-o";
            if (given(m_arguments, "group"))
                options << "-g" << wantedGid.toUtf8();
            else if (ownGroupExists)
                options << "-N"; // useradd would refuse to create the user's own group, as in Ansible
            if (!m_groups.isEmpty())
                options << "-G" << m_groups.join(QLatin1Char(',')).toUtf8();
            if (given(m_arguments, "comment"))
                options << "-c" << text(m_arguments, "comment").toUtf8();
            if (given(m_arguments, "home"))
                options << "-d" << text(m_arguments, "home").toUtf8();
            if (given(m_arguments, "shell"))
                options << "-s" << text(m_arguments, "shell").toUtf8();
            if (!password.isEmpty())
                options << "-p" << password.toUtf8();
            if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("system"))))
                options << "-r";
            if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("create_home")), true)) {
                options << "-m";
                if (given(m_arguments, "skeleton"))
                    options << "-k" << text(m_arguments, "skeleton").toUtf8();
            } else {
                options << "-M";
            }
        } else {
            argv = {"usermod"};
            if (!uid.isEmpty() && uid != fields.value(2)) {
                options << "-u" << uid.toUtf8();
                if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("non_unique"))))
                    options << "-o";
            }
            if (given(m_arguments, "group") && wantedGid != fields.value(3))
                options << "-g" << wantedGid.toUtf8();
            if (m_groupsGiven) {
                QSet<QString> current(allGroups.cbegin(), allGroups.cend());
                current.remove(primaryName);
                const QSet<QString> wanted(m_groups.cbegin(), m_groups.cend());
                const bool append = ArgumentValue::toBool(m_arguments.value(QStringLiteral("append")));
                const bool differs = append ? !current.contains(wanted) : current != wanted;
                if (differs) {
                    if (append)
                        options << "-a";
                    options << "-G" << m_groups.join(QLatin1Char(',')).toUtf8();
                }
            }
            if (given(m_arguments, "comment") && text(m_arguments, "comment") != fields.value(4))
                options << "-c" << text(m_arguments, "comment").toUtf8();
            if (given(m_arguments, "home") && text(m_arguments, "home") != fields.value(5)) {
                options << "-d" << text(m_arguments, "home").toUtf8();
                if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("move_home"))))
                    options << "-m";
            }
            if (given(m_arguments, "shell") && text(m_arguments, "shell") != fields.value(6))
                options << "-s" << text(m_arguments, "shell").toUtf8();
            if (!password.isEmpty() && updatePassword && password != shadow)
                options << "-p" << password.toUtf8();
            const QVariant lock = m_arguments.value(QStringLiteral("password_lock"));
            if (ArgumentValue::isSet(lock)) {
                const bool locked = shadow.startsWith(QLatin1Char('!'));
                if (ArgumentValue::toBool(lock) && !locked)
                    options << "-L";
                else if (!ArgumentValue::toBool(lock) && locked)
                    options << "-U";
            }
            if (options.isEmpty())
                argv.clear();
        }
        if (!argv.isEmpty())
            argv << options << "--" << m_name.toUtf8();
    }

    if (argv.isEmpty()) {
        finishWith(false, passwd, false);
        return;
    }
    if (context().checkMode) {
        finishWith(true, passwd, !exists);
        return;
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("user: %1").arg(QString::fromUtf8(argv.first()));
    command.script
        = transport::shellJoin(argv) + " && { getent passwd -- " + ArgumentValue::quoted(m_name) + " || true; }";
    const bool created = !exists;
    const QString shown = QString::fromUtf8(argv.first());
    runCommand(command, [this, created, shown](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            // Never echo the command: it may hold the password hash.
            TaskResult failed = TaskResult::failed(
                tr("%1 for the user %2 failed on %3 (exit code %4): %5")
                    .arg(shown, m_name, context().host)
                    .arg(result.exitCode)
                    .arg(result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            failed.data.insert(QStringLiteral("name"), m_name);
            failed.data.insert(QStringLiteral("rc"), result.exitCode);
            finish(failed);
            return;
        }
        finishWith(true, QString::fromUtf8(result.stdoutData).trimmed(), created);
    });
}

void UserModule::finishWith(bool changed, const QString &passwdLine, bool created)
{
    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    QVariantMap &data = result.data;
    data.insert(QStringLiteral("changed"), changed);
    data.insert(QStringLiteral("name"), m_name);
    data.insert(QStringLiteral("state"), m_state);
    if (m_state == QLatin1String("absent")) {
        data.insert(QStringLiteral("force"), ArgumentValue::toBool(m_arguments.value(QStringLiteral("force"))));
        data.insert(QStringLiteral("remove"), ArgumentValue::toBool(m_arguments.value(QStringLiteral("remove"))));
        finish(result);
        return;
    }
    const QStringList fields = passwdLine.split(QLatin1Char(':'));
    if (fields.size() >= 7) {
        data.insert(QStringLiteral("uid"), fields.at(2).toLongLong());
        data.insert(QStringLiteral("group"), fields.at(3).toLongLong());
        data.insert(QStringLiteral("comment"), fields.at(4));
        data.insert(QStringLiteral("home"), fields.at(5));
        data.insert(QStringLiteral("shell"), fields.at(6));
    }
    if (m_groupsGiven)
        data.insert(QStringLiteral("groups"), m_groups.join(QLatin1Char(',')));
    if (ArgumentValue::isSet(m_arguments.value(QStringLiteral("password"))))
        data.insert(QStringLiteral("password"), QStringLiteral("NOT_LOGGING_PASSWORD"));
    if (created) {
        data.insert(QStringLiteral("create_home"),
                    ArgumentValue::toBool(m_arguments.value(QStringLiteral("create_home")), true));
        data.insert(QStringLiteral("system"), ArgumentValue::toBool(m_arguments.value(QStringLiteral("system"))));
    } else {
        data.insert(QStringLiteral("append"), ArgumentValue::toBool(m_arguments.value(QStringLiteral("append"))));
        data.insert(QStringLiteral("move_home"), ArgumentValue::toBool(m_arguments.value(QStringLiteral("move_home"))));
    }
    finish(result);
}

} // namespace antler::playbook
