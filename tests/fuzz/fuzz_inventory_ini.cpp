// The INI inventory parser (Ansible's format: sections, ranges, key=value
// host variables read as Python literals), then what a run asks of the
// result: every host's variables and the "all" pattern.
#include "FuzzInput.h"
#include "inventory/Inventory.h"

using antler::inventory::Inventory;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Inventory inventory;
    QString error;
    if (!inventory.loadData(antler::fuzz::rawBytes(data, size), QStringLiteral("fuzz.ini"), &error)) {
        FUZZ_ASSERT(!error.isEmpty());
        return 0;
    }
    for (const QString &host : inventory.hostNames())
        inventory.hostVars(host);
    FUZZ_ASSERT(inventory.match(QStringLiteral("all")).size() == inventory.hostNames().size());
    return 0;
}
