#include "cli/HelpText.h"

#include "cli/CommandArguments.h"
#include "cli/ExitCode.h"
#include "pipeline/RuntimeFactory.h"
#include "playbook/modules/ModuleRegistry.h"

namespace antler::cli {

namespace {

constexpr int TermIndent = 4;
constexpr int DescriptionColumn = 26;

QString paragraph(const QString &text, int indent = 2)
{
    return QString(indent, QLatin1Char(' ')) + HelpText::wrap(text, indent, indent);
}

// "    --check               Report what would change ..."
QString row(const QString &term, const QString &description)
{
    QString line = QString(TermIndent, QLatin1Char(' ')) + term;
    if (line.size() >= DescriptionColumn) {
        line += QLatin1Char('\n');
        line += QString(DescriptionColumn, QLatin1Char(' '));
    } else {
        line = line.leftJustified(DescriptionColumn, QLatin1Char(' '));
    }
    return line + HelpText::wrap(description, DescriptionColumn, DescriptionColumn);
}

bool hasPart(const CommandSpec &spec)
{
    return !spec.hidden && !spec.title.isEmpty();
}

} // namespace

HelpText::HelpText(QList<CommandSpec> specs)
    : m_specs(std::move(specs))
{
}

QString HelpText::wrap(const QString &text, int firstColumn, int indent)
{
    return wrapWords(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), firstColumn, indent);
}

QString HelpText::wrapWords(const QStringList &words, int firstColumn, int indent)
{
    QString result;
    int column = firstColumn;
    bool lineEmpty = true;
    for (const QString &word : words) {
        if (!lineEmpty && column + 1 + word.size() > LineWidth) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += int(word.size());
        lineEmpty = false;
    }
    return result + QLatin1Char('\n');
}

QStringList HelpText::topics() const
{
    QStringList result;
    for (const CommandSpec &spec : m_specs) {
        if (hasPart(spec))
            result.append(spec.name);
    }
    return result;
}

QString HelpText::summary(const CommandSpec &spec) const
{
    if (spec.name == QLatin1String("help"))
        return spec.summary + QLatin1Char(' ') + tr("Topics: %1.").arg(topics().join(QLatin1String(", ")));
    return spec.summary;
}

QString HelpText::optionDescription(const CommandSpec::Option &option)
{
    const QStringList aliases = option.aliases();
    if (aliases.isEmpty())
        return option.description;
    return option.description + QLatin1Char(' ') + tr("Also %1.").arg(aliases.join(QLatin1String(", ")));
}

QString HelpText::introduction() const
{
    QStringList headless;
    for (const CommandSpec &spec : m_specs) {
        if (hasPart(spec) && spec.invocation != CommandSpec::Invocation::Window)
            headless.append(spec.invocation == CommandSpec::Invocation::Switch ? QLatin1String("--") + spec.name
                                                                               : spec.name);
    }
    return tr("Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, "
              "staging and production pipeline. Without arguments it opens its window; with %1 it runs "
              "headless and needs no display.")
        .arg(headless.join(QLatin1String(", ")));
}

QString HelpText::capabilities() const
{
    QStringList runtimes;
    for (const pipeline::RuntimeKind kind : pipeline::RuntimeFactory::kinds())
        runtimes.append(pipeline::Stage::runtimeKindName(kind));
    // Always many modules and runtimes, so no plural forms are needed.
    return tr("Playbooks can use %1 modules, listed under “antler help run-playbook”; the pipeline builds, "
              "rolls out, promotes and rolls back with the %2 runtimes.")
        .arg(playbook::ModuleRegistry::instance().names().size())
        .arg(runtimes.join(QLatin1String(", ")));
}

