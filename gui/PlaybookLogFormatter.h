#pragma once

#include "LogLine.h"
#include "playbook/PlaybookEvent.h"

#include <QList>

namespace antler::gui {

// Turns a playbook's event stream into log lines for the shared log viewer:
// the very text `antler --run-playbook` prints (playbook::ConsolePrinter),
// each line tagged with its host and result so the viewer's host and result
// filters work on a playbook run too.
class PlaybookLogFormatter
{
public:
    explicit PlaybookLogFormatter(int verbosity = 0);

    QList<LogLine> lines(const playbook::PlaybookEvent &event) const;

    static LogResult resultOf(const playbook::TaskResult &result);

private:
    int m_verbosity;
};

} // namespace antler::gui
