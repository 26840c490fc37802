#include "HeadlessLauncher.h"
#include "cli/CommandLine.h"

using antler::cli::CommandLine;
using antler::gui::HeadlessLauncher;

int main(int argc, char *argv[])
{
    // Decided from argv alone, before any application object exists: a
    // QApplication would need a display, and the headless modes must not.
    const CommandLine commandLine = CommandLine::parse(CommandLine::argumentsFrom(argc, argv));
    return commandLine.isHeadless() ? HeadlessLauncher::run(argc, argv, commandLine)
                                    : HeadlessLauncher::openWindow(argc, argv);
}
