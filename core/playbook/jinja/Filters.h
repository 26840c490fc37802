#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace antler::playbook::jinja {

// What a filter receives: the value left of "|" and its arguments.
struct FilterArguments
{
    QVariant input;
    QVariantList args;
    QVariantMap kwargs;

    // The argument at position index or given as name=…, else fallback.
    QVariant get(int index, const char *name, const QVariant &fallback = {}) const
    {
        if (index >= 0 && index < args.size())
            return args.at(index);
        return kwargs.value(QLatin1String(name), fallback);
    }
};

// The filters of "value | name(args)": Jinja2's builtins and the Ansible
// filters playbooks use (default, bool, to_json, regex_replace, combine, …).
class Filters
{
public:
    static bool exists(const QString &name);
    // default, mandatory and a few others look at undefined values.
    static bool acceptsUndefined(const QString &name);
    static bool call(const QString &name, const FilterArguments &arguments, QVariant *out, QString *error);
};

} // namespace antler::playbook::jinja
