#pragma once

#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// The recap counters of one host, counted as ansible-playbook counts them:
// a changed result is also ok, an ignored failure is ok and ignored, a
// failure is only failed.
struct HostStats
{
    int ok = 0;
    int changed = 0;
    int unreachable = 0;
    int failed = 0;
    int skipped = 0;
    int rescued = 0;
    int ignored = 0;

    // Ansible's json callback names: failures, not failed.
    QVariantMap toVariantMap() const;
    friend bool operator==(const HostStats &, const HostStats &) = default;
};

} // namespace antler::playbook
