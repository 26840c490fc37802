#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace antler::inventory {

class Inventory;

// Reads Ansible's INI inventory format into an Inventory: host lines with
// inline vars, [group], [group:children] and [group:vars] sections. Values
// are typed as Ansible types them (Python literals, else text).
class IniInventoryParser
{
    Q_DECLARE_TR_FUNCTIONS(antler::inventory::IniInventoryParser)

public:
    IniInventoryParser(Inventory *inventory, const QString &sourceName);

    bool parse(const QByteArray &data, QString *error);

private:
    bool fail(int line, int column, const QString &sentence, QString *error) const;

    Inventory *m_inventory;
    QString m_sourceName;
};

} // namespace antler::inventory
