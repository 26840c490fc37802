#include "playbook/ConsolePrinter.h"

#include "playbook/AnsibleJson.h"

namespace antler::playbook {

ConsolePrinter::ConsolePrinter(QTextStream *out, QTextStream *err)
    : m_out(out)
    , m_err(err)
{
}

QString ConsolePrinter::banner(const QString &text, int columns)
{
    const QString trimmed = text.trimmed();
    const qsizetype stars = std::max<qsizetype>(3, columns - trimmed.size());
    return trimmed + QLatin1Char(' ') + QString(stars, QLatin1Char('*'));
}

QString ConsolePrinter::recapLine(const QString &host, const HostStats &stats)
{
    auto counter = [](const char *name, int value) {
        return QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(QString::number(value), -4);
    };
    return QStringLiteral("%1 : %2 %3 %4 %5 %6 %7 %8")
        .arg(host, -26)
        .arg(counter("ok", stats.ok), counter("changed", stats.changed),
             counter("unreachable", stats.unreachable), counter("failed", stats.failed),
             counter("skipped", stats.skipped), counter("rescued", stats.rescued),
             counter("ignored", stats.ignored));
}

void ConsolePrinter::print(const PlaybookEvent &event)
{
    QTextStream &out = *m_out;
    switch (event.type) {
    case PlaybookEvent::Type::PlaybookStarted:
        if (m_verbosity > 0)
            out << "playbook: " << event.playbookPath << '\n';
        break;
    case PlaybookEvent::Type::PlayStarted:
        out << '\n' << banner(QStringLiteral("PLAY [%1]").arg(event.play), m_columns) << '\n';
        break;
    case PlaybookEvent::Type::TaskStarted:
        out << '\n' << banner(QStringLiteral("TASK [%1]").arg(event.task), m_columns) << '\n';
        if (m_verbosity > 1)
            out << "task path: " << event.location.fileAndLine() << '\n';
        break;
    case PlaybookEvent::Type::HostOutput:
        out << event.host << " | " << event.text << '\n';
        break;
    case PlaybookEvent::Type::HostResult:
        printResult(event);
        break;
    case PlaybookEvent::Type::NoHostsLeft:
        out << '\n' << banner(QStringLiteral("NO MORE HOSTS LEFT"), m_columns) << '\n';
        break;
    case PlaybookEvent::Type::Warning:
        out.flush();
        *m_err << "[WARNING]: " << event.text << '\n';
        m_err->flush();
        break;
    case PlaybookEvent::Type::PlaybookFinished:
        out << '\n' << banner(QStringLiteral("PLAY RECAP"), m_columns) << '\n';
        for (auto it = event.stats.cbegin(); it != event.stats.cend(); ++it)
            out << recapLine(it.key(), it.value()) << '\n';
        out << '\n';
        break;
    }
    out.flush();
}

void ConsolePrinter::printResult(const PlaybookEvent &event)
{
    QTextStream &out = *m_out;
    const TaskResult &result = event.result;
    const QString host = event.host;
    QVariantMap shown = result.displayed();
    // Like Ansible's callbacks: a debug message is shown alone.
    if (event.module == QLatin1String("debug") && shown.contains(QStringLiteral("msg")))
        shown = QVariantMap{{QStringLiteral("msg"), shown.value(QStringLiteral("msg"))}};
    auto details = [&](bool always) -> QString {
        if (result.verboseAlways || m_verbosity > 2)
            return QLatin1String(" => ") + AnsibleJson::indented(shown);
        if (always || m_verbosity > 0)
            return QLatin1String(" => ") + AnsibleJson::compact(shown);
        return {};
    };
    switch (result.status) {
    case TaskResult::Status::Ok:
        out << "ok: [" << host << ']' << details(false) << '\n';
        break;
    case TaskResult::Status::Changed:
        out << "changed: [" << host << ']' << details(false) << '\n';
        break;
    case TaskResult::Status::Skipped:
        out << "skipping: [" << host << ']' << details(false) << '\n';
        break;
    case TaskResult::Status::Failed:
        out << "fatal: [" << host << "]: FAILED!" << details(true) << '\n';
        if (result.ignored)
            out << "...ignoring\n";
        break;
    case TaskResult::Status::Unreachable:
        out << "fatal: [" << host << "]: UNREACHABLE!" << details(true) << '\n';
        break;
    }
}

} // namespace antler::playbook
