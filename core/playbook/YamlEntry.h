#pragma once

#include <QString>

#include <yaml-cpp/yaml.h>

namespace antler::playbook {

// One key of a YAML mapping as written: the key's text, the key's node (for
// its position) and the value's node.
struct YamlEntry
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
};

} // namespace antler::playbook
