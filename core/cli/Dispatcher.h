#pragma once

#include "cli/Command.h"
#include "cli/CommandLine.h"

#include <memory>
#include <vector>

namespace antler::cli {

// Owns the headless commands and runs the one a CommandLine names.
class Dispatcher
{
public:
    Dispatcher();
    ~Dispatcher();

    // Returns the process exit code (an ExitCode).
    int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

    Command *command(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace antler::cli
