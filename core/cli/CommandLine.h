#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace antler::cli {

// Decides from argv alone, before any QCoreApplication exists, whether antler
// opens the window or runs headless, and which command runs. A QApplication
// needs a display, so this must not depend on one.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::CommandLine)

public:
    enum class Mode {
        Gui,
        Help,
        Version,
        RunPlaybook,
        Pipeline,
        Status,
        Complete, // the hidden antler __complete the bash completion calls
        UsageError,
    };

    // arguments[0] is the program, as in argv.
    static CommandLine parse(const QStringList &arguments);
    // argv decoded like QCoreApplication::arguments() does, usable before it exists.
    static QStringList argumentsFrom(int argc, char **argv);

    Mode mode() const { return m_mode; }
    bool isHeadless() const { return m_mode != Mode::Gui; }
    // The command the Dispatcher runs: "help", "version", "run-playbook",
    // "pipeline", "status" or "__complete"; empty for Gui and UsageError.
    QString commandName() const;
    // The arguments after the command word ("pipeline", "status", "help");
    // for run-playbook all of them, since its flags may come in any order.
    QStringList commandArguments() const { return m_commandArguments; }
    // For UsageError: one sentence saying what is wrong and what to do, in
    // the language of the translators installed when it is called.
    QString error() const;

    // GUI mode: --config FILE, and the hidden --screenshot FILE.
    QString configFile() const;
    QString screenshotFile() const;

    // For GUI mode: an empty string when a window can be shown, otherwise
    // one sentence saying why not and what to do instead.
    static QString displayProblem(const QStringList &arguments, const QProcessEnvironment &environment);

private:
    enum class Problem {
        None,
        UnknownCommand,
        UnknownOption,
        MissingFileName,
    };
    void setProblem(Problem problem, const QString &argument);
    static Mode modeFor(const QString &command);

    Mode m_mode = Mode::Gui;
    QStringList m_commandArguments;
    Problem m_problem = Problem::None;
    QString m_problemArgument;
    // The window's options by name (CommandCatalog::window()).
    QHash<QString, QString> m_windowOptions;
};

} // namespace antler::cli
