// The Prometheus text-format (0.0.4) scrape of /metrics, and the rates and
// quantiles computed from two scrapes of it.
#include "FuzzInput.h"
#include "health/MetricsScrape.h"

#include <cmath>

using antler::health::MetricsScrape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MetricsScrape scrape;
    QString error;
    if (!scrape.parse(antler::fuzz::rawBytes(data, size), 1000, &error)) {
        FUZZ_ASSERT(!error.isEmpty());
        return 0;
    }
    MetricsScrape empty;
    MetricsScrape::compare(empty, scrape);
    MetricsScrape::compare(scrape, scrape);
    for (const double q : {0.0, 0.5, 0.99, 1.0}) {
        const std::optional<double> value = MetricsScrape::quantile(scrape.buckets(), q);
        (void)value;
    }
    return 0;
}
