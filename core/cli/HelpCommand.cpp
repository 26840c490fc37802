#include "cli/HelpCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandCatalog.h"
#include "cli/ExitCode.h"
#include "cli/HelpText.h"

namespace antler::cli {

HelpCommand::HelpCommand()
    : Command(declaration())
{
}

CommandSpec HelpCommand::declaration()
{
    CommandSpec spec;
    spec.name = QStringLiteral("help");
    // HelpText adds the list of topics, which it knows from the catalog.
    spec.summary = tr("Show this help; “antler help TOPIC” shows one part.");
    spec.arguments = {{QStringLiteral("TOPIC"), tr("The part to show."), CommandSpec::Completion::Topic, true}};
    return spec;
}

int HelpCommand::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString topic = arguments.value(0);
    if (arguments.size() > 1 || (!topic.isEmpty() && !topics().contains(topic))) {
        err << QLatin1String("antler: ")
            << tr("there is no help on “%1”; ask for one of: %2.")
                   .arg(arguments.join(QLatin1Char(' ')), topics().join(QLatin1String(", ")))
            << QLatin1Char('\n');
        return ExitCode::UsageError;
    }
    out << text(topic);
    return ExitCode::Success;
}

QStringList HelpCommand::topics()
{
    return HelpText(CommandCatalog::specs()).topics();
}

QString HelpCommand::text(const QString &topic)
{
    return HelpText(CommandCatalog::specs()).render(topic);
}

} // namespace antler::cli
