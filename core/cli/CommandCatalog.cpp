#include "cli/CommandCatalog.h"

#include "cli/CompleteCommand.h"
#include "cli/HelpCommand.h"
#include "cli/PipelineCommand.h"
#include "cli/RunPlaybookCommand.h"
#include "cli/StatusCommand.h"
#include "cli/VersionCommand.h"

namespace antler::cli {

namespace {

template<typename T> std::unique_ptr<Command> make()
{
    return std::make_unique<T>();
}

struct Entry
{
    CommandSpec (*declare)();
    std::unique_ptr<Command> (*create)();
};

// The one list of antler's modes, in the order help presents them.
const Entry entries[] = {
    {&CommandCatalog::window, nullptr},
    {&RunPlaybookCommand::declaration, &make<RunPlaybookCommand>},
    {&PipelineCommand::declaration, &make<PipelineCommand>},
    {&StatusCommand::declaration, &make<StatusCommand>},
    {&HelpCommand::declaration, &make<HelpCommand>},
    {&VersionCommand::declaration, &make<VersionCommand>},
    {&CompleteCommand::declaration, &make<CompleteCommand>},
};

} // namespace

QList<CommandSpec> CommandCatalog::specs()
{
    QList<CommandSpec> result;
    for (const Entry &entry : entries)
        result.append(entry.declare());
    return result;
}

std::vector<std::unique_ptr<Command>> CommandCatalog::createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const Entry &entry : entries) {
        if (entry.create)
            commands.push_back(entry.create());
    }
    return commands;
}

CommandSpec CommandCatalog::spec(const QString &name)
{
    for (const Entry &entry : entries) {
        CommandSpec candidate = entry.declare();
        if (candidate.name == name)
            return candidate;
    }
    return {};
}

CommandSpec CommandCatalog::window()
{
    CommandSpec spec;
    spec.name = QStringLiteral("window");
    spec.invocation = CommandSpec::Invocation::Window;
    spec.title = tr("Window");
    spec.summary = tr("Opens the control panel, which shows the stages of the pipeline.");
    spec.options = {
        CommandSpec::Option::config(),
        // The README's picture of the real window: saved once it is painted,
        // then antler exits. A tool for the documentation, not for users.
        {{QStringLiteral("screenshot")},
         QStringLiteral("FILE"),
         tr("Save a picture of the window to FILE and exit."),
         CommandSpec::Option::Repeat::Once,
         true,
         CommandSpec::Completion::File},
    };
    spec.notes = {tr("Qt's own options for a window, such as -platform, -style and -reverse, are accepted too.")};
    return spec;
}

} // namespace antler::cli
