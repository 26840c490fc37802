#include "OperationsView.h"

#include "LogLine.h"
#include "LogModel.h"
#include "LogView.h"
#include "OperationsModel.h"
#include "PlaybookLogFormatter.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

// A progress bar in the Progress column; a known total fills it, an unknown
// one shows an indeterminate bar.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int value = index.data(OperationsModel::ProgressRole).toInt();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = value < 0 ? 0 : 100;
        bar.progress = value < 0 ? 0 : value;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.textVisible = false;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

LogResult resultOf(const pipeline::PipelineEvent &event)
{
    switch (event.kind) {
    case pipeline::PipelineEvent::Kind::Warning:
        return LogResult::Changed;
    case pipeline::PipelineEvent::Kind::Finished:
        return event.ok ? LogResult::Ok : LogResult::Failed;
    default:
        return LogResult::None;
    }
}

} // namespace

OperationsView::OperationsView(pipeline::OperationManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new OperationsModel(manager, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_cancel = new QAction(tr("&Cancel operation"), this);
    m_cancel->setObjectName(QStringLiteral("cancelOperation"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (pipeline::Operation *operation = selectedOperation())
            operation->cancel();
    });
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_cancel);
    layout->addWidget(bar);

    // Side by side: a dock is wide and short, and a log needs lines more than width.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("operationsSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("operationsTable"));
    m_table->setAccessibleName(tr("Operations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(OperationsModel::Progress, new ProgressDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(OperationsModel::Step, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(OperationsModel::Title, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OperationsModel::Stage, QHeaderView::ResizeToContents);
    header->resizeSection(OperationsModel::Progress, 110);
    header->setSectionResizeMode(OperationsModel::Elapsed, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OperationsModel::Result, QHeaderView::ResizeToContents);
    topLayout->addWidget(m_table);
    m_empty = new QLabel(tr("No operations yet. Build, Deploy, Promote and Rollback run here in the background; "
                            "select one to follow its log."),
                         top);
    m_empty->setWordWrap(true);
    m_empty->setMargin(8);
    topLayout->addWidget(m_empty);
    splitter->addWidget(top);

    m_log = new LogView(splitter);
    m_log->setObjectName(QStringLiteral("operationLog"));
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 720});
    // Where the user put the divider last time.
    splitter->restoreState(QSettings().value(QStringLiteral("operations/splitter")).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(QStringLiteral("operations/splitter"), splitter->saveState()); });
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showOperation(m_model->operationAt(current.row())); });
    // A new operation is what the user just asked for: follow it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        m_empty->hide();
        m_table->selectRow(last);
    });
    connect(manager, &pipeline::OperationManager::operationChanged, this, [this](pipeline::Operation *operation) {
        if (operation == m_shown)
            updateCancel();
    });
    for (pipeline::Operation *operation : manager->operations())
        track(operation);
    connect(manager, &pipeline::OperationManager::operationAdded, this, &OperationsView::track);
    updateCancel();
}

void OperationsView::track(pipeline::Operation *operation)
{
    auto *log = new LogModel(this);
    const int id = operation->id();
    m_logs.insert(id, log);
    const bool isPlaybook = operation->kind() == pipeline::Operation::Kind::Playbook;
    const auto append = [log, isPlaybook](const pipeline::PipelineEvent &event) {
        // A playbook's steps and warnings are in its own stream below.
        if (event.kind == pipeline::PipelineEvent::Kind::Progress
            || (isPlaybook && event.kind != pipeline::PipelineEvent::Kind::Started
                && event.kind != pipeline::PipelineEvent::Kind::Finished))
            return;
        log->append(LogLine {event.toText(), event.stage, resultOf(event), event.time.toMSecsSinceEpoch()});
    };
    if (isPlaybook) {
        // Started first, then the run as the headless mode prints it, then Finished.
        const PlaybookLogFormatter formatter(operation->request().playbook.verbosity);
        const auto appendPlaybook
            = [log, formatter](const playbook::PlaybookEvent &event) { log->append(formatter.lines(event)); };
        const QList<pipeline::PipelineEvent> &events = operation->events();
        if (!events.isEmpty())
            append(events.constFirst());
        for (const playbook::PlaybookEvent &event : operation->playbookEvents())
            appendPlaybook(event);
        for (qsizetype i = 1; i < events.size(); ++i)
            append(events.at(i));
        connect(operation, &pipeline::Operation::playbookEvent, log, appendPlaybook);
    } else {
        for (const pipeline::PipelineEvent &event : operation->events())
            append(event);
    }
    connect(operation, &pipeline::Operation::event, log, append);
    // The table may have selected it before its log existed.
    if (operation == m_shown)
        m_log->setModel(log);
    // The manager drops old operations; their logs go with them.
    connect(operation, &QObject::destroyed, this, [this, id] {
        LogModel *gone = m_logs.take(id);
        if (m_log->model() == gone)
            m_log->setModel(nullptr);
        delete gone;
    });
}

pipeline::Operation *OperationsView::selectedOperation() const
{
    return m_shown;
}

void OperationsView::selectOperation(int id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->operationAt(row) && m_model->operationAt(row)->id() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void OperationsView::showOperation(pipeline::Operation *operation)
{
    m_shown = operation;
    m_log->setModel(operation ? m_logs.value(operation->id()) : nullptr);
    updateCancel();
}

void OperationsView::updateCancel()
{
    const bool running = m_shown && !m_shown->isFinished() && !m_shown->isCancelRequested();
    m_cancel->setEnabled(running);
    const QString why = !m_shown ? tr("Select a running operation to cancel it.")
        : m_shown->isFinished()  ? tr("“%1” has finished already.").arg(m_shown->title())
        : m_shown->isCancelRequested()
        ? tr("“%1” is being cancelled.").arg(m_shown->title())
        : tr("Stop “%1”; the stage keeps the release it ran before.").arg(m_shown->title());
    m_cancel->setToolTip(why);
    m_cancel->setStatusTip(why);
    Q_EMIT selectionChanged();
}

} // namespace antler::gui
