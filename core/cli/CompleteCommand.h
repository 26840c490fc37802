#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace antler::cli {

// antler __complete WHAT [--config FILE]: the words the bash completion
// cannot know in advance, one per line: "stages" (of the active profile, as
// antler pipeline would read it) and "topics" (of antler help). Hidden from
// help; prints nothing and succeeds when there is nothing to offer, so a
// broken antler.yaml never breaks the shell.
class CompleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::CompleteCommand)

public:
    CompleteCommand();

    static CommandSpec declaration();
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace antler::cli
