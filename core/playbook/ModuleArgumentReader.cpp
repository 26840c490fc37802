#include "playbook/ModuleArgumentReader.h"

#include "playbook/KeyValueWords.h"
#include "playbook/PlaybookKeywords.h"
#include "playbook/PlaybookParser.h"
#include "playbook/YamlReader.h"
#include "playbook/YamlValue.h"

#include <QRegularExpression>

#include <utility>

namespace antler::playbook {

ModuleArgumentReader::ModuleArgumentReader(YamlReader &yaml)
    : m_yaml(yaml)
{
}

QString ModuleArgumentReader::typeName(ModuleArgument::Type type)
{
    switch (type) {
    case ModuleArgument::Type::Bool:
        return tr("true or false");
    case ModuleArgument::Type::Int:
        return tr("a whole number");
    case ModuleArgument::Type::Float:
        return tr("a number");
    case ModuleArgument::Type::List:
        return tr("a list");
    case ModuleArgument::Type::Dict:
        return tr("a mapping");
    case ModuleArgument::Type::Path:
        return tr("a path");
    case ModuleArgument::Type::Str:
        return tr("text");
    case ModuleArgument::Type::Raw:
        break;
    }
    return tr("a value");
}

// Checks a value written for an argument and stores it under the
// argument's name. mark points at the value.
void ModuleArgumentReader::setArgument(const ModuleSpec &spec, const QString &moduleKey, const QString &name,
                                       const YAML::Node *node, const QVariant &writtenValue, const YAML::Mark &keyMark,
                                       const YAML::Mark &mark, QVariantMap *arguments)
{
    if (spec.anyArguments) {
        arguments->insert(name, node ? YamlValue::toVariant(*node) : writtenValue);
        return;
    }
    const ModuleArgument *argument = spec.argument(name);
    if (!argument) {
        // As in Ansible, arguments are judged after templating: one whose
        // value is a template may render to omit and then does not exist; if
        // it renders to anything else, the task fails when it runs.
        if (node ? node->IsScalar() && YamlReader::isTemplateText(YamlValue::fromStd(node->Scalar()))
                 : YamlReader::isTemplateText(writtenValue.toString())) {
            arguments->insert(name, node ? YamlValue::toVariant(*node) : writtenValue);
            return;
        }
        QStringList valid;
        for (const ModuleArgument &known : spec.arguments) {
            if (!known.name.startsWith(QLatin1Char('_')))
                valid.append(known.name);
        }
        const QString close = PlaybookKeywords::closest(name, valid);
        m_yaml.fail(keyMark,
                    close.isEmpty() ? tr("the module “%1” has no argument “%2”; use one of: %3.")
                                          .arg(moduleKey, name, valid.join(QLatin1String(", ")))
                                    : tr("the module “%1” has no argument “%2”; did you mean “%3”? Valid are: %4.")
                                          .arg(moduleKey, name, close, valid.join(QLatin1String(", "))));
        return;
    }
    if (arguments->contains(argument->name)) {
        m_yaml.fail(keyMark,
                    tr("the argument “%1” of “%2” is given twice (maybe through an alias); keep only one.")
                        .arg(argument->name, moduleKey));
        return;
    }
    QVariant value = node ? YamlValue::toVariant(*node) : writtenValue;
    const bool scalar = node ? node->IsScalar() : true;
    const QString written
        = node ? (node->IsScalar() ? YamlValue::fromStd(node->Scalar()) : QString()) : writtenValue.toString();
    const bool templated = scalar && YamlReader::isTemplateText(written);
    bool ok = true;
    if (argument->name == QLatin1String("argv") && !templated && (!node || !node->IsSequence())) {
        m_yaml.fail(mark,
                    tr("“argv” must be a non-empty list of words; write each word as an entry starting "
                       "with “- ”."));
        return;
    }
    if (!templated) {
        switch (argument->type) {
        case ModuleArgument::Type::Raw:
            break;
        case ModuleArgument::Type::Str:
        case ModuleArgument::Type::Path:
            ok = scalar;
            if (ok && node && !node->IsNull())
                value = written;
            break;
        case ModuleArgument::Type::Bool: {
            bool parsed = false;
            ok = scalar && YamlValue::parseBool(written, &parsed);
            if (ok)
                value = parsed;
            break;
        }
        case ModuleArgument::Type::Int: {
            const qlonglong number = written.toLongLong(&ok);
            ok = ok && scalar;
            if (ok)
                value = number;
            break;
        }
        case ModuleArgument::Type::Float: {
            const double number = written.toDouble(&ok);
            ok = ok && scalar;
            if (ok && value.typeId() == QMetaType::QString)
                value = number;
            break;
        }
        case ModuleArgument::Type::List:
            // A comma-separated string is a list too, as in Ansible.
            ok = !node || node->IsSequence() || node->IsScalar();
            if (ok && (!node || node->IsScalar()) && value.typeId() == QMetaType::QString)
                value = written.split(QLatin1Char(','));
            break;
        case ModuleArgument::Type::Dict:
            ok = node && node->IsMap();
            break;
        }
    }
    if (!ok) {
        m_yaml.fail(mark,
                    tr("the argument “%1” of “%2” must be %3; write it as %3 or as a template.")
                        .arg(argument->name, moduleKey, typeName(argument->type)));
        return;
    }
    if (!templated && scalar && !argument->choices.isEmpty()) {
        QString asText = written;
        if (value.typeId() == QMetaType::Bool)
            asText = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        if (!argument->choices.contains(written) && !argument->choices.contains(asText)) {
            if (argument->name.startsWith(QLatin1Char('_')) || argument->name == spec.freeFormArgument)
                m_yaml.fail(mark,
                            tr("“%1” is not a valid value for “%2”; use one of: %3.")
                                .arg(written, moduleKey, argument->choices.join(QLatin1String(", "))));
            else
                m_yaml.fail(mark,
                            tr("“%1” is not a valid value for “%2” of “%3”; use one of: %4.")
                                .arg(written, argument->name, moduleKey, argument->choices.join(QLatin1String(", "))));
            return;
        }
    }
    arguments->insert(argument->name, value);
}

// "command: ls chdir=/tmp": k=v words for arguments of the module are
// taken out, the rest is the free-form argument. A value runs to the next
// space outside quotes and Jinja blocks, as Ansible's split_args reads it,
// so "creates={{ root }}/made" is one word.
QString ModuleArgumentReader::takeFreeFormOptions(const ModuleSpec &spec, const QString &moduleKey,
                                                  const QString &freeForm, const YAML::Mark &mark,
                                                  QVariantMap *arguments)
{
    QString rest = freeForm;
    for (const ModuleArgument &argument : spec.arguments) {
        if (argument.name == spec.freeFormArgument || argument.name.startsWith(QLatin1Char('_')))
            continue;
        // Most free forms name no option: compiling a pattern for each of
        // the module's options cost more than the rest of reading the task.
        if (!rest.contains(argument.name + QLatin1Char('=')))
            continue;
        const QRegularExpression pattern(
            QStringLiteral("(^|\\s)%1=((?:\\{\\{.*?\\}\\}|\\{%.*?%\\}|\"[^\"]*\"|'[^']*'|\\S)+)")
                .arg(QRegularExpression::escape(argument.name)));
        const QRegularExpressionMatch match = pattern.match(rest);
        if (match.hasMatch()) {
            QString value = match.captured(2);
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
                && value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            setArgument(spec, moduleKey, argument.name, nullptr, value, mark, mark, arguments);
            rest.remove(match.capturedStart(), match.capturedLength());
        }
    }
    return rest.trimmed();
}

void ModuleArgumentReader::read(const YamlEntry &module, const std::optional<YamlEntry> &args, Task *task)
{
    const ModuleSpec *spec = PlaybookParser::moduleSpec(module.key);
    if (!spec)
        return;
    QVariantMap arguments;
    const YAML::Node &value = module.value;
    auto readMapping = [&](const YAML::Node &map) {
        for (const YamlEntry &entry : m_yaml.entries(map))
            setArgument(*spec, module.key, entry.key, &entry.value, QVariant(), entry.keyNode.Mark(),
                        YamlReader::markOf(entry), &arguments);
    };
    if (value.IsScalar()) {
        const QString freeForm = YamlValue::fromStd(value.Scalar());
        if (!spec->freeFormArgument.isEmpty()) {
            const QString command = task->module == QLatin1String("raw") || task->module == QLatin1String("meta")
                ? freeForm.trimmed()
                : takeFreeFormOptions(*spec, module.key, freeForm, YamlReader::markOf(module), &arguments);
            if (!command.isEmpty())
                setArgument(*spec, module.key, spec->freeFormArgument, nullptr, command, YamlReader::markOf(module),
                            YamlReader::markOf(module), &arguments);
        } else if (!freeForm.trimmed().isEmpty()) {
            // key=value words, quoted like a shell, as Ansible's parse_kv reads them.
            QStringList words;
            QString error;
            if (!KeyValueWords::split(freeForm, &words, &error)) {
                m_yaml.fail(YamlReader::markOf(module),
                            tr("the arguments of “%1” cannot be read (%2); write them as a "
                               "mapping on the next lines, indented.")
                                .arg(module.key, error));
            } else {
                for (const QString &word : std::as_const(words)) {
                    const qsizetype equals = word.indexOf(QLatin1Char('='));
                    if (equals <= 0) {
                        m_yaml.fail(YamlReader::markOf(module),
                                    tr("“%1” takes key=value words on its line, and “%2” is not "
                                       "one; write the arguments as a mapping on the next "
                                       "lines, indented.")
                                        .arg(module.key, word));
                        break;
                    }
                    setArgument(*spec, module.key, word.left(equals), nullptr, word.mid(equals + 1),
                                YamlReader::markOf(module), YamlReader::markOf(module), &arguments);
                }
            }
        }
    } else if (value.IsMap()) {
        if (task->module == QLatin1String("raw")) {
            m_yaml.fail(YamlReader::markOf(module),
                        tr("“%1” takes no arguments by name; write the command as text on "
                           "the same line, such as “raw: uptime”.")
                            .arg(module.key));
        } else {
            readMapping(value);
        }
    } else if (value.IsSequence()) {
        m_yaml.fail(YamlReader::markOf(module),
                    tr("the arguments of “%1” must be text or a mapping, not a list; write "
                       "them as “name: value” lines below it.")
                        .arg(module.key));
    }
    if (args) {
        if (!args->value.IsMap())
            m_yaml.fail(YamlReader::markOf(*args),
                        tr("“args” must be a mapping of argument names to values; write one "
                           "“name: value” per line below it."));
        else
            readMapping(args->value);
    }

    const QString &name = task->module;
    const bool commandLike
        = name == QLatin1String("command") || name == QLatin1String("shell") || name == QLatin1String("raw");
    if (commandLike) {
        const bool hasCmd = arguments.contains(QStringLiteral("cmd"));
        const bool hasArgv = arguments.contains(QStringLiteral("argv"));
        if (hasCmd && hasArgv) {
            m_yaml.fail(YamlReader::markOf(module),
                        tr("“%1” has both a command line and “argv”; keep only one of them.").arg(module.key));
        } else if (!hasCmd && !hasArgv) {
            m_yaml.fail(YamlReader::markOf(module),
                        tr("“%1” has no command to run; write it after the colon, such as "
                           "“%1: uptime”.")
                            .arg(module.key));
        } else if (hasCmd && arguments.value(QStringLiteral("cmd")).toString().trimmed().isEmpty()) {
            m_yaml.fail(YamlReader::markOf(module),
                        tr("the command of “%1” is empty; write the command to run.").arg(module.key));
        } else if (hasArgv && arguments.value(QStringLiteral("argv")).toList().isEmpty()) {
            m_yaml.fail(YamlReader::markOf(module),
                        tr("“argv” of “%1” is empty; write each word as an entry starting "
                           "with “- ”.")
                            .arg(module.key));
        }
    } else {
        for (const ModuleArgument &argument : spec->arguments) {
            if (argument.required && !arguments.contains(argument.name)) {
                const QString shown = argument.name == QLatin1String("_raw_params") ? tr("its value") : argument.name;
                m_yaml.fail(YamlReader::markOf(module),
                            tr("“%1” needs the argument “%2”; add it.").arg(module.key, shown));
            }
        }
    }
    if (name == QLatin1String("debug") && !arguments.contains(QStringLiteral("msg"))
        && !arguments.contains(QStringLiteral("var")))
        arguments.insert(QStringLiteral("msg"), QStringLiteral("Hello world!"));
    task->arguments = arguments;
}

} // namespace antler::playbook
