#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The filters on text: lower, upper, capitalize, title, trim, replace, join, split,
// quote, indent, format, wordcount.
class TextFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
