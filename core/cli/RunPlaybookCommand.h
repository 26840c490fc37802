#pragma once

#include "cli/Command.h"
#include "playbook/PlaybookRunOptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace antler::cli {

// antler --run-playbook FILE [OPTIONS]: the options are declared in
// declaration() and may come before or after FILE, as in ansible-playbook.
//
// Loads the inventory and validates the whole playbook first (a problem in
// either exits with ExitCode::InvalidInput before any host is contacted),
// then runs it with playbook::Runner and prints the event stream with the
// console or JSON printer. Exit codes are ansible-playbook's.
//
// This command is headless only: it runs a local QEventLoop on the
// QCoreApplication's thread until the Runner has finished. That is safe
// here because no window exists and nothing else is waiting on that loop;
// the GUI drives the same Runner through its signals instead.
class RunPlaybookCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::RunPlaybookCommand)

public:
    RunPlaybookCommand();

    static CommandSpec declaration();

    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // Everything the command line says, for the Runner and the listings:
    // the run's options as the window gives them too (-e merged in order,
    // later wins; --limit a host pattern or @FILE, a retry file with one host
    // a line, repeated --limit options joined with ":"; --tags and
    // --skip-tags split at commas, repeatable), and what only the command
    // line has.
    struct Options : playbook::PlaybookRunOptions
    {
        // -f given on the command line (ansible.cfg's forks yields to it).
        bool forksGiven = false;
        // --json: one JSON event per line as the run goes; --json-document:
        // one document at the end, shaped like ansible-playbook's json callback.
        bool json = false;
        bool jsonDocument = false;
        bool acceptNewHostKeys = false;
        bool syntaxCheck = false;
        // --list-tasks / --list-hosts / --list-tags: print, run nothing.
        bool listTasks = false;
        bool listHosts = false;
        bool listTags = false;
    };
    // False with *error set (one sentence) and *exitCode (UsageError or
    // InvalidInput) when the arguments cannot be used.
    static bool parseArguments(const QStringList &arguments, Options *options, QString *error, int *exitCode);
};

} // namespace antler::cli
