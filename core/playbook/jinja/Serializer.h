#pragma once

#include <QString>
#include <QVariant>

namespace antler::playbook::jinja {

// JSON and YAML text as Ansible's to_json/to_nice_json/to_yaml/to_nice_yaml
// filters write it (Python's json.dumps and PyYAML's dump layouts).
class Serializer
{
public:
    // indent 0: one line with ", " and ": " separators; otherwise pretty with
    // that indent. Non-ASCII is escaped as \uXXXX like json.dumps.
    static QString toJson(const QVariant &value, int indent = 0, bool sortKeys = true);
    // nice: block style with the given indent; otherwise PyYAML's
    // default_flow_style=None (innermost collections in flow style).
    static QString toYaml(const QVariant &value, bool nice, int indent = 2);
};

} // namespace antler::playbook::jinja
