#include "cli/Command.h"

namespace antler::cli {

Command::Command(const QString &name, const QString &description)
    : m_name(name)
    , m_description(description)
{
}

Command::~Command() = default;

} // namespace antler::cli
