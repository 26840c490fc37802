#include "StageHealthPanel.h"

#include "AvailabilityStrip.h"
#include "ChartDownsampler.h"
#include "StageCard.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace antler::gui {

namespace {

QColor stateColor(health::HealthState state)
{
    switch (state) {
    case health::HealthState::Up:
        return QColor(0x2e, 0x9d, 0x4f);
    case health::HealthState::Degraded:
        return QColor(0xc0, 0x7a, 0x00);
    case health::HealthState::Down:
        return QColor(0xc8, 0x32, 0x32);
    case health::HealthState::Unknown:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', *value >= 99.995 ? 0 : 2) + QStringLiteral(" %") : QStringLiteral("–");
}

QString timeFormat(qint64 spanMs)
{
    if (spanMs <= 60LL * 60 * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 24LL * 60 * 60 * 1000)
        return QStringLiteral("HH:mm");
    return QStringLiteral("MM-dd");
}

} // namespace

StageHealthPanel::StageHealthPanel(const QString &stage, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
{
    setObjectName(QStringLiteral("stageHealthPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(stage, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    top->addWidget(m_title);
    top->addStretch(1);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("healthState"));
    m_stateLabel->setFont(bold);
    top->addWidget(m_stateLabel);
    layout->addLayout(top);

    m_uptime = new QLabel(this);
    m_uptime->setObjectName(QStringLiteral("uptime"));
    m_uptime->setWordWrap(true);
    layout->addWidget(m_uptime);
    m_latencyFigures = new QLabel(this);
    m_latencyFigures->setObjectName(QStringLiteral("latencyFigures"));
    m_latencyFigures->setWordWrap(true);
    layout->addWidget(m_latencyFigures);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_latency = new QLineSeries;
    m_latency->setName(tr("Latency"));
    // A one-pixel cosmetic pen: a wide stroke costs most of a repaint.
    QPen linePen(QColor(0x20, 0x6f, 0xb8));
    linePen.setWidth(1);
    linePen.setCosmetic(true);
    m_latency->setPen(linePen);
    m_chart->addSeries(m_latency);
    m_axisX = new QDateTimeAxis;
    m_axisX->setTickCount(4);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTickCount(5);
    m_axisY->setTitleText(tr("ms"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_latency->attachAxis(m_axisX);
    m_latency->attachAxis(m_axisY);
    // The one series is redrawn whole by replace(); OpenGL is not needed.
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMinimumHeight(140);
    m_view->setMinimumWidth(160);
    m_view->setAccessibleName(tr("Latency of %1").arg(stage));
    layout->addWidget(m_view, 1);
    connect(m_latency, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showHover(point);
        else
            QToolTip::hideText();
    });

    m_strip = new AvailabilityStrip(this);
    layout->addWidget(m_strip);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lastError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);
    setState(health::HealthState::Unknown, QString());
}

void StageHealthPanel::showHover(const QPointF &point)
{
    m_lastHover
        = tr("%1 — %2 ms")
              .arg(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                   QString::number(point.y(), 'f', 1));
    QToolTip::showText(QCursor::pos(), m_lastHover, m_view);
}

void StageHealthPanel::setState(health::HealthState state, const QString &lastError)
{
    m_state = state;
    // The word first: colour only repeats it.
    m_stateLabel->setText(QStringLiteral("● ") + StageCard::stateName(state));
    QPalette palette = m_stateLabel->palette();
    palette.setColor(QPalette::WindowText, stateColor(state));
    m_stateLabel->setPalette(palette);
    m_error->setText(lastError.isEmpty() ? QString() : tr("Last error: %1").arg(lastError));
    m_error->setVisible(!lastError.isEmpty());
}

QString StageHealthPanel::stateText() const
{
    return m_stateLabel->text();
}

QString StageHealthPanel::uptimeText() const
{
    return m_uptime->text();
}

QString StageHealthPanel::errorText() const
{
    return m_error->text();
}

int StageHealthPanel::columns() const
{
    const int width = int(m_chart->plotArea().width());
    return width > 10 ? width : std::max(200, m_view->width());
}

void StageHealthPanel::refresh(const HealthStore &store, qint64 fromMs, qint64 toMs)
{
    const qint64 minute = 60 * 1000;
    const qint64 span = toMs - fromMs;
    const bool longRange = span > HealthStore::RecentMs;
    if (longRange) {
        // Minute data: the axis moves a minute at a time, not every second.
        toMs = (toMs + minute - 1) / minute * minute;
        fromMs = toMs - span;
    }
    const QList<QPointF> all = store.latency(m_stage, fromMs, toMs);
    const QList<QPointF> points = ChartDownsampler::minMax(all, double(fromMs), double(toMs), columns());
    m_latency->replace(points);
    double maxY = 10;
    for (const QPointF &p : points)
        maxY = std::max(maxY, p.y());
    // A round top, so the axis does not move with every new maximum.
    const double step = maxY > 100 ? 50 : 10;
    maxY = std::ceil(maxY * 1.15 / step) * step;
    const bool rangeChanged = fromMs != m_drawnFromMs || toMs != m_drawnToMs;
    if (maxY != m_drawnMaxY) {
        m_axisY->setRange(0, maxY);
        m_drawnMaxY = maxY;
    }
    if (rangeChanged) {
        m_axisX->setFormat(timeFormat(toMs - fromMs));
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
        m_drawnFromMs = fromMs;
        m_drawnToMs = toMs;

        const QList<health::HistoryMarker> markers = store.markers(m_stage, fromMs, toMs);
        if (markers.size() != m_markerSeries.size()) {
            for (QLineSeries *series : std::as_const(m_markerSeries)) {
                m_chart->removeSeries(series);
                delete series;
            }
            m_markerSeries.clear();
            for (qsizetype i = 0; i < markers.size(); ++i) {
                auto *series = new QLineSeries;
                QPen pen(QColor(0x55, 0x55, 0xaa));
                pen.setStyle(Qt::DashLine);
                series->setPen(pen);
                m_chart->addSeries(series);
                series->attachAxis(m_axisX);
                series->attachAxis(m_axisY);
                const int index = int(m_markerSeries.size());
                connect(series, &QLineSeries::clicked, this, [this, index] { activateMarker(index); });
                m_markerSeries.append(series);
            }
        }
        m_markerIds.clear();
        for (qsizetype i = 0; i < markers.size(); ++i) {
            m_markerIds.append(markers.at(i).historyId);
            const double x = double(markers.at(i).timeMs);
            m_markerSeries.at(i)->setName(markers.at(i).label);
            m_markerSeries.at(i)->replace({QPointF(x, 0), QPointF(x, 1e9)});
        }
    }

    m_strip->setSpans(store.availability(m_stage, fromMs, toMs), fromMs, toMs);

    // Figures over long ranges change by the minute; short ranges every sample.
    if (longRange && !rangeChanged && m_figuresForMs == toMs)
        return;
    m_figuresForMs = toMs;
    const qint64 now = toMs;
    const qint64 hour = 60LL * 60 * 1000;
    m_uptime->setText(tr("Uptime: 1 h %1 · 24 h %2 · 7 d %3 · 30 d %4")
                          .arg(percent(store.uptime(m_stage, now - hour, now)),
                               percent(store.uptime(m_stage, now - 24 * hour, now)),
                               percent(store.uptime(m_stage, now - 7 * 24 * hour, now)),
                               percent(store.uptime(m_stage, now - 30 * 24 * hour, now))));
    QList<double> values;
    values.reserve(all.size());
    for (const QPointF &point : all)
        values.append(point.y());
    const auto p50 = HealthStore::percentile(values, 50);
    const auto p95 = HealthStore::percentile(values, 95);
    m_latencyFigures->setText(p50 ? tr("Latency of successful probes: p50 %1 ms · p95 %2 ms")
                                        .arg(QString::number(*p50, 'f', 1), QString::number(p95.value_or(*p50), 'f', 1))
                                  : tr("Latency: no successful probe in this range"));
}
void StageHealthPanel::activateMarker(int index)
{
    if (const qint64 id = m_markerIds.value(index); id > 0)
        Q_EMIT markerActivated(id);
}

} // namespace antler::gui
