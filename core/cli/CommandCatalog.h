#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace antler::cli {

class Command;

// Every mode of antler, once: the window and each headless command, in the
// order help presents them. The Dispatcher makes its commands from this
// list, CommandLine finds the command words and switches in it, and help,
// the man page and the bash completion are written from it.
class CommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::CommandCatalog)

public:
    // Window first, then the headless commands; hidden ones included.
    static QList<CommandSpec> specs();
    static std::vector<std::unique_ptr<Command>> createCommands();
    // The declaration of a mode by name ("window", "pipeline", ...).
    static CommandSpec spec(const QString &name);

    // The window: antler [--config FILE].
    static CommandSpec window();
};

} // namespace antler::cli
