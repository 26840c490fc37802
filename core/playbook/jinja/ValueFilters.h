#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The filters that convert or choose a value: default (d), mandatory, bool, int, float,
// string, ternary, abs, round, type_debug.
class ValueFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
