#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The filters on mappings: dictsort, items, dict2items, items2dict, combine.
class DictFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
