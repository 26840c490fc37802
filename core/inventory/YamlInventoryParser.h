#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace antler::inventory {

class Inventory;

// Reads Ansible's YAML inventory format into an Inventory: a mapping of
// groups (usually just "all"), each with optional "hosts", "children" and
// "vars" mappings, children nesting the same shape.
class YamlInventoryParser
{
    Q_DECLARE_TR_FUNCTIONS(antler::inventory::YamlInventoryParser)

public:
    YamlInventoryParser(Inventory *inventory, const QString &sourceName);

    // Whether the text is a YAML mapping of groups: how Ansible tells a YAML
    // inventory from an INI one when the file name does not say.
    static bool looksLikeYamlInventory(const QByteArray &data);

    bool parse(const QByteArray &data, QString *error);

private:
    bool parseGroup(const QString &name, const YAML::Node &keyNode, const YAML::Node &node, QString *error);
    bool fail(const YAML::Mark &mark, const QString &sentence, QString *error) const;

    Inventory *m_inventory;
    QString m_sourceName;
};

} // namespace antler::inventory
