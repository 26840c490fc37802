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
    // Accepts the YAML 1.1 spellings of a boolean; false when text is none.
    static bool parseBool(const QString &text, bool *value);
    static QString fromStd(const std::string &text);
};

} // namespace antler::playbook
