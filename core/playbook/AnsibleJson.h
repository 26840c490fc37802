#pragma once

#include <QString>
#include <QVariant>

namespace antler::playbook {

// JSON text exactly as Python's json.dumps writes it, the one
// writer for both of Ansible's uses: the callbacks' output (compact and
// indented, ensure_ascii=False: non-ASCII text written as it is, keys sorted)
// and the to_json / to_nice_json filters (dumps, ensure_ascii=True). ", " and ": "
// separators when compact, indent spaces per level otherwise,
// floats as Python's repr. QJsonDocument's spacing differs.
class AnsibleJson
{
public:
    static QString compact(const QVariant &value);
    static QString indented(const QVariant &value, int indent = 4);
    // json.dumps(value, indent=indent or None, sort_keys=sortKeys) with
    // non-ASCII text escaped, as the to_json filters write it: to_json keeps
    // a dict's own order, to_nice_json sorts.
    static QString dumps(const QVariant &value, int indent = 0, bool sortKeys = true);
    static QString quote(const QString &text, bool ensureAscii = false);

private:
    static void write(const QVariant &value, int indent, int level, bool ensureAscii, bool sortKeys, QString *out);
};

} // namespace antler::playbook
