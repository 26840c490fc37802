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

    // VALUE for a host line "HOST KEY=VALUE" that Ansible (shlex.split, then
    // ast.literal_eval) and this parser read back as exactly the string
    // value, whatever it contains: quotes, ; # & ` $ | \, spaces, newlines,
    // or text that would otherwise become a number or a boolean.
    //   "pi1 ansible_password=" + IniInventoryParser::quoteHostValue(password)
    static QString quoteHostValue(const QString &value);
    // VALUE for a line "KEY = VALUE" in a [group:vars] section (no shlex
    // there, only literal_eval), with the same guarantee.
    static QString quoteGroupValue(const QString &value);

private:
    bool fail(int line, int column, const QString &sentence, QString *error) const;
    bool failValue(int line, int column, const QString &key, const QString &problem, QString *error) const;

    Inventory *m_inventory;
    QString m_sourceName;
};

} // namespace antler::inventory
