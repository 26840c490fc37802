#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace antler::playbook::jinja {

// The tests of "x is name(args)": Jinja2's (defined, none, string, number,
// mapping, sequence, eq, in, …) and Ansible's (changed, failed, skipped,
// succeeded, match, search, version, truthy, …).
class Tests
{
public:
    static bool exists(const QString &name);
    // defined and undefined look at undefined values; every other test fails on them.
    static bool acceptsUndefined(const QString &name);
    static bool call(const QString &name, const QVariant &input, const QVariantList &args, const QVariantMap &kwargs,
                     bool *out, QString *error);
};

} // namespace antler::playbook::jinja
