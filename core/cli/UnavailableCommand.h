#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace antler::cli {

// Stands for a headless mode that `antler --help` documents but this build
// does not implement yet. It runs nothing: it says so in one sentence and
// exits with ExitCode::NotAvailable, so a script can never mistake it for a
// successful run.
class UnavailableCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::UnavailableCommand)

public:
    // invocation is what the user typed, such as "antler pipeline".
    UnavailableCommand(const QString &name, const QString &invocation, const QString &description);

    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    QString m_invocation;
};

} // namespace antler::cli
