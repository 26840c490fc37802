#include "PlaybookLogFormatter.h"

#include "playbook/ConsolePrinter.h"

#include <QTextStream>

namespace antler::gui {

PlaybookLogFormatter::PlaybookLogFormatter(int verbosity)
    : m_verbosity(verbosity)
{
}

LogResult PlaybookLogFormatter::resultOf(const playbook::TaskResult &result)
{
    using Status = playbook::TaskResult::Status;
    if (result.ignored)
        return LogResult::Ignored;
    switch (result.status) {
    case Status::Ok:
        return LogResult::Ok;
    case Status::Changed:
        return LogResult::Changed;
    case Status::Failed:
        return LogResult::Failed;
    case Status::Skipped:
        return LogResult::Skipped;
    case Status::Unreachable:
        return LogResult::Unreachable;
    }
    return LogResult::None;
}

QList<LogLine> PlaybookLogFormatter::lines(const playbook::PlaybookEvent &event) const
{
    QString text;
    QString warnings;
    {
        QTextStream out(&text);
        QTextStream err(&warnings);
        playbook::ConsolePrinter printer(&out, &err);
        printer.setVerbosity(m_verbosity);
        printer.print(event);
    }
    text += warnings;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.isEmpty())
        return {};
    const bool hostLine = event.type == playbook::PlaybookEvent::Type::HostResult
        || event.type == playbook::PlaybookEvent::Type::HostOutput
        || event.type == playbook::PlaybookEvent::Type::HostRetry;
    const LogResult result = event.type == playbook::PlaybookEvent::Type::HostResult ? resultOf(event.result)
        : event.type == playbook::PlaybookEvent::Type::HostRetry                     ? LogResult::Failed
                                                                                     : LogResult::None;
    QList<LogLine> lines;
    const qint64 msecs = event.time.toMSecsSinceEpoch();
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines.append(LogLine {line, hostLine ? event.host : QString(), result, msecs});
    return lines;
}

} // namespace antler::gui
