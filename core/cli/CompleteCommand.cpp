#include "cli/CompleteCommand.h"

#include "cli/CommandArguments.h"
#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
#include "pipeline/PipelineConfig.h"

namespace antler::cli {

CompleteCommand::CompleteCommand()
    : Command(declaration())
{
}

CommandSpec CompleteCommand::declaration()
{
    CommandSpec spec;
    spec.name = QStringLiteral("__complete");
    spec.hidden = true;
    spec.summary = tr("Print the stages or the help topics, one per line, for the shell's completion.");
    spec.arguments = {{QStringLiteral("WHAT")}};
    spec.options = {{{QStringLiteral("config")}, QStringLiteral("FILE"), tr("The profile to read.")}};
    return spec;
}

int CompleteCommand::execute(const QStringList &arguments, QTextStream &out, QTextStream &)
{
    CommandArguments parsed(spec());
    QString error;
    if (!parsed.parse(arguments, &error))
        return ExitCode::UsageError;
    const QString what = parsed.positional().value(0);
    if (what == QLatin1String("stages")) {
        pipeline::PipelineConfig config;
        if (pipeline::PipelineConfig::load(parsed.value(QStringLiteral("config")), &config, &error)) {
            for (const pipeline::Stage &stage : config.stages())
                out << stage.name() << QLatin1Char('\n');
        }
    } else if (what == QLatin1String("topics")) {
        for (const QString &topic : HelpCommand::topics())
            out << topic << QLatin1Char('\n');
    }
    out.flush();
    return ExitCode::Success;
}

} // namespace antler::cli
