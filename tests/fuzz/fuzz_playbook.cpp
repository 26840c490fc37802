// The playbook reader and validator: yaml-cpp with positions, then every
// keyword, module and argument checked against ModuleRegistry. The playbook
// is read as if it sat beside the parser's golden test data, so imports,
// roles and vars_files of fuzzed input reach real files. Each line is also
// split as free-form module arguments (key=value words, Ansible's parse_kv).
#include "FuzzInput.h"
#include "playbook/PlaybookParser.h"

using antler::playbook::Playbook;
using antler::playbook::PlaybookError;
using antler::playbook::PlaybookParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString source = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/playbooks/parse/fuzz.yml");
    Playbook playbook;
    QList<PlaybookError> errors;
    const QByteArray bytes = antler::fuzz::rawBytes(data, size);
    if (PlaybookParser::parseData(bytes, source, &playbook, &errors))
        FUZZ_ASSERT(errors.isEmpty());
    else
        FUZZ_ASSERT(!errors.isEmpty());
    for (const QByteArray &line : bytes.split('\n')) {
        QStringList words;
        QString error;
        if (!PlaybookParser::splitKeyValueWords(QString::fromUtf8(line), &words, &error))
            FUZZ_ASSERT(!error.isEmpty());
    }
    return 0;
}
