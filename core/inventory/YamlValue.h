#pragma once

#include <QString>
#include <QVariant>

#include <yaml-cpp/yaml.h>

namespace antler::inventory {

// Turns YAML into the values Ansible sees. Ansible reads YAML 1.1 (PyYAML):
// yes/no/on/off are booleans, 0755 is octal, 1e3 is text; quoted scalars
// are always text. yaml-cpp leaves typing to its caller, so it is done here.
class YamlValue
{
public:
    // The one reading of YAML nodes for inventories, playbooks and vars files.
    static QVariant toVariant(const YAML::Node &node);
    // Whether a scalar node stays text whatever it reads like: quoted, !!str,
    // or an application tag such as Ansible's !unsafe.
    static bool isText(const YAML::Node &node);
    // A scalar as PyYAML types it: null, bool, int (also 0b, 0x, 0 octal and
    // 1:30 base 60), float, else text. The one reading of YAML scalars for
    // playbooks, inventories and antler.yaml (tests/unit/tst_yamlscalar.cpp).
    static QVariant scalar(const QString &text, bool quoted);
    static QString text(const YAML::Node &node);
};

} // namespace antler::inventory
