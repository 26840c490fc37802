#pragma once

#include <QString>

#include <yaml-cpp/yaml.h>

namespace antler::playbook {

// One key of a YAML mapping as written: the key's text, the key's node (for
// its position) and the value's node.
// YAML::Node's assignment may throw (and rebinds the node it held); entries()
// drops repeated keys, so the readers only ever copy-construct an entry.
struct YamlEntry // NOLINT(bugprone-exception-escape)
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
};

} // namespace antler::playbook
