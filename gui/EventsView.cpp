#include "EventsView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace antler::gui {

EventsView::EventsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventsModel(this))
    , m_filter(new EventsFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_warningsOnly = new QCheckBox(this);
    m_stageCombo = new QComboBox(this);
    m_stageCombo->addItem(QString(), QString());
    m_stageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count = new QLabel(this);
    QPalette countPalette = m_count->palette();
    countPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_count->setPalette(countPalette);
    m_clearButton = new QToolButton(this);
    m_clearButton->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearButton->setFocusPolicy(Qt::StrongFocus);

    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true); // thousands of rows: no per-row size queries
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(EventsModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    header->resizeSection(EventsModel::SeverityColumn, metrics.horizontalAdvance(QStringLiteral("Warning")) + 44);
    header->resizeSection(EventsModel::StageColumn, metrics.horizontalAdvance(QStringLiteral("production")) + 20);
    header->resizeSection(EventsModel::SourceColumn, metrics.horizontalAdvance(QStringLiteral("Playbook")) + 20);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 0);
    filters->addWidget(m_warningsOnly);
    filters->addWidget(m_stageCombo);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_clearButton);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->addLayout(filters);
    root->addWidget(m_view, 1);

    connect(m_warningsOnly, &QCheckBox::toggled, m_filter, &EventsFilterModel::setWarningsOnly);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStage(m_stageCombo->currentData().toString()); });
    connect(m_clearButton, &QToolButton::clicked, this, &EventsView::clear);
    connect(m_model, &EventsModel::stagesChanged, this, &EventsView::fillStageFilter);
    // Follow the end only if the reader is there when the batch arrives.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_follow = atEnd(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &EventsView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventsView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EventsView::updateCount);
    connect(m_view, &QTreeView::clicked, this, &EventsView::activate);
    connect(m_view, &QTreeView::activated, this, &EventsView::activate);

    setTabOrder(m_warningsOnly, m_stageCombo);
    setTabOrder(m_stageCombo, m_clearButton);
    setTabOrder(m_clearButton, m_view);
    retranslate();
}

void EventsView::retranslate()
{
    m_warningsOnly->setText(tr("&Warnings and errors only"));
    m_warningsOnly->setAccessibleName(tr("Warnings and errors only"));
    m_warningsOnly->setToolTip(tr("Hide the informational events"));
    m_stageCombo->setItemText(0, tr("All stages"));
    m_stageCombo->setAccessibleName(tr("Stage filter"));
    m_stageCombo->setToolTip(tr("Show the events of one stage"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Remove every event from the timeline"));
    m_clearButton->setAccessibleName(tr("Clear events"));
    m_view->setAccessibleName(tr("Events"));
    m_view->setAccessibleDescription(
        tr("Health changes, operations, warnings and errors of every stage, newest at the bottom; "
           "activate one to select its stage and operation"));
    updateCount();
}

void EventsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, EventsModel::ColumnCount - 1);
    } else if (event->type() == QEvent::PaletteChange) {
        // Warning and error colours follow the palette's base.
        m_view->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void EventsView::setStages(const QStringList &stages)
{
    m_profileStages = stages;
    fillStageFilter();
}

void EventsView::fillStageFilter()
{
    QStringList stages = m_profileStages;
    for (const QString &stage : m_model->stages()) {
        if (!stages.contains(stage))
            stages.append(stage);
    }
    const QString selected = m_stageCombo->currentData().toString();
    const QSignalBlocker blocker(m_stageCombo);
    while (m_stageCombo->count() > 1)
        m_stageCombo->removeItem(1);
    for (const QString &stage : std::as_const(stages))
        m_stageCombo->addItem(stage, stage);
    const int index = m_stageCombo->findData(selected);
    m_stageCombo->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_filter->setStage({});
}

void EventsView::addEvent(const TimelineEvent &event)
{
    m_model->append(event);
}

void EventsView::addEvents(const QList<TimelineEvent> &events)
{
    m_model->append(events);
}

void EventsView::setWarningsOnly(bool on)
{
    m_warningsOnly->setChecked(on);
}

void EventsView::setStageFilter(const QString &stage)
{
    if (!stage.isEmpty() && m_stageCombo->findData(stage) < 0) {
        m_profileStages.append(stage);
        fillStageFilter();
    }
    const int index = m_stageCombo->findData(stage);
    m_stageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void EventsView::clear()
{
    m_model->clear();
    m_follow = true;
}

void EventsView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString stage = index.data(EventsModel::StageRole).toString();
    const qint64 operation = index.data(EventsModel::OperationIdRole).toLongLong();
    if (!stage.isEmpty())
        Q_EMIT stageActivated(stage);
    if (operation > 0)
        Q_EMIT operationActivated(operation);
}

bool EventsView::atEnd() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void EventsView::updateCount()
{
    if (!m_count)
        return;
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // No plural forms: English ships no translation file to supply them.
    if (all == 0)
        m_count->setText(tr("No events yet"));
    else if (shown == all)
        m_count->setText(tr("Events: %1").arg(all));
    else
        m_count->setText(tr("Events: %1 of %2 shown").arg(shown).arg(all));
}

} // namespace antler::gui
