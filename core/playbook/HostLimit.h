#pragma once

#include "inventory/Inventory.h"

#include <QString>
#include <QStringList>

namespace antler::playbook {

// --limit: a host pattern, or @FILE naming one host a line (a retry file).
class HostLimit
{
public:
    // The hosts the limit allows; *warning as Inventory::match gives it.
    static QStringList hosts(const inventory::Inventory &inventory, const QString &limit, QString *warning = nullptr);
    // matched narrowed to the limit, in matched's order; all of it when the
    // limit is empty.
    static QStringList narrow(const inventory::Inventory &inventory, const QString &limit, const QStringList &matched);
};

} // namespace antler::playbook
