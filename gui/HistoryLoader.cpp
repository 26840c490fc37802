#include "HistoryLoader.h"

#include "health/DeploymentMarkers.h"
#include "health/TimeSeries.h"

#include <QMetaObject>

namespace antler::gui {

HistoryLoader::HistoryLoader(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("antler-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

HistoryLoader::~HistoryLoader()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

quint64 HistoryLoader::load(const QString &historyPath, const QString &pipelineHistoryPath, const QStringList &stages,
                            qint64 nowMs)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [this, historyPath, pipelineHistoryPath, stages, nowMs, generation] {
        LoadedHistory history = read(historyPath, pipelineHistoryPath, stages, nowMs);
        history.generation = generation;
        // Queued to the loader's (GUI) thread.
        QMetaObject::invokeMethod(
            this, [this, history] { Q_EMIT loaded(history); }, Qt::QueuedConnection);
    });
    return generation;
}

LoadedHistory HistoryLoader::read(const QString &historyPath, const QString &pipelineHistoryPath,
                                  const QStringList &stages, qint64 nowMs)
{
    LoadedHistory out;
    const qint64 from = nowMs - HealthStore::KeepMs;
    const qint64 end = nowMs + 1;
    if (!historyPath.isEmpty()) {
        health::HealthHistory history;
        QString error;
        if (!history.open(historyPath, &error)) {
            out.error = error;
        } else {
            for (const QString &stage : stages) {
                StageHistoryData data;
                data.minutes = history.aggregates(stage, health::ProbeSpec::Kind::Frontend, from, end);
                // Raw samples (the last 24 hours) become minutes too; the
                // last hour also stays raw for the short ranges.
                const QList<health::HealthSample> raw = history.samples(
                    stage, health::ProbeSpec::Kind::Frontend, nowMs - health::HealthHistory::RawRetentionMs, end);
                QList<health::SampleAggregate> rawMinutes = health::TimeSeries::aggregate(raw, 60000);
                // Aggregated minutes come before the raw ones (compaction moves whole minutes).
                if (!data.minutes.isEmpty() && !rawMinutes.isEmpty()) {
                    while (!rawMinutes.isEmpty() && rawMinutes.constFirst().startMs <= data.minutes.constLast().startMs)
                        rawMinutes.removeFirst();
                }
                data.minutes.append(rawMinutes);
                for (const health::HealthSample &sample : raw) {
                    if (sample.timeMs >= nowMs - HealthStore::RecentMs)
                        data.recent.append(sample);
                }
                out.stages.insert(stage, data);
            }
        }
    }
    out.markers = health::DeploymentMarkers::read(pipelineHistoryPath, from, end);
    return out;
}

} // namespace antler::gui
