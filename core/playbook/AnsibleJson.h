#pragma once

#include <QString>
#include <QVariant>

namespace antler::playbook {

// JSON text exactly as ansible-playbook's callbacks write it with Python's
// json.dumps(sort_keys=True, ensure_ascii=False): ", " and ": " separators
// when compact, four spaces per level when indented, keys sorted, and
// non-ASCII text written as it is. QJsonDocument's spacing differs.
class AnsibleJson
{
public:
    static QString compact(const QVariant &value);
    static QString indented(const QVariant &value, int indent = 4);
    static QString quote(const QString &text);

private:
    static void write(const QVariant &value, int indent, int level, QString *out);
};

} // namespace antler::playbook
