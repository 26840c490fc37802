#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace antler::inventory {

// A host entry of an inventory as Ansible reads it: a name with an optional
// :PORT ("pi.local:2222", "[::1]:22") and ranges that stand for many hosts
// ("pi[1:3]", "web[01:10:2]", "db[a:c]").
class HostRange
{
    Q_DECLARE_TR_FUNCTIONS(antler::inventory::HostRange)

public:
    // The most hosts one inventory entry may stand for.
    static constexpr int MaximumHosts = 100000;

    // On failure *error is the clause "what is wrong; what to do." without
    // a position; *column (1-based, optional) points into entry.
    static bool expand(const QString &entry, QStringList *hosts, int *port, QString *error, int *column = nullptr);

private:
    static bool expandRanges(const QString &name, QStringList *hosts, QString *error, int *column);
};

} // namespace antler::inventory
