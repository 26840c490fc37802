#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The filters that treat lists as sets, keeping the first occurrence's order: unique,
// union, intersect, difference, symmetric_difference.
class SetFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
