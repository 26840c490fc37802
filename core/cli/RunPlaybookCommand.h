#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace antler::cli {

// antler --run-playbook FILE -i INVENTORY [-e K=V|@file]... [--forks N]
// [--accept-new-host-keys] [--syntax-check] [--json] [-v...]
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

    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    struct Options
    {
        QString playbook;
        QString inventory;
        QVariantMap extraVariables;
        int forks = 5;
        int verbosity = 0;
        bool json = false;
        bool acceptNewHostKeys = false;
        bool syntaxCheck = false;
    };
    // False with *error set (one sentence) and *exitCode (UsageError or
    // InvalidInput) when the arguments cannot be used.
    static bool parseArguments(const QStringList &arguments, Options *options, QString *error,
                               int *exitCode);
    // -e: "k=v k2='a b'", "@vars.yml", or inline JSON/YAML "{...}".
    static bool parseExtraVariables(const QString &text, QVariantMap *variables, QString *error);
};

} // namespace antler::cli
