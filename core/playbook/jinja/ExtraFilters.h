#pragma once

#include "playbook/jinja/Filters.h"

namespace antler::playbook::jinja {

// Ansible filters that real-world roles use beyond the common ones in
// Filters: comment, extract and password_hash. The Evaluator asks here
// first, so a filter moves between the two files without other changes.
class ExtraFilters
{
public:
    static bool exists(const QString &name);
    static bool call(const QString &name, const FilterArguments &arguments, QVariant *out, QString *error);
};

} // namespace antler::playbook::jinja
