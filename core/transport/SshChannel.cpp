#include "transport/SshChannel.h"

namespace antler::transport {

QString SshChannel::message(const QString &hostName, const QString &what) const
{
    const QString description = spec.description.isEmpty() ? QStringLiteral("command") : spec.description;
    return tr("The %1 on %2 %3").arg(description, hostName, what);
}

} // namespace antler::transport
