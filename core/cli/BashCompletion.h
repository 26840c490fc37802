#pragma once

#include "cli/CommandSpec.h"

#include <QList>
#include <QString>

namespace antler::cli {

// The bash completion script for antler, written from the commands'
// declarations at build time: command words, each command's options, the
// values an option takes (files, folders, stages), pipeline subcommands and
// their STAGE arguments, and playbook files (*.yml, *.yaml) after
// --run-playbook. Stage names come from the active profile through the
// hidden `antler __complete stages`, so they follow --config.
class BashCompletion
{
public:
    static QString script(const QList<CommandSpec> &specs, const QStringList &helpTopics);
};

} // namespace antler::cli
