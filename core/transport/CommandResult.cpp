#include "transport/CommandResult.h"

namespace antler::transport {

QString CommandResult::statusName(Status status)
{
    switch (status) {
    case Status::Finished:
        return QStringLiteral("finished");
    case Status::TimedOut:
        return QStringLiteral("timed out");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::ConnectionLost:
        return QStringLiteral("connection lost");
    case Status::Unreachable:
        return QStringLiteral("unreachable");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace antler::transport
