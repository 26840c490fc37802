#include "cli/Dispatcher.h"

#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
#include "cli/PipelineCommand.h"
#include "cli/RunPlaybookCommand.h"
#include "cli/StatusCommand.h"
#include "cli/UnavailableCommand.h"
#include "cli/VersionCommand.h"

namespace antler::cli {

Dispatcher::Dispatcher()
{
    m_commands.push_back(std::make_unique<HelpCommand>());
    m_commands.push_back(std::make_unique<VersionCommand>());
    m_commands.push_back(std::make_unique<RunPlaybookCommand>());
    m_commands.push_back(std::make_unique<PipelineCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
}

Dispatcher::~Dispatcher() = default;

int Dispatcher::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    if (commandLine.mode() == CommandLine::Mode::UsageError) {
        err << QLatin1String("antler: ") << commandLine.error() << QLatin1Char('\n');
        return ExitCode::UsageError;
    }
    Command *selected = command(commandLine.commandName());
    Q_ASSERT_X(selected, "Dispatcher::run", "the window mode has no headless command");
    if (!selected)
        return ExitCode::UnexpectedError;
    return selected->execute(commandLine.commandArguments(), out, err);
}

Command *Dispatcher::command(const QString &name) const
{
    for (const auto &candidate : m_commands) {
        if (candidate->name() == name)
            return candidate.get();
    }
    return nullptr;
}

} // namespace antler::cli
