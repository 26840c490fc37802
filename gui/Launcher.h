#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>

namespace antler::gui {

// Starts antler in the mode the CommandLine chose: a headless command on a
// QCoreApplication, which needs no display, or the window on a QApplication.
class Launcher
{
    Q_DECLARE_TR_FUNCTIONS(antler::gui::Launcher)

public:
    static int runHeadless(int &argc, char **argv, const cli::CommandLine &commandLine);
    static int runGui(int &argc, char **argv, const cli::CommandLine &commandLine);

private:
    static void describeApplication();
};

} // namespace antler::gui
