// Host patterns (--limit, hosts:): unions, intersections (&), exclusions (!),
// globs, ~regular expressions and [slices] over a fixed inventory.
#include "FuzzInput.h"
#include "inventory/Inventory.h"

using antler::inventory::Inventory;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Inventory inventory = [] {
        Inventory built;
        QString error;
        const QByteArray ini = "[web]\nweb[01:12].example.org\n[db]\ndb1 ansible_host=10.0.0.5\ndb2\n"
                               "[pis:children]\nweb\ndb\n[edge]\n192.168.1.[1:4]\nlocalhost ansible_connection=local\n";
        if (!built.loadData(ini, QStringLiteral("fuzz.ini"), &error))
            antler::fuzz::broken("the fuzz inventory does not load");
        return built;
    }();
    QString warning;
    const QStringList hosts = inventory.match(antler::fuzz::text(data, size), &warning);
    for (const QString &host : hosts)
        FUZZ_ASSERT(inventory.hasHost(host) || host == QLatin1String("localhost"));
    return 0;
}
