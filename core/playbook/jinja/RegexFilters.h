#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The regular expression filters, with Python's re semantics: regex_replace,
// regex_search, regex_findall, regex_escape.
class RegexFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
