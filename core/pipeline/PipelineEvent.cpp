#include "pipeline/PipelineEvent.h"

namespace antler::pipeline {

namespace {

PipelineEvent make(PipelineEvent::Kind kind, const QString &operation, const QString &stage, const QString &message)
{
    PipelineEvent event;
    event.kind = kind;
    event.operation = operation;
    event.stage = stage;
    event.message = message;
    return event;
}

} // namespace

PipelineEvent PipelineEvent::started(const QString &operation, const QString &stage, const QString &message)
{
    return make(Kind::Started, operation, stage, message);
}

PipelineEvent PipelineEvent::step(const QString &operation, const QString &stage, const QString &message)
{
    return make(Kind::Step, operation, stage, message);
}

PipelineEvent PipelineEvent::log(const QString &operation, const QString &stage, const QString &line)
{
    return make(Kind::Log, operation, stage, line);
}

PipelineEvent PipelineEvent::warning(const QString &operation, const QString &stage, const QString &message)
{
    return make(Kind::Warning, operation, stage, message);
}

PipelineEvent PipelineEvent::progress(const QString &operation, const QString &stage, int current, int total,
                                      const QString &message)
{
    PipelineEvent event = make(Kind::Progress, operation, stage, message);
    event.current = current;
    event.total = total;
    return event;
}

PipelineEvent PipelineEvent::finished(const QString &operation, const QString &stage, bool ok, const QString &message)
{
    PipelineEvent event = make(Kind::Finished, operation, stage, message);
    event.ok = ok;
    return event;
}

QString PipelineEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Started:
        return QStringLiteral("started");
    case Kind::Step:
        return QStringLiteral("step");
    case Kind::Log:
        return QStringLiteral("log");
    case Kind::Warning:
        return QStringLiteral("warning");
    case Kind::Progress:
        return QStringLiteral("progress");
    case Kind::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

QString PipelineEvent::toText() const
{
    QString prefix = QLatin1Char('[') + operation;
    if (!stage.isEmpty())
        prefix += QLatin1Char(' ') + stage;
    prefix += QLatin1String("] ");
    switch (kind) {
    case Kind::Warning:
        return prefix + QLatin1String("warning: ") + message;
    case Kind::Progress:
        return prefix + QStringLiteral("%1/%2 ").arg(current).arg(total) + message;
    case Kind::Finished:
        return prefix + (ok ? QLatin1String("done: ") : QLatin1String("failed: ")) + message;
    case Kind::Log:
        return prefix + QLatin1String("| ") + message;
    default:
        return prefix + message;
    }
}

QJsonObject PipelineEvent::toJson() const
{
    QJsonObject object {
        {QStringLiteral("event"), kindName(kind)},
        {QStringLiteral("operation"), operation},
        {QStringLiteral("message"), message},
        {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
    };
    if (!stage.isEmpty())
        object.insert(QStringLiteral("stage"), stage);
    if (!digest.isEmpty())
        object.insert(QStringLiteral("digest"), digest);
    if (kind == Kind::Progress) {
        object.insert(QStringLiteral("current"), current);
        object.insert(QStringLiteral("total"), total);
    }
    if (kind == Kind::Finished)
        object.insert(QStringLiteral("ok"), ok);
    return object;
}

} // namespace antler::pipeline
