#include "cli/Dispatcher.h"

#include "cli/CommandCatalog.h"
#include "cli/ExitCode.h"

namespace antler::cli {

Dispatcher::Dispatcher()
    : m_commands(CommandCatalog::createCommands())
{
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
