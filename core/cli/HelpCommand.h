#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace antler::cli {

// antler --help: the window and every headless mode with its flags and exit
// codes, written by HelpText from the commands' declarations. `antler help
// TOPIC` (or `antler pipeline --help`, ...) prints one part.
class HelpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::HelpCommand)

public:
    HelpCommand();

    static CommandSpec declaration();
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The topics of `antler help TOPIC`: every mode that has a part.
    static QStringList topics();
    // The whole help for an empty topic; an empty string for an unknown one.
    static QString text(const QString &topic = {});
};

} // namespace antler::cli
