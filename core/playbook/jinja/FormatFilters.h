#pragma once

#include "playbook/jinja/FilterSupport.h"

namespace antler::playbook::jinja {

// The filters that write or read data formats and digests: to_json, to_nice_json,
// from_json, to_yaml, to_nice_yaml, from_yaml, b64encode, b64decode, hash, md5, sha1 (checksum).
class FormatFilters
{
public:
    static void addTo(FilterTable &table);
};

} // namespace antler::playbook::jinja
