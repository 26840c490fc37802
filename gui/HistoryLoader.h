#pragma once

#include "HealthStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace antler::gui {

// What HistoryLoader read for one request.
struct LoadedHistory
{
    quint64 generation = 0;
    QHash<QString, StageHistoryData> stages;
    QList<health::HistoryMarker> markers;
    QString error;
};

// Reads the health history and the pipeline's deployment markers on a
// thread of its own, with a SQLite connection of its own, and hands the
// result back by signal: the GUI thread never waits for the disk. Several
// requests queue up; each answer carries its request's generation so a
// stale one can be told apart.
class HistoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit HistoryLoader(QObject *parent = nullptr);
    ~HistoryLoader() override;

    // historyPath: the health history; pipelineHistoryPath: pipeline::History
    // (empty: its default). Returns the request's generation.
    quint64 load(const QString &historyPath, const QString &pipelineHistoryPath, const QStringList &stages,
                 qint64 nowMs);

    // The work itself, on the calling thread (the worker, and the benchmark).
    static LoadedHistory read(const QString &historyPath, const QString &pipelineHistoryPath, const QStringList &stages,
                              qint64 nowMs);

Q_SIGNALS:
    void loaded(const antler::gui::LoadedHistory &history);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    quint64 m_generation = 0;
};

} // namespace antler::gui
