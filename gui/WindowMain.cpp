#include "HeadlessLauncher.h"
#include "Launcher.h"
#include "cli/CommandLine.h"

using antler::cli::CommandLine;
using antler::gui::HeadlessLauncher;
using antler::gui::Launcher;

// antler-gui: the window, which antler starts for every command line that is
// not a headless mode. Given a headless one, it runs it as antler would.
int main(int argc, char *argv[])
{
    const CommandLine commandLine = CommandLine::parse(CommandLine::argumentsFrom(argc, argv));
    return commandLine.isHeadless() ? HeadlessLauncher::run(argc, argv, commandLine)
                                    : Launcher::runGui(argc, argv, commandLine);
}
