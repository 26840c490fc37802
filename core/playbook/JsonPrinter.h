#pragma once

#include "playbook/PlaybookEvent.h"

#include <QTextStream>
#include <QVariantList>
#include <QVariantMap>

namespace antler::playbook {

// --json: collects the event stream and writes one JSON document when the
// playbook finishes, shaped like ansible-playbook's json callback (plays →
// tasks → results by host, then stats), so tools reading that keep working.
// Live output lines are not part of it; each result carries its stdout.
class JsonPrinter
{
public:
    explicit JsonPrinter(QTextStream *out);

    void print(const PlaybookEvent &event);

    // The document so far, for tests and the GUI's export.
    QVariantMap document() const;

private:
    void closeTask(const QDateTime &end);
    void closePlay(const QDateTime &end);

    QTextStream *m_out;
    QVariantList m_plays;
    QVariantMap m_play;
    QVariantList m_tasks;
    QVariantMap m_task;
    QVariantMap m_hosts;
    QVariantMap m_stats;
};

} // namespace antler::playbook
