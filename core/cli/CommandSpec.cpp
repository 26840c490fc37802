#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace antler::cli {

QString CommandSpec::Option::dashed(const QString &name)
{
    return (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
}

CommandSpec::Option CommandSpec::Option::config()
{
    return {{QStringLiteral("config")},
            QStringLiteral("FILE"),
            QCoreApplication::translate("antler::cli::CommandSpec", "Read the pipeline from FILE (see Configuration)."),
            Repeat::Once,
            false,
            Completion::File};
}

CommandSpec::Option CommandSpec::Option::json()
{
    return {{QStringLiteral("json")},
            {},
            QCoreApplication::translate("antler::cli::CommandSpec", "Print the results as JSON.")};
}

QString CommandSpec::Option::displayName() const
{
    return dashed(names.value(0));
}

QStringList CommandSpec::Option::aliases() const
{
    QStringList result;
    for (qsizetype i = 1; i < names.size(); ++i)
        result.append(dashed(names.at(i)));
    return result;
}

QString CommandSpec::Option::term() const
{
    if (repeat == Repeat::Counted)
        return displayName() + QLatin1String("...");
    return valueName.isEmpty() ? displayName() : displayName() + QLatin1Char(' ') + valueName;
}

QString CommandSpec::Option::synopsis() const
{
    const QString bracketed = QLatin1Char('[') + term() + QLatin1Char(']');
    return repeat == Repeat::Repeated ? bracketed + QLatin1String("...") : bracketed;
}

QString CommandSpec::Subcommand::term() const
{
    QStringList words {name};
    for (const Argument &argument : arguments)
        words.append(argument.optional ? QLatin1Char('[') + argument.name + QLatin1Char(']') : argument.name);
    return words.join(QLatin1Char(' '));
}

QString CommandSpec::invocationText() const
{
    switch (invocation) {
    case Invocation::Window:
        return QStringLiteral("antler");
    case Invocation::Word:
        return QLatin1String("antler ") + name;
    case Invocation::Switch:
        return QLatin1String("antler --") + name;
    }
    return {};
}

const CommandSpec::Option *CommandSpec::option(const QString &name) const
{
    for (const Option &candidate : options) {
        if (candidate.names.contains(name))
            return &candidate;
    }
    return nullptr;
}

const CommandSpec::Subcommand *CommandSpec::subcommand(const QString &name) const
{
    for (const Subcommand &candidate : subcommands) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QList<CommandSpec::Option> CommandSpec::visibleOptions() const
{
    QList<Option> result;
    for (const Option &candidate : options) {
        if (!candidate.hidden)
            result.append(candidate);
    }
    return result;
}

QStringList CommandSpec::synopsisWords() const
{
    QStringList words = invocationText().split(QLatin1Char(' '));
    for (const Argument &argument : arguments)
        words.append(argument.optional ? QLatin1Char('[') + argument.name + QLatin1Char(']') : argument.name);
    if (!subcommands.isEmpty())
        words.append(QStringLiteral("COMMAND"));
    for (const Option &candidate : visibleOptions()) {
        if (subcommands.isEmpty() || commonOptions.contains(candidate.names.constFirst()))
            words.append(candidate.synopsis());
    }
    return words;
}

QStringList CommandSpec::synopsisWords(const Subcommand &subcommand) const
{
    QStringList words = invocationText().split(QLatin1Char(' '));
    words.append(subcommand.term().split(QLatin1Char(' ')));
    for (const QString &name : subcommand.options) {
        if (const Option *declared = option(name))
            words.append(declared->synopsis());
    }
    return words;
}

QString CommandSpec::shortUsage() const
{
    const QStringList words = synopsisWords();
    if (words.size() <= 6 && words.join(QLatin1Char(' ')).size() <= 60)
        return words.join(QLatin1Char(' '));
    QStringList head = invocationText().split(QLatin1Char(' '));
    for (const Argument &argument : arguments)
        head.append(argument.optional ? QLatin1Char('[') + argument.name + QLatin1Char(']') : argument.name);
    if (!subcommands.isEmpty())
        head.append(QStringLiteral("COMMAND"));
    head.append(QStringLiteral("[OPTIONS]"));
    return head.join(QLatin1Char(' '));
}

} // namespace antler::cli
