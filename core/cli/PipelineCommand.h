#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace antler::pipeline {
class History;
class PipelineConfig;
struct OperationOutcome;
} // namespace antler::pipeline

namespace antler::cli {

// antler pipeline SUBCOMMAND [ARGUMENTS] [--config FILE] [--json]: the
// subcommands, their arguments and options are declared in declaration().
//
// Progress goes to stderr as it happens (PipelineEvent::toText), the result
// to stdout: one line, or with --json one JSON document. The stage
// processes of the local runtime keep running after the command returns.
//
// Exit codes:
//   0  done
//   1  an error: the history cannot be opened, a stage cannot be reached
//   2  the build or rollout failed (and there was nothing to roll back to)
//   3  the pipeline configuration has an error (FILE:LINE:COLUMN), or an
//      unknown stage or digest
//   5  bad options
//   6  refused by a promotion gate or a pin; nothing changed
//   7  the rollout failed and the stage was rolled back to its previous release
class PipelineCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::PipelineCommand)

public:
    PipelineCommand();

    static CommandSpec declaration();

    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    static int exitCodeFor(const pipeline::OperationOutcome &outcome);
    // One synopsis line per subcommand.
    static QString usage();

private:
    int history(pipeline::History &history, const QString &stage, int limit, bool json, QTextStream &out);
    int status(const pipeline::PipelineConfig &config, pipeline::History &history, bool json, QTextStream &out);
};

} // namespace antler::cli
