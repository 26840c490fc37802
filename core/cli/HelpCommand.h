#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace antler::cli {

// antler --help: the window and every headless mode with its flags and exit
// codes. `antler help TOPIC` (or `antler pipeline --help`, ...) prints one part.
class HelpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::HelpCommand)

public:
    HelpCommand();

    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The topics of `antler help TOPIC`.
    static QStringList topics();
    // One sentence or two on a command or topic: help, version, window,
    // run-playbook, pipeline, status.
    static QString summary(const QString &topic);
    // The whole help for an empty topic; an empty string for an unknown one.
    static QString text(const QString &topic = {});
};

} // namespace antler::cli
