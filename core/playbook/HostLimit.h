#pragma once

#include "inventory/Inventory.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// --limit: a host pattern, or @FILE naming one host a line (a retry file).
class HostLimit
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::HostLimit)

public:
    // False with *error set when limit names a file (@FILE) that cannot be read.
    static bool check(const QString &limit, QString *error);
    // The hosts the limit allows; *warning as Inventory::match gives it.
    static QStringList hosts(const inventory::Inventory &inventory, const QString &limit, QString *warning = nullptr);
    // matched narrowed to the limit, in matched's order; all of it when the
    // limit is empty.
    static QStringList narrow(const inventory::Inventory &inventory, const QString &limit, const QStringList &matched);
};

} // namespace antler::playbook
