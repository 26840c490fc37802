// Python literals as Ansible's INI inventory reads them (ast.literal_eval):
// numbers, strings with escapes, bytes, tuples, lists, dicts, sets, None.
#include "FuzzInput.h"
#include "inventory/PythonLiteral.h"

using antler::inventory::PythonLiteral;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QVariant value;
    QString problem;
    if (!PythonLiteral::evaluate(antler::fuzz::text(data, size), &value, &problem))
        FUZZ_ASSERT(!problem.isEmpty());
    return 0;
}
