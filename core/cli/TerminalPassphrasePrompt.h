#pragma once

#include <QString>

namespace antler::cli {

// Asks for a key's passphrase on the controlling terminal without echoing
// it: the passphrase provider of a headless playbook run. Called on the SSH
// worker thread, which may block; without a terminal it gives up (false).
class TerminalPassphrasePrompt
{
public:
    static bool ask(const QString &prompt, QString *answer);
};

} // namespace antler::cli
