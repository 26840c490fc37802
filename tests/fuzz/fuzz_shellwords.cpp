// The shell-words parser: command: argv splitting as Python's shlex does.
// (The key=value splitting of free-form arguments is fuzzed with the
// playbook parser it belongs to.)
#include "FuzzInput.h"
#include "playbook/ShellWords.h"

using antler::playbook::ShellWords;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = antler::fuzz::text(data, size);
    QStringList words;
    QString error;
    if (!ShellWords::split(text, &words, &error))
        FUZZ_ASSERT(!error.isEmpty());
    return 0;
}
