#pragma once

#include "playbook/PlaybookEvent.h"

#include <QJsonObject>
#include <QTextStream>

namespace antler::playbook {

// --json: the Runner's event stream as it happens, one JSON object per line
// (JSON Lines) — playbook, play and task starts, live output, each host's
// result, retries, includes, warnings and the recap — the same events the
// console printer and the GUI consume. Every object has "event" (a
// snake_case name) and "time" (UTC, ISO 8601 with milliseconds).
class JsonEventPrinter
{
public:
    explicit JsonEventPrinter(QTextStream *out);

    void print(const PlaybookEvent &event);

    static QString eventName(PlaybookEvent::Type type);
    static QJsonObject toJson(const PlaybookEvent &event);

private:
    QTextStream *m_out;
};

} // namespace antler::playbook
