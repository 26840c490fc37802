#include "cli/CommandArguments.h"

#include <optional>

namespace antler::cli {

namespace {

QCommandLineOption parserOption(const CommandSpec::Option &option)
{
    QCommandLineOption result(option.names, option.description, option.valueName);
    if (option.hidden)
        result.setFlags(QCommandLineOption::HiddenFromHelp);
    return result;
}

// The word help and errors use for the command: "--run-playbook", "pipeline".
QString commandWord(const CommandSpec &spec)
{
    return spec.invocation == CommandSpec::Invocation::Switch ? QLatin1String("--") + spec.name : spec.name;
}

} // namespace

CommandArguments::CommandArguments(const CommandSpec &spec)
    : m_spec(spec)
    , m_parser(std::make_unique<QCommandLineParser>())
{
    m_parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (m_spec.invocation == CommandSpec::Invocation::Switch)
        m_parser->addOption(QCommandLineOption(m_spec.name));
    m_parser->addOption(parserOption(helpOption()));
    for (const CommandSpec::Option &option : m_spec.options)
        m_parser->addOption(parserOption(option));
}

CommandArguments::~CommandArguments() = default;

CommandSpec::Option CommandArguments::helpOption()
{
    CommandSpec::Option option;
    option.names = QStringList {QStringLiteral("h"), QStringLiteral("help")};
    option.description = tr("Show the help of this command and exit.");
    return option;
}

bool CommandArguments::parse(const QStringList &arguments, QString *error)
{
    QStringList words {QStringLiteral("antler")};
    const QString switchPrefix = QLatin1String("--") + m_spec.name + QLatin1Char('=');
    for (const QString &argument : arguments) {
        // --run-playbook=FILE is --run-playbook FILE: the switch selects the
        // mode, the file is a positional argument like any other.
        if (m_spec.invocation == CommandSpec::Invocation::Switch && argument.startsWith(switchPrefix))
            words << argument.left(switchPrefix.size() - 1) << argument.mid(switchPrefix.size());
        else
            words << argument;
    }
    if (m_parser->parse(words))
        return true;
    *error = diagnose(words.mid(1));
    if (error->isEmpty()) // the parser saw a problem the scan did not: say what it said
        *error = m_parser->errorText();
    return false;
}

// QCommandLineParser says what is wrong in English only, and not what to do:
// the same walk it makes, to name the argument in one translated sentence.
QString CommandArguments::diagnose(const QStringList &arguments) const
{
    auto find = [this](const QString &name) -> std::optional<CommandSpec::Option> {
        if (const CommandSpec::Option *option = m_spec.option(name))
            return *option;
        if (helpOption().names.contains(name))
            return helpOption();
        if (m_spec.invocation == CommandSpec::Invocation::Switch && name == m_spec.name)
            return CommandSpec::Option {{name}, {}, {}};
        return std::nullopt;
    };
    const QString unknown = tr("unknown option “%1” for %2; run “antler help %3” to see the options.");
    const QString missing = tr("the option %1 needs a value; write it as “%1 %2”.");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("--"))) {
            const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
            const auto option = find(name);
            if (!option)
                return unknown.arg(argument, commandWord(m_spec), m_spec.name);
            if (option->valueName.isEmpty()) {
                if (argument.contains(QLatin1Char('=')))
                    return tr("the option --%1 takes no value; write it as “--%1” alone.").arg(name);
            } else if (!argument.contains(QLatin1Char('='))) {
                if (i + 1 >= arguments.size())
                    return missing.arg(argument, option->valueName);
                ++i;
            }
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            for (qsizetype pos = 1; pos < argument.size(); ++pos) {
                const auto option = find(argument.mid(pos, 1));
                if (!option)
                    return unknown.arg(argument, commandWord(m_spec), m_spec.name);
                if (!option->valueName.isEmpty()) {
                    if (pos + 1 == argument.size()) {
                        if (i + 1 >= arguments.size())
                            return missing.arg(argument, option->valueName);
                        ++i;
                    }
                    break;
                }
            }
        }
    }
    return {};
}

bool CommandArguments::isSet(const QString &name) const
{
    return m_parser->isSet(name);
}

QString CommandArguments::value(const QString &name) const
{
    return m_parser->value(name);
}

QStringList CommandArguments::values(const QString &name) const
{
    return m_parser->values(name);
}

int CommandArguments::count(const QString &name) const
{
    const CommandSpec::Option *option = m_spec.option(name);
    const QStringList names = option ? option->names : QStringList {name};
    int found = 0;
    for (const QString &seen : m_parser->optionNames()) {
        if (names.contains(seen))
            ++found;
    }
    return found;
}

QStringList CommandArguments::positional() const
{
    return m_parser->positionalArguments();
}

QString CommandArguments::parserHelpText() const
{
    return m_parser->helpText();
}

} // namespace antler::cli
