#pragma once

#include <QList>
#include <QString>

namespace antler::gui {

// What a log line reports, as Ansible names a task's outcome on a host.
// None is for everything else (headers, command output, build steps).
enum class LogResult : quint8 {
    None,
    Ok,
    Changed,
    Failed,
    Unreachable,
    Skipped,
    Rescued,
    Ignored,
};
constexpr int LogResultCount = 8;

// One line as a producer hands it to the log: raw text (ANSI colour codes
// allowed; a '\n' inside starts a new line), the host it came from (empty
// for none), its result, and when it happened (milliseconds since the
// epoch; 0 means "when it is appended").
struct LogLine
{
    QString text;
    QString host;
    LogResult result = LogResult::None;
    qint64 msecs = 0;
};

} // namespace antler::gui
