#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The filters on lists: length (count), first, last, reverse, sort, min, max, sum, list,
// map, select, reject, selectattr, rejectattr, zip, flatten, batch.
class ListFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
