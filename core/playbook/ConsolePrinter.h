#pragma once

#include "playbook/PlaybookEvent.h"

#include <QTextStream>

namespace antler::playbook {

// Writes the event stream as ansible-playbook's default callback does, so a
// user reads it without thinking: PLAY and TASK banners, one line per host
// result, "...ignoring", the PLAY RECAP with Ansible's column widths. On top
// of that, a long command's output appears live as "host | line".
class ConsolePrinter
{
public:
    ConsolePrinter(QTextStream *out, QTextStream *err);

    // -v: print every result's data, not only failures' and debug's.
    void setVerbosity(int verbosity) { m_verbosity = verbosity; }
    // Ansible's banner width: 79 columns when the output is not a terminal.
    void setColumns(int columns) { m_columns = columns; }

    void print(const PlaybookEvent &event);

    // "TASK [name] ****…" for the given width.
    static QString banner(const QString &text, int columns = 79);
    // One recap line: the host padded to 26 columns, then the counters.
    static QString recapLine(const QString &host, const HostStats &stats);

    // A result's "diff" as ansible-playbook prints it with --diff: unified,
    // three lines of context, "--- before: PATH" / "+++ after: PATH".
    static QString diffText(const QVariant &diff);

private:
    void printResult(const PlaybookEvent &event);
    QString hostLabel(const PlaybookEvent &event) const;

    QTextStream *m_out;
    QTextStream *m_err;
    int m_verbosity = 0;
    int m_columns = 79;
};

} // namespace antler::playbook
