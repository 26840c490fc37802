#pragma once

#include <QString>
#include <QVariant>

namespace YAML {
class Node;
}

namespace antler::playbook {

// Turns YAML into the QVariant values variables and module arguments are
// made of, reading plain scalars the way PyYAML (and so Ansible) does:
// yes/no/true/false/on/off are booleans, digits are numbers, ~ and null
// are null; a quoted scalar always stays a string.
class YamlValue
{
public:
    static QVariant toVariant(const YAML::Node &node);
    // A plain scalar as Ansible would see it.
    static QVariant fromPlainScalar(const QString &text);
    // A keyword's or module argument's boolean as Ansible's boolean() reads
    // it (y/yes/on/1/true/t and n/no/off/0/false/f in any case); false when
    // text is none of them.
    static bool parseBool(const QString &text, bool *value);
    static QString fromStd(const std::string &text);
};

} // namespace antler::playbook
