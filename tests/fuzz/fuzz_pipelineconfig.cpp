// antler.yaml: stages, runtimes, ports, registry, components. Every bad file
// must end in one sentence, never a crash.
#include "FuzzInput.h"
#include "pipeline/PipelineConfig.h"

using antler::pipeline::PipelineConfig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PipelineConfig config;
    QString error;
    if (!config.loadData(antler::fuzz::rawBytes(data, size), QStringLiteral("antler.yaml"), &error))
        FUZZ_ASSERT(!error.isEmpty());
    return 0;
}
