#include "playbook/HostStats.h"

namespace antler::playbook {

QVariantMap HostStats::toVariantMap() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unreachable"), unreachable},
            {QStringLiteral("failures"), failed},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("rescued"), rescued},
            {QStringLiteral("ignored"), ignored}};
}

} // namespace antler::playbook
