#include "playbook/modules/IniFileModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "playbook/modules/IniFile.h"

namespace antler::playbook {

ModuleSpec IniFileModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("ini_file");
    ModuleArgument path = moduleArgument(QStringLiteral("path"), Type::Path, {}, {QStringLiteral("dest")});
    path.required = true;
    spec.arguments = {
        path,
        moduleArgument(QStringLiteral("section"), Type::Str),
        moduleArgument(QStringLiteral("option"), Type::Str),
        moduleArgument(QStringLiteral("value"), Type::Str),
        moduleArgument(QStringLiteral("values"), Type::List),
        moduleArgument(QStringLiteral("backup"), Type::Bool, false),
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("present"), {},
                       {QStringLiteral("absent"), QStringLiteral("present")}),
        moduleArgument(QStringLiteral("exclusive"), Type::Bool, true),
        moduleArgument(QStringLiteral("no_extra_spaces"), Type::Bool, false),
        moduleArgument(QStringLiteral("allow_no_value"), Type::Bool, false),
        moduleArgument(QStringLiteral("create"), Type::Bool, true),
    };
    spec.arguments += commonFileArguments();
    return spec;
}

void IniFileModule::start(const QVariantMap &arguments)
{
    const QString path = text(arguments, "path");
    IniFile::Request request;
    request.section = text(arguments, "section");
    request.option = text(arguments, "option");
    request.present = text(arguments, "state") != QLatin1String("absent");
    request.exclusive = flag(arguments, "exclusive", true);
    request.noExtraSpaces = flag(arguments, "no_extra_spaces");
    request.allowNoValue = flag(arguments, "allow_no_value");
    const QVariant value = arguments.value(QStringLiteral("value"));
    const QVariant values = arguments.value(QStringLiteral("values"));
    const bool hasValue = value.isValid() && !value.isNull();
    const bool hasValues = values.isValid() && !values.isNull();
    if (hasValue && hasValues) {
        fail(tr("parameters are mutually exclusive: value|values"));
        return;
    }
    if (hasValue) {
        request.values = {ArgumentValue::toText(value)};
    } else if (hasValues) {
        for (const QVariant &item : values.toList())
            request.values.append(ArgumentValue::toText(item));
    }
    if (request.present && !request.allowNoValue && request.values.isEmpty()) {
        fail(tr("Parameter 'value(s)' must be defined if state=present and allow_no_value=False."));
        return;
    }
    const bool create = flag(arguments, "create", true);
    editFile(arguments, path, [path, request, create](const RemoteFileState &state, const QByteArray &content) {
        Edit edit;
        edit.diffHeader = path + QStringLiteral(" (content)");
        const FileStat &current = state.effective(true);
        if (!current.exists()) {
            if (!create)
                return edit.fail(QStringLiteral("Destination %1 does not exist!").arg(path), 257);
            edit.createParents = true;
        }
        const IniFile::Outcome outcome = IniFile::edit(content, request);
        edit.changed = outcome.changed;
        edit.message = outcome.message;
        edit.content = outcome.content;
        edit.data.insert(QStringLiteral("path"), path);
        return edit;
    });
}

} // namespace antler::playbook
