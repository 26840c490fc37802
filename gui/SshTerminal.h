#pragma once

#include "transport/ConnectionSettings.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace antler::gui {

// "Open SSH terminal": the user's terminal emulator running ssh with the
// very user, port, key and known_hosts file Antler uses for the host. The
// terminal is the first found of $TERMINAL, x-terminal-emulator (Debian's
// alternative), then the common desktop terminals; each gets ssh's words the
// way it takes a command (gnome-terminal after --, xfce4-terminal after -x,
// most after -e), never as one shell string.
class SshTerminal
{
    Q_DECLARE_TR_FUNCTIONS(antler::gui::SshTerminal)

public:
    // The terminal program's path; empty with one sentence in *why when none is found.
    static QString findTerminal(const QProcessEnvironment &environment, QString *why);
    // ssh -p PORT [-i KEY] [-o UserKnownHostsFile=FILE] [USER@]HOST
    static QStringList sshCommand(const transport::ConnectionSettings &settings);
    // The terminal's own arguments around the command.
    static QStringList terminalArguments(const QString &terminal, const QStringList &command);
    // Starts it detached; false with one sentence in *error.
    static bool open(const transport::ConnectionSettings &settings, QString *error);
};

} // namespace antler::gui
