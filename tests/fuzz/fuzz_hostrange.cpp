// Host ranges in inventories: "web[01:50:2].example.org:2222", letters,
// several ranges in one name.
#include "FuzzInput.h"
#include "inventory/HostRange.h"

using antler::inventory::HostRange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList hosts;
    int port = 0;
    QString error;
    int column = 0;
    if (!HostRange::expand(antler::fuzz::text(data, size), &hosts, &port, &error, &column))
        FUZZ_ASSERT(!error.isEmpty());
    return 0;
}
