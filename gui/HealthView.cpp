#include "HealthView.h"

#include "ChartDownsampler.h"
#include "StageHealthPanel.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace antler::gui {

namespace {

QString duration(double seconds)
{
    const qint64 s = qint64(seconds);
    if (s >= 86400)
        return HealthView::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    return HealthView::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

HealthView::HealthView(HealthStore *store, const QStringList &stages, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_stages(stages)
{
    setObjectName(QStringLiteral("healthView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(createRangeBar());

    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    for (const QString &stage : stages) {
        auto *panel = new StageHealthPanel(stage, this);
        connect(panel, &StageHealthPanel::markerActivated, this, &HealthView::markerActivated);
        m_panels.insert(stage, panel);
        row->addWidget(panel, 1);
    }
    layout->addLayout(row, 3);
    layout->addWidget(createHostCharts(), 2);

    connect(m_store, &HealthStore::stageChanged, this, &HealthView::refreshStage);
    connect(m_store, &HealthStore::hostChanged, this, [this] { refreshHosts(); });
    connect(m_store, &HealthStore::markersChanged, this, &HealthView::refreshAll);
}

qint64 HealthView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 HealthView::rangeMs(Range range)
{
    const qint64 minute = 60 * 1000;
    switch (range) {
    case Range::FiveMinutes:
        return 5 * minute;
    case Range::Hour:
        return 60 * minute;
    case Range::Day:
        return 24 * 60 * minute;
    case Range::Week:
        return 7 * 24 * 60 * minute;
    case Range::Month:
        break;
    }
    return 30 * 24 * 60 * minute;
}

QString HealthView::rangeName(Range range)
{
    switch (range) {
    case Range::FiveMinutes:
        return tr("5 min");
    case Range::Hour:
        return tr("1 h");
    case Range::Day:
        return tr("24 h");
    case Range::Week:
        return tr("7 d");
    case Range::Month:
        break;
    }
    return tr("30 d");
}

QWidget *HealthView::createRangeBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Health"), bar);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addStretch(1);
    layout->addWidget(new QLabel(tr("Range:"), bar));
    m_rangeButtons = new QButtonGroup(bar);
    m_rangeButtons->setExclusive(true);
    for (Range range : {Range::FiveMinutes, Range::Hour, Range::Day, Range::Week, Range::Month}) {
        auto *button = new QPushButton(rangeName(range), bar);
        button->setCheckable(true);
        button->setChecked(range == m_range);
        button->setObjectName(QStringLiteral("range%1").arg(int(range)));
        m_rangeButtons->addButton(button, int(range));
        layout->addWidget(button);
    }
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    return bar;
}

HealthView::HostChartParts HealthView::createHostChart(const QString &title, const QString &unit,
                                                       HealthStore::HostFigure figure)
{
    HostChartParts parts;
    parts.figure = figure;
    parts.chart = new QChart;
    parts.chart->setTitle(title);
    parts.title = title;
    parts.chart->legend()->hide();
    parts.chart->setMargins(QMargins(2, 2, 2, 2));
    parts.axisX = new QDateTimeAxis;
    parts.axisX->setTickCount(4);
    parts.axisY = new QValueAxis;
    parts.axisY->setTitleText(unit);
    parts.axisY->setLabelFormat(QStringLiteral("%.1f"));
    parts.chart->addAxis(parts.axisX, Qt::AlignBottom);
    parts.chart->addAxis(parts.axisY, Qt::AlignLeft);
    parts.view = new QChartView(parts.chart, this);
    parts.view->setMinimumHeight(150);
    parts.view->setMinimumWidth(160);
    parts.view->setAccessibleName(title);
    return parts;
}

QWidget *HealthView::createHostCharts()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hostText = new QLabel(tr("Host metrics: waiting for the first sample…"), box);
    m_hostText->setObjectName(QStringLiteral("hostMetrics"));
    m_hostText->setWordWrap(true);
    layout->addWidget(m_hostText);
    auto *row = new QHBoxLayout;
    m_hostCharts.append(createHostChart(tr("CPU load (1 min)"), QString(), HealthStore::HostFigure::Load));
    m_hostCharts.append(createHostChart(tr("Memory used"), tr("%"), HealthStore::HostFigure::MemoryPercent));
    m_hostCharts.append(createHostChart(tr("Temperature"), tr("°C"), HealthStore::HostFigure::TemperatureC));
    for (const HostChartParts &parts : std::as_const(m_hostCharts))
        row->addWidget(parts.view, 1);
    layout->addLayout(row, 1);
    return box;
}

QList<StageHealthPanel *> HealthView::panels() const
{
    QList<StageHealthPanel *> out;
    for (const QString &stage : m_stages)
        out.append(m_panels.value(stage));
    return out;
}

void HealthView::setRange(Range range)
{
    m_range = range;
    if (auto *button = m_rangeButtons->button(int(range)); button && !button->isChecked())
        button->setChecked(true);
    refreshAll();
}

void HealthView::setStageState(const QString &stage, health::HealthState state, const QString &lastError)
{
    if (StageHealthPanel *panel = m_panels.value(stage))
        panel->setState(state, lastError);
}

void HealthView::refreshAll()
{
    for (const QString &stage : std::as_const(m_stages))
        refreshStage(stage);
    refreshHosts();
}

void HealthView::refreshStage(const QString &stage)
{
    StageHealthPanel *panel = m_panels.value(stage);
    if (!panel)
        return;
    const qint64 to = now();
    panel->refresh(*m_store, to - rangeMs(m_range), to);
}

QLineSeries *HealthView::hostSeries(HostChart chart, const QString &host) const
{
    const qsizetype index = qsizetype(chart);
    if (index >= m_hostCharts.size())
        return nullptr;
    return m_hostCharts.at(index).series.value(host);
}

QString HealthView::hostText() const
{
    return m_hostText->text();
}

void HealthView::refreshHosts()
{
    const qint64 to = now();
    const qint64 from = to - rangeMs(m_range);
    QStringList lines;
    for (const QString &host : m_store->hosts()) {
        const auto last = m_store->lastHostMetrics(host);
        if (!last)
            continue;
        if (!last->ok) {
            lines.append(tr("%1: %2").arg(host, last->error));
        } else {
            QStringList parts;
            if (last->load1)
                parts.append(tr("load %1").arg(*last->load1, 0, 'f', 2));
            if (const auto memory = last->memoryUsedPercent())
                parts.append(tr("memory %1 %").arg(*memory, 0, 'f', 0));
            if (const auto disk = last->diskUsedPercent())
                parts.append(tr("disk %1 %").arg(*disk, 0, 'f', 0));
            if (last->temperatureC)
                parts.append(tr("%1 °C").arg(*last->temperatureC, 0, 'f', 1));
            if (last->uptimeSeconds)
                parts.append(tr("up %1").arg(duration(*last->uptimeSeconds)));
            if (last->memoryCgroup)
                parts.append(*last->memoryCgroup ? tr("memory cgroup enabled") : tr("memory cgroup DISABLED"));
            if (last->throttled)
                parts.append(last->throttleText().isEmpty() ? tr("no throttling") : last->throttleText());
            lines.append(tr("%1: %2").arg(host, parts.join(QStringLiteral(", "))));
        }
        for (HostChartParts &parts : m_hostCharts) {
            QLineSeries *series = parts.series.value(host);
            if (!series) {
                series = new QLineSeries;
                series->setName(host);
                parts.chart->addSeries(series);
                series->attachAxis(parts.axisX);
                series->attachAxis(parts.axisY);
                parts.series.insert(host, series);
                connect(series, &QLineSeries::hovered, this, [series](const QPointF &point, bool state) {
                    if (!state)
                        return;
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1 — %2 — %3")
                                           .arg(series->name(),
                                                QDateTime::fromMSecsSinceEpoch(qint64(point.x()))
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                QString::number(point.y(), 'f', 1)));
                });
            }
            const int columns = std::max(200, int(parts.chart->plotArea().width()));
            const QList<QPointF> points = ChartDownsampler::minMax(m_store->hostSeries(host, parts.figure, from, to),
                                                                   double(from), double(to), columns);
            series->replace(points);
        }
    }
    for (HostChartParts &parts : m_hostCharts) {
        double maxY = parts.figure == HealthStore::HostFigure::MemoryPercent ? 100 : 1;
        for (QLineSeries *series : std::as_const(parts.series)) {
            for (const QPointF &p : series->points())
                maxY = std::max(maxY, p.y() * 1.15);
        }
        parts.axisY->setRange(0, maxY);
        const bool empty = std::all_of(parts.series.cbegin(), parts.series.cend(),
                                       [](const QLineSeries *series) { return series->count() == 0; });
        parts.chart->setTitle(empty ? parts.title + QLatin1Char(' ') + tr("(no data)") : parts.title);
        parts.axisX->setFormat(rangeMs(m_range) <= 60LL * 60 * 1000            ? QStringLiteral("HH:mm:ss")
                                   : rangeMs(m_range) <= 24LL * 60 * 60 * 1000 ? QStringLiteral("HH:mm")
                                                                               : QStringLiteral("MM-dd"));
        parts.axisX->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    }
    if (!lines.isEmpty())
        m_hostText->setText(lines.join(QLatin1Char('\n')));
}

} // namespace antler::gui
