#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The filters on paths: basename, dirname, path_join, splitext.
class PathFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
