#pragma once

#include "playbook/Play.h"

#include <QCoreApplication>

namespace antler::playbook {

class YamlReader;

// Whether every literal notify of a play names one of its handlers (by name,
// "role : name" or listen topic); each one that does not is reported. Names
// in written are handlers as written, read or not.
class HandlerCheck
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    static void check(const Play &play, YamlReader &yaml, const QStringList &written = {});
};

} // namespace antler::playbook
