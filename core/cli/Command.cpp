#include "cli/Command.h"

#include "cli/CommandArguments.h"

namespace antler::cli {

Command::Command(CommandSpec spec)
    : m_spec(std::move(spec))
{
}

Command::~Command() = default;

bool Command::parseArguments(const QStringList &arguments, CommandArguments *parsed, const QString &prefix,
                             QTextStream &err) const
{
    QString error;
    if (parsed->parse(arguments, &error))
        return true;
    err << prefix << QLatin1String(": ") << error << QLatin1Char('\n');
    err.flush();
    return false;
}

} // namespace antler::cli
