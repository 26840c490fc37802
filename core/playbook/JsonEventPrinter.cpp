#include "playbook/JsonEventPrinter.h"

#include "inventory/Dict.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace antler::playbook {

JsonEventPrinter::JsonEventPrinter(QTextStream *out)
    : m_out(out)
{
}

QString JsonEventPrinter::eventName(PlaybookEvent::Type type)
{
    switch (type) {
    case PlaybookEvent::Type::PlaybookStarted:
        return QStringLiteral("playbook_start");
    case PlaybookEvent::Type::PlayStarted:
        return QStringLiteral("play_start");
    case PlaybookEvent::Type::TaskStarted:
        return QStringLiteral("task_start");
    case PlaybookEvent::Type::HostOutput:
        return QStringLiteral("host_output");
    case PlaybookEvent::Type::HostResult:
        return QStringLiteral("host_result");
    case PlaybookEvent::Type::HostRetry:
        return QStringLiteral("host_retry");
    case PlaybookEvent::Type::Included:
        return QStringLiteral("included");
    case PlaybookEvent::Type::NoHostsLeft:
        return QStringLiteral("no_hosts_left");
    case PlaybookEvent::Type::Warning:
        return QStringLiteral("warning");
    case PlaybookEvent::Type::PlaybookFinished:
        return QStringLiteral("recap");
    }
    return QStringLiteral("unknown");
}

QJsonObject JsonEventPrinter::toJson(const PlaybookEvent &event)
{
    QJsonObject object {{QStringLiteral("event"), eventName(event.type)},
                        {QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODateWithMs)}};
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    switch (event.type) {
    case PlaybookEvent::Type::PlaybookStarted:
        put("playbook", event.playbookPath);
        break;
    case PlaybookEvent::Type::PlayStarted:
        put("play", event.play);
        put("location", event.location.toString());
        object.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(event.hosts));
        break;
    case PlaybookEvent::Type::TaskStarted:
        put("play", event.play);
        put("task", event.task);
        put("module", event.module);
        put("location", event.location.toString());
        object.insert(QStringLiteral("handler"), event.isHandler);
        break;
    case PlaybookEvent::Type::HostOutput:
        put("host", event.host);
        object.insert(QStringLiteral("stream"), event.isStderr ? QStringLiteral("stderr") : QStringLiteral("stdout"));
        object.insert(QStringLiteral("line"), event.text);
        break;
    case PlaybookEvent::Type::HostResult:
    case PlaybookEvent::Type::HostRetry:
        put("task", event.task);
        put("host", event.host);
        put("delegated_to", event.delegatedTo);
        object.insert(QStringLiteral("status"), TaskResult::statusName(event.result.status));
        if (event.result.ignored)
            object.insert(QStringLiteral("ignored"), true);
        object.insert(QStringLiteral("result"),
                      QJsonObject::fromVariantMap(inventory::Dict::plain(event.result.displayed()).toMap()));
        break;
    case PlaybookEvent::Type::Included:
        put("file", event.text);
        object.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(event.hosts));
        break;
    case PlaybookEvent::Type::NoHostsLeft:
        put("play", event.play);
        break;
    case PlaybookEvent::Type::Warning:
        put("message", event.text);
        break;
    case PlaybookEvent::Type::PlaybookFinished: {
        QJsonObject stats;
        for (auto it = event.stats.cbegin(); it != event.stats.cend(); ++it)
            stats.insert(it.key(), QJsonObject::fromVariantMap(it.value().toVariantMap()));
        object.insert(QStringLiteral("stats"), stats);
        object.insert(QStringLiteral("exit_code"), event.exitCode);
        put("retry_file", event.retryFile);
        break;
    }
    }
    return object;
}

void JsonEventPrinter::print(const PlaybookEvent &event)
{
    *m_out << QString::fromUtf8(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    m_out->flush();
}

} // namespace antler::playbook
