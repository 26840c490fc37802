#pragma once

#include "HealthStore.h"
#include "health/HealthState.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace antler::gui {

class StageHealthPanel;

// The health overview: a range selector (5 min, 1 h, 24 h, 7 d, 30 d), one
// StageHealthPanel per stage side by side, and the host metrics charts (CPU
// load, memory, temperature) with a line of text per host. Everything is
// drawn from a HealthStore in memory; a range switch or a live sample
// redraws with QXYSeries::replace() on downsampled points.
class HealthView : public QWidget
{
    Q_OBJECT

public:
    enum class Range { FiveMinutes, Hour, Day, Week, Month };
    Q_ENUM(Range)

    HealthView(HealthStore *store, const QStringList &stages, QWidget *parent = nullptr);

    Range range() const { return m_range; }
    void setRange(Range range);
    static qint64 rangeMs(Range range);
    static QString rangeName(Range range);

    void setStageState(const QString &stage, health::HealthState state, const QString &lastError);
    StageHealthPanel *panel(const QString &stage) const { return m_panels.value(stage); }
    QList<StageHealthPanel *> panels() const;

    enum class HostChart { Load, Memory, Temperature };
    QLineSeries *hostSeries(HostChart chart, const QString &host) const;
    QString hostText() const;

    // The clock the ranges end at; tests and the benchmark fix it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const;

    // Redraws everything for the current range.
    void refreshAll();
    void refreshStage(const QString &stage);
    void refreshHosts();

Q_SIGNALS:
    // A deployment marker on a chart was clicked: the History entry it marks.
    void markerActivated(qint64 historyId);

private:
    struct HostChartParts
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *axisX = nullptr;
        QValueAxis *axisY = nullptr;
        QHash<QString, QLineSeries *> series;
        HealthStore::HostFigure figure;
        QString title;
    };
    QWidget *createRangeBar();
    QWidget *createHostCharts();
    HostChartParts createHostChart(const QString &title, const QString &unit, HealthStore::HostFigure figure);

    HealthStore *m_store;
    Range m_range = Range::FiveMinutes; // a new window shows its first minute live
    QButtonGroup *m_rangeButtons = nullptr;
    QHash<QString, StageHealthPanel *> m_panels;
    QStringList m_stages;
    QList<HostChartParts> m_hostCharts;
    QLabel *m_hostText = nullptr;
    std::function<qint64()> m_clock;
};

} // namespace antler::gui
