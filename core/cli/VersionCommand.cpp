#include "cli/VersionCommand.h"

#include "cli/ExitCode.h"

#include <QtGlobal>

#include <antler/BuildInfo.h>

namespace antler::cli {

VersionCommand::VersionCommand()
    : Command(declaration())
{
}

CommandSpec VersionCommand::declaration()
{
    CommandSpec spec;
    spec.name = QStringLiteral("version");
    spec.invocation = CommandSpec::Invocation::Switch;
    spec.summary = tr("Show the version, the commit and the build time.");
    return spec;
}

int VersionCommand::execute(const QStringList &, QTextStream &out, QTextStream &)
{
    out << text();
    return ExitCode::Success;
}

QString VersionCommand::text()
{
    return QStringLiteral("antler %1\ncommit %2\nbuilt %3\nQt %4\n")
        .arg(QLatin1String(buildinfo::version), QLatin1String(buildinfo::gitCommit),
             QLatin1String(buildinfo::buildTime), QLatin1String(qVersion()));
}

} // namespace antler::cli
