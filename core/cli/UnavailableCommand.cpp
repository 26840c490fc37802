#include "cli/UnavailableCommand.h"

#include "cli/ExitCode.h"

namespace antler::cli {

UnavailableCommand::UnavailableCommand(const QString &name, const QString &invocation, const QString &description)
    : Command(name, description)
    , m_invocation(invocation)
{
}

int UnavailableCommand::execute(const QStringList &, QTextStream &, QTextStream &err)
{
    err << QLatin1String("antler: ")
        << tr("“%1” is not available in this build yet, so nothing was run; update antler to a "
              "release that includes it.")
               .arg(m_invocation)
        << QLatin1Char('\n');
    return ExitCode::NotAvailable;
}

} // namespace antler::cli
