#include "cli/VersionCommand.h"

#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"

#include <QtGlobal>

#include <antler/BuildInfo.h>

namespace antler::cli {

VersionCommand::VersionCommand()
    : Command(QStringLiteral("version"), HelpCommand::summary(QStringLiteral("version")))
{
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