QList<std::pair<QString, QString>> HelpText::exitCodes()
{
    auto code = [](int value) { return QString::number(value); };
    return {
        {code(ExitCode::Success), tr("Success.")},
        {code(ExitCode::Error), tr("An error.")},
        {code(ExitCode::HostFailed), tr("A host failed.")},
        {code(ExitCode::InvalidInput),
         tr("The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was "
            "contacted.")},
        {code(ExitCode::HostUnreachable), tr("A host was unreachable.")},
        {code(ExitCode::UsageError), tr("Invalid options.")},
        {code(ExitCode::Refused), tr("Pipeline: a promotion gate or a pin refused the operation; nothing changed.")},
        {code(ExitCode::RolledBack),
         tr("Pipeline: the rollout failed and the stage was rolled back to its previous release.")},
        {code(ExitCode::NotAvailable), tr("The mode is not available in this build yet.")},
        {code(ExitCode::Interrupted), tr("Interrupted.")},
        {code(ExitCode::UnexpectedError), tr("An unexpected error.")},
    };
}

QString HelpText::configuration()
{
    return tr("The pipeline is read from the first of: the file given with --config FILE; "
              "$XDG_CONFIG_HOME/antler/antler.yaml (usually ~/.config/antler/antler.yaml); "
              "antler/antler.yaml in $XDG_CONFIG_DIRS (usually /etc/xdg); the built-in "
              "Local profile, which runs all three stages on this machine.");
}

QString HelpText::section(const CommandSpec &spec) const
{
    const int continuation = 2 + int(qstrlen("antler "));
    QString text = spec.title + QLatin1Char(':') + QLatin1Char('\n');
    text += QLatin1String("  ") + wrapWords(spec.synopsisWords(), 2, continuation);
    for (const CommandSpec::Subcommand &subcommand : spec.subcommands)
        text += QLatin1String("  ") + wrapWords(spec.synopsisWords(subcommand), 2, continuation);
    text += paragraph(summary(spec), 4);
    for (const CommandSpec::Argument &argument : spec.arguments) {
        if (!argument.description.isEmpty())
            text += row(argument.name, argument.description);
    }
    for (const CommandSpec::Subcommand &subcommand : spec.subcommands)
        text += row(subcommand.term(), subcommand.description);
    for (const CommandSpec::Option &option : spec.visibleOptions())
        text += row(option.term(), optionDescription(option));
    for (const QString &note : spec.notes)
        text += paragraph(note, 4);
    return text;
}

QString HelpText::usage() const
{
    QString text = tr("Usage:") + QLatin1Char('\n');
    for (const CommandSpec &spec : m_specs) {
        if (!spec.hidden)
            text += QLatin1String("  ") + spec.shortUsage() + QLatin1Char('\n');
    }
    text += QLatin1String("  antler --help\n");
    return text;
}

QString HelpText::other() const
{
    QString text = tr("Other:") + QLatin1Char('\n');
    const CommandSpec::Option help = CommandArguments::helpOption();
    for (const CommandSpec &spec : m_specs) {
        if (spec.hidden || hasPart(spec))
            continue;
        if (spec.name == QLatin1String("help"))
            text += row(help.displayName() + QLatin1String(", ") + help.aliases().value(0), summary(spec));
        else
            text += row(spec.synopsisWords().mid(1).join(QLatin1Char(' ')), summary(spec));
    }
    return text;
}

QString HelpText::render(const QString &topic) const
{
    for (const CommandSpec &spec : m_specs) {
        if (hasPart(spec) && spec.name == topic)
            return section(spec);
    }
    if (!topic.isEmpty())
        return {};

    const QString blank = QStringLiteral("\n");
    QString text = usage() + blank + paragraph(introduction()) + blank + paragraph(capabilities()) + blank;
    for (const CommandSpec &spec : m_specs) {
        if (hasPart(spec))
            text += section(spec) + blank;
    }
    text += tr("Exit codes:") + QLatin1Char('\n');
    for (const auto &[code, description] : exitCodes())
        text += row(code, description);
    text += blank + other() + blank + tr("Configuration:") + QLatin1Char('\n') + paragraph(configuration());
    return text;
}

} // namespace antler::cli
