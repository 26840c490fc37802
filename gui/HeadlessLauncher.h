#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>

namespace antler::gui {

// The headless modes (--run-playbook, pipeline, status, …) on a
// QCoreApplication, in the antler program itself, which links no widgets:
// the window is the antler-gui program beside it, which antler hands every
// other command line to (openWindow). A headless run so loads neither the
// widget, chart and OpenGL libraries nor the code of the window.
class HeadlessLauncher
{
    Q_DECLARE_TR_FUNCTIONS(antler::gui::HeadlessLauncher)

public:
    static int run(int &argc, char **argv, const cli::CommandLine &commandLine);
    // Replaces this process with antler-gui, same arguments; returns only
    // when that cannot be started, with the exit code of the error it printed.
    static int openWindow(int &argc, char **argv);
    // The name, organisation and version every antler program reports:
    // what QSettings' folder (~/.config/antler) and --version are made of.
    static void describeApplication();
};

} // namespace antler::gui
