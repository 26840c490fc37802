#pragma once

#include "cli/Command.h"

namespace antler::cli {

// antler --version: version, git commit and build time, for bug reports.
class VersionCommand : public Command
{
public:
    VersionCommand();

    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The lines --version prints; stable English, since scripts read them.
    static QString text();
};

} // namespace antler::cli
