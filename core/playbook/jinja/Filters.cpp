#include "playbook/jinja/Filters.h"

#include "playbook/jinja/DictFilters.h"
#include "playbook/jinja/FilterSupport.h"
#include "playbook/jinja/FormatFilters.h"
#include "playbook/jinja/ListFilters.h"
#include "playbook/jinja/PathFilters.h"
#include "playbook/jinja/RegexFilters.h"
#include "playbook/jinja/SetFilters.h"
#include "playbook/jinja/TextFilters.h"
#include "playbook/jinja/Value.h"
#include "playbook/jinja/ValueFilters.h"

namespace antler::playbook::jinja {

namespace {

// Every filter, each family in a file of its own.
const FilterTable &filters()
{
    static const FilterTable table = [] {
        FilterTable f;
        ValueFilters::addTo(f);
        TextFilters::addTo(f);
        ListFilters::addTo(f);
        SetFilters::addTo(f);
        DictFilters::addTo(f);
        FormatFilters::addTo(f);
        RegexFilters::addTo(f);
        PathFilters::addTo(f);
        return f;
    }();
    return table;
}

} // namespace

bool Filters::exists(const QString &name)
{
    return filters().contains(name);
}

bool Filters::acceptsUndefined(const QString &name)
{
    return name == QLatin1String("default") || name == QLatin1String("d") || name == QLatin1String("mandatory")
        || name == QLatin1String("type_debug");
}

bool Filters::call(const QString &name, const FilterArguments &arguments, QVariant *out, QString *error)
{
    const auto it = filters().constFind(name);
    if (it == filters().cend()) {
        *error = FilterSupport::tr("No filter named '%1'.").arg(name);
        return false;
    }
    if (Value::isUndefined(arguments.input) && !acceptsUndefined(name)) {
        *error = Value::undefinedMessage(arguments.input);
        return false;
    }
    return it.value()(arguments, out, error);
}

} // namespace antler::playbook::jinja
