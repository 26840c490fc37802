#include "playbook/JsonPrinter.h"

#include "playbook/AnsibleJson.h"

namespace antler::playbook {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

QVariantMap withEnd(QVariantMap item, const QDateTime &end)
{
    QVariantMap duration = item.value(QStringLiteral("duration")).toMap();
    duration.insert(QStringLiteral("end"), timestamp(end));
    item.insert(QStringLiteral("duration"), duration);
    return item;
}

} // namespace

JsonPrinter::JsonPrinter(QTextStream *out)
    : m_out(out)
{
}

void JsonPrinter::closeTask(const QDateTime &end)
{
    if (m_task.isEmpty())
        return;
    m_tasks.append(QVariantMap {{QStringLiteral("task"), withEnd(m_task, end)}, {QStringLiteral("hosts"), m_hosts}});
    m_task.clear();
    m_hosts.clear();
}

void JsonPrinter::closePlay(const QDateTime &end)
{
    closeTask(end);
    if (m_play.isEmpty())
        return;
    m_plays.append(QVariantMap {{QStringLiteral("play"), withEnd(m_play, end)}, {QStringLiteral("tasks"), m_tasks}});
    m_play.clear();
    m_tasks.clear();
}

void JsonPrinter::print(const PlaybookEvent &event)
{
    switch (event.type) {
    case PlaybookEvent::Type::PlayStarted:
        closePlay(event.time);
        m_play = {{QStringLiteral("name"), event.play},
                  {QStringLiteral("path"), event.location.fileAndLine()},
                  {QStringLiteral("duration"), QVariantMap {{QStringLiteral("start"), timestamp(event.time)}}}};
        break;
    case PlaybookEvent::Type::TaskStarted:
        closeTask(event.time);
        m_task = {{QStringLiteral("name"), event.task},
                  {QStringLiteral("path"), event.location.fileAndLine()},
                  {QStringLiteral("duration"), QVariantMap {{QStringLiteral("start"), timestamp(event.time)}}}};
        break;
    case PlaybookEvent::Type::HostResult: {
        // A loop's items arrive again inside its combined result.
        if (event.result.isItem)
            break;
        QVariantMap result = event.result.displayed();
        result.insert(QStringLiteral("action"), event.module);
        result.insert(QStringLiteral("changed"), result.value(QStringLiteral("changed")).toBool());
        if (event.result.status == TaskResult::Status::Failed)
            result.insert(QStringLiteral("failed"), true);
        if (event.result.status == TaskResult::Status::Skipped)
            result.insert(QStringLiteral("skipped"), true);
        if (event.result.ignored)
            result.insert(QStringLiteral("ignored"), true);
        m_hosts.insert(event.host, result);
        break;
    }
    case PlaybookEvent::Type::PlaybookFinished: {
        closePlay(event.time);
        m_stats.clear();
        for (auto it = event.stats.cbegin(); it != event.stats.cend(); ++it)
            m_stats.insert(it.key(), it.value().toVariantMap());
        *m_out << AnsibleJson::indented(document()) << '\n';
        m_out->flush();
        break;
    }
    case PlaybookEvent::Type::PlaybookStarted:
    case PlaybookEvent::Type::HostOutput:
    case PlaybookEvent::Type::NoHostsLeft:
    case PlaybookEvent::Type::Warning:
    case PlaybookEvent::Type::HostRetry:
    case PlaybookEvent::Type::Included:
        break;
    }
}

QVariantMap JsonPrinter::document() const
{
    return {{QStringLiteral("custom_stats"), QVariantMap()},
            {QStringLiteral("global_custom_stats"), QVariantMap()},
            {QStringLiteral("plays"), m_plays},
            {QStringLiteral("stats"), m_stats}};
}

} // namespace antler::playbook
