#pragma once

#include "HealthStore.h"
#include "health/HealthState.h"

#include <QFrame>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace antler::gui {

class AvailabilityStrip;

// One stage's health over the chosen range: its state in words and colour,
// uptime for 1 h / 24 h / 7 d / 30 d, latency p50/p95 of successful probes,
// the last error, a latency chart with deployment markers (hover shows the
// value and time) and the availability strip under it.
class StageHealthPanel : public QFrame
{
    Q_OBJECT

public:
    StageHealthPanel(const QString &stage, QWidget *parent = nullptr);

    QString stage() const { return m_stage; }
    void setState(health::HealthState state, const QString &lastError);
    health::HealthState state() const { return m_state; }
    QString stateText() const;
    QString uptimeText() const;
    QString errorText() const;

    // Redraws the chart and figures from the store for [fromMs, toMs): the
    // points are downsampled to the chart's width and set with one replace().
    void refresh(const HealthStore &store, qint64 fromMs, qint64 toMs);

    QLineSeries *latencySeries() const { return m_latency; }
    int markerCount() const { return int(m_markerSeries.size()); }
    AvailabilityStrip *strip() const { return m_strip; }
    QChartView *chartView() const { return m_view; }
    // The text the last hover showed (tests read it; the user sees a tooltip).
    QString lastHoverText() const { return m_lastHover; }
    void showHover(const QPointF &point);
    // The History entry of the i-th marker drawn (0: none), and a click on it.
    qint64 markerHistoryId(int index) const { return m_markerIds.value(index); }
    void activateMarker(int index);

Q_SIGNALS:
    // A deployment marker was clicked: the History entry it marks.
    void markerActivated(qint64 historyId);

private:
    int columns() const;

    QString m_stage;
    health::HealthState m_state = health::HealthState::Unknown;
    QLabel *m_title = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_latencyFigures = nullptr;
    QLabel *m_error = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_latency = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<QLineSeries *> m_markerSeries;
    QList<qint64> m_markerIds;
    AvailabilityStrip *m_strip = nullptr;
    QString m_lastHover;
    // What the last refresh drew, so a live sample only redoes what changed.
    qint64 m_drawnFromMs = -1;
    qint64 m_drawnToMs = -1;
    double m_drawnMaxY = -1;
    qint64 m_figuresForMs = -1;
};

} // namespace antler::gui
