#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace antler::cli {

// antler --version: the version, the commit and the build time.
class VersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::VersionCommand)

public:
    VersionCommand();

    static CommandSpec declaration();
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    static QString text();
};

} // namespace antler::cli
