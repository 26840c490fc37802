#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>

namespace antler::gui {

// Starts the window on a QApplication (antler-gui; the headless modes are
// HeadlessLauncher's).
class Launcher
{
    Q_DECLARE_TR_FUNCTIONS(antler::gui::Launcher)

public:
    static int runGui(int &argc, char **argv, const cli::CommandLine &commandLine);

private:
    static void describeApplication();
};

} // namespace antler::gui
