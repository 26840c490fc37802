#include "SshTerminal.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace antler::gui {

namespace {

QString findIn(const QString &name, const QProcessEnvironment &environment)
{
    if (name.isEmpty())
        return {};
    if (name.contains(QLatin1Char('/')))
        return QFileInfo(name).isExecutable() ? name : QString();
    const QStringList path = environment.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(name, path);
}

} // namespace

QString SshTerminal::findTerminal(const QProcessEnvironment &environment, QString *why)
{
    // $TERMINAL may carry options ("kitty --single-instance"): its first word is the program.
    const QString chosen = environment.value(QStringLiteral("TERMINAL")).trimmed().section(QLatin1Char(' '), 0, 0);
    if (const QString found = findIn(chosen, environment); !found.isEmpty())
        return found;
    static const char *const candidates[] = {"x-terminal-emulator",
                                             "gnome-terminal",
                                             "konsole",
                                             "xfce4-terminal",
                                             "kgx",
                                             "kitty",
                                             "alacritty",
                                             "foot",
                                             "wezterm",
                                             "mate-terminal",
                                             "lxterminal",
                                             "terminator",
                                             "xterm"};
    for (const char *candidate : candidates) {
        if (const QString found = findIn(QLatin1String(candidate), environment); !found.isEmpty())
            return found;
    }
    if (why) {
        *why = tr("No terminal emulator was found (tried $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, "
                  "xfce4-terminal, kitty, alacritty, foot, xterm and others); install one or set TERMINAL.");
    }
    return {};
}

QStringList SshTerminal::sshCommand(const transport::ConnectionSettings &settings)
{
    QStringList command {QStringLiteral("ssh"), QStringLiteral("-p"), QString::number(settings.port)};
    if (!settings.privateKeyFile.isEmpty())
        command << QStringLiteral("-i") << settings.privateKeyFile;
    if (!settings.knownHostsFile.isEmpty())
        command << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + settings.knownHostsFile;
    command << (settings.user.isEmpty() ? settings.host : settings.user + QLatin1Char('@') + settings.host);
    return command;
}

QStringList SshTerminal::terminalArguments(const QString &terminal, const QStringList &command)
{
    const QString name = QFileInfo(terminal).fileName();
    if (name == QLatin1String("gnome-terminal") || name == QLatin1String("kgx")
        || name == QLatin1String("mate-terminal"))
        return QStringList {QStringLiteral("--")} + command;
    if (name == QLatin1String("xfce4-terminal") || name == QLatin1String("terminator"))
        return QStringList {QStringLiteral("-x")} + command;
    if (name == QLatin1String("kitty") || name == QLatin1String("foot"))
        return command;
    if (name == QLatin1String("wezterm"))
        return QStringList {QStringLiteral("start"), QStringLiteral("--")} + command;
    // xterm, konsole, alacritty, lxterminal and x-terminal-emulator (which
    // Debian requires to take -e with the command's words).
    return QStringList {QStringLiteral("-e")} + command;
}

bool SshTerminal::open(const transport::ConnectionSettings &settings, QString *error)
{
    QString why;
    const QString terminal = findTerminal(QProcessEnvironment::systemEnvironment(), &why);
    if (terminal.isEmpty()) {
        *error = why;
        return false;
    }
    if (!QProcess::startDetached(terminal, terminalArguments(terminal, sshCommand(settings)))) {
        *error = tr("%1 could not be started; check that it runs from a shell.").arg(terminal);
        return false;
    }
    return true;
}

} // namespace antler::gui
