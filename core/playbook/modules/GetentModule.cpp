#include "playbook/modules/GetentModule.h"

#include "playbook/modules/ArgumentValue.h"

#include <QRegularExpression>

namespace antler::playbook {

GetentModule::GetentModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec GetentModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("getent");
    ModuleArgument database = moduleArgument(QStringLiteral("database"), Type::Str);
    database.required = true;
    spec.arguments = {
        database,
        moduleArgument(QStringLiteral("key"), Type::Str, {}),
        moduleArgument(QStringLiteral("split"), Type::Str),
        moduleArgument(QStringLiteral("service"), Type::Str),
        moduleArgument(QStringLiteral("fail_key"), Type::Bool, true),
    };
    return spec;
}

QVariantMap GetentModule::parse(const QByteArray &output, const QString &database, const QString &split)
{
    static const QStringList colon
        = {QStringLiteral("passwd"), QStringLiteral("shadow"), QStringLiteral("group"), QStringLiteral("gshadow")};
    const QString separator = split.isEmpty() && colon.contains(database) ? QStringLiteral(":") : split;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QVariantMap tree;
    QHash<QString, int> seen;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        QStringList record;
        if (separator.isEmpty()) {
            record = line.trimmed().split(whitespace, Qt::SkipEmptyParts);
            if (record.isEmpty())
                continue;
        } else {
            if (line.isEmpty())
                continue;
            record = line.split(separator);
        }
        const QString key = record.takeFirst();
        QVariantList fields;
        for (const QString &field : std::as_const(record))
            fields.append(field);
        const int count = seen.value(key);
        if (count == 0) {
            tree.insert(key, fields);
        } else {
            // More than one entry for a key: a list of the field lists.
            QVariantList entries = count == 1 ? QVariantList {tree.value(key)} : tree.value(key).toList();
            entries.append(QVariant(fields));
            tree.insert(key, entries);
        }
        seen.insert(key, count + 1);
    }
    return tree;
}

void GetentModule::start(const QVariantMap &arguments)
{
    const QString database = ArgumentValue::toText(arguments.value(QStringLiteral("database")));
    const QVariant keyArgument = arguments.value(QStringLiteral("key"));
    const QString key = keyArgument.isNull() ? QString() : ArgumentValue::toText(keyArgument);
    const QString split = ArgumentValue::toText(arguments.value(QStringLiteral("split")));
    const QString service = ArgumentValue::toText(arguments.value(QStringLiteral("service")));
    const bool failKey = ArgumentValue::toBool(arguments.value(QStringLiteral("fail_key")), true);
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("getent %1").arg(database);
    command.script = "getent";
    if (!service.isEmpty())
        command.script += " -s " + ArgumentValue::quoted(service);
    command.script += " " + ArgumentValue::quoted(database);
    if (!key.isEmpty())
        command.script += " " + ArgumentValue::quoted(key);
    command.shareShell = true;
    runCommand(command, [this, database, key, split, failKey](const transport::CommandResult &result) {
        if (result.status != transport::CommandResult::Status::Finished) {
            fail(result.error);
            return;
        }
        const QString fact = QStringLiteral("getent_") + database;
        TaskResult done;
        done.data.insert(QStringLiteral("changed"), false);
        if (result.exitCode == 0) {
            done.data.insert(QStringLiteral("ansible_facts"),
                             QVariantMap {{fact, parse(result.stdoutData, database, split)}});
            finish(done);
            return;
        }
        QString message;
        if (result.exitCode == 1) {
            message = QStringLiteral("Missing arguments, or database unknown.");
        } else if (result.exitCode == 2) {
            message = QStringLiteral("One or more supplied key could not be found in the database.");
            if (!failKey) {
                done.data.insert(QStringLiteral("ansible_facts"),
                                 QVariantMap {{fact, QVariantMap {{key, QVariant()}}}});
                done.data.insert(QStringLiteral("msg"), message);
                finish(done);
                return;
            }
        } else if (result.exitCode == 3) {
            message = QStringLiteral("Enumeration not supported on this database.");
        } else {
            message = QString::fromUtf8(result.stderrData).trimmed();
            if (message.isEmpty())
                message
                    = QStringLiteral("getent failed with exit code %1 on %2.").arg(result.exitCode).arg(context().host);
        }
        fail(message);
    });
}

} // namespace antler::playbook
