#include "HistoryView.h"

#include "HistoryModel.h"
#include "StatusIcon.h"
#include "pipeline/History.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace antler::gui {

using pipeline::History;
using pipeline::HistoryEntry;
using pipeline::Release;

namespace {

// The details' rows, in order: key and label.
struct Field
{
    const char *key;
    const char *label;
};

constexpr Field fields[] = {
    {"operation", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Operation")},
    {"stages", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Stages")},
    {"result", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Result")},
    {"reason", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Reason")},
    {"error", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Error")},
    {"digest", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Digest")},
    {"previous", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Before")},
    {"artifacts", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Artifacts")},
    {"commit", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Source commit")},
    {"build", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Build number")},
    {"user", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Who")},
    {"started", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Started")},
    {"finished", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Finished")},
    {"duration", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Duration")},
    {"pid", QT_TRANSLATE_NOOP("antler::gui::HistoryView", "Process")},
};

const QStringList runnableKinds {QStringLiteral("build"), QStringLiteral("deploy"), QStringLiteral("promote"),
                                 QStringLiteral("rollback")};

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    buildFilterRow();
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(6, 6, 6, 0);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_kindCombo);
    filterRow->addWidget(m_stageCombo);
    filterRow->addWidget(m_resultCombo);
    filterRow->addWidget(m_refreshButton);
    root->addLayout(filterRow);

    m_banner = new QWidget(this);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 2, 8, 2);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    root->addWidget(m_banner);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(HistoryModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("Rollback")) + 40);
    header->resizeSection(HistoryModel::StagesColumn,
                          metrics.horizontalAdvance(QStringLiteral("staging → production")) + 24);
    header->resizeSection(HistoryModel::DigestColumn,
                          metrics.horizontalAdvance(QStringLiteral("sha256:0123456789ab")) + 24);
    header->resizeSection(HistoryModel::UserColumn, metrics.horizontalAdvance(QStringLiteral("username")) + 24);
    header->resizeSection(HistoryModel::WhenColumn,
                          metrics.horizontalAdvance(QStringLiteral("2000-00-00 00:00:00")) + 24);
    header->resizeSection(HistoryModel::DurationColumn, metrics.horizontalAdvance(QStringLiteral("00 min 00 s")) + 24);

    buildDetails();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    root->addWidget(splitter, 1);

    m_runAgain = new QAction(this);
    m_runAgain->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_runAgain, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(selectedOperation());
        if (row >= 0 && m_runAgain->isEnabled())
            Q_EMIT runAgainRequested(m_model->entryAt(row));
    });
    m_runAgainButton->setDefaultAction(m_runAgain);
    m_copyDigest = new QAction(this);
    connect(m_copyDigest, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(selectedOperation());
        if (row >= 0)
            QApplication::clipboard()->setText(m_model->entryAt(row).digest());
    });
    m_copyLog = new QAction(this);
    connect(m_copyLog, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(m_log->toPlainText()); });
    m_copyLogButton->setDefaultAction(m_copyLog);

    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &HistoryFilterModel::setText);
    // Each combo calls its setter by name, not through a pointer to member
    // function: GCC 12's -fsanitize=undefined checks a wrong address for such
    // a call (code, not the object) and stops the sanitized GUI tests with a
    // "misaligned HistoryView" that is not there.
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kindCombo->currentData().toString()); });
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStage(m_stageCombo->currentData().toString()); });
    connect(m_resultCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setResult(m_resultCombo->currentData().toString()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateMessage);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateMessage);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryView::updateMessage);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateMessage);

    connect(m_refreshButton, &QToolButton::clicked, this, &HistoryView::refresh);
    connect(m_model, &HistoryModel::modelAboutToBeReset, this, [this] {
        if (m_pendingSelection == 0)
            m_pendingSelection = selectedOperation();
    });
    connect(m_model, &HistoryModel::refreshed, this, &HistoryView::onRefreshed);
    connect(m_model, &HistoryModel::statusChanged, this, &HistoryView::updateMessage);
    connect(m_model, &HistoryModel::detailsLoaded, this, [this](const HistoryEntry &entry) {
        if (entry.id == selectedOperation())
            showEntry(entry, true);
    });
    connect(m_model, &HistoryModel::detailsFailed, this, [this](qint64 id, const QString &error) {
        if (id == selectedOperation()) {
            m_log->clear();
            m_log->setPlaceholderText(error);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::onCurrentChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(HistoryModel::IdRole).toLongLong();
        if (id > 0)
            Q_EMIT operationActivated(id);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &HistoryView::showContextMenu);

    setTabOrder(m_filterEdit, m_kindCombo);
    setTabOrder(m_kindCombo, m_stageCombo);
    setTabOrder(m_stageCombo, m_resultCombo);
    setTabOrder(m_resultCombo, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);
    setTabOrder(m_table, m_runAgainButton);
    setTabOrder(m_runAgainButton, m_copyLogButton);
    setTabOrder(m_copyLogButton, m_log);

    retranslate();
    onCurrentChanged();
    m_model->setPath({});
}

HistoryView::~HistoryView() = default;

void HistoryView::buildFilterRow()
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setClearButtonEnabled(true);
    m_kindCombo = new QComboBox(this);
    m_stageCombo = new QComboBox(this);
    m_resultCombo = new QComboBox(this);
    for (const char *kind : {"", "build", "deploy", "promote", "rollback", "pin", "unpin", "playbook"})
        m_kindCombo->addItem(QString(), QString::fromLatin1(kind));
    m_stageCombo->addItem(QString(), QString());
    for (const QString &result : {QString(), History::Succeeded, History::Failed, History::RolledBack, History::Refused,
                                  History::Running, History::Interrupted, QStringLiteral("cancelled")}) {
        m_resultCombo->addItem(result.isEmpty() ? QIcon() : HistoryModel::resultIcon(result), QString(), result);
    }
    for (QComboBox *combo : {m_kindCombo, m_stageCombo, m_resultCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setFocusPolicy(Qt::StrongFocus);
}

void HistoryView::buildDetails()
{
    m_details = new QWidget(this);
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(6, 0, 6, 6);

    auto *formHost = new QWidget;
    auto *formColumn = new QVBoxLayout(formHost);
    formColumn->setContentsMargins(0, 0, 0, 0);
    m_detailsPlaceholder = new QLabel(formHost);
    m_detailsPlaceholder->setWordWrap(true);
    m_detailsPlaceholder->setAlignment(Qt::AlignCenter);
    QPalette placeholderPalette = m_detailsPlaceholder->palette();
    placeholderPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_detailsPlaceholder->setPalette(placeholderPalette);
    formColumn->addWidget(m_detailsPlaceholder);
    // A grid rather than a QFormLayout: hiding the rows of empty fields
    // with QFormLayout::setRowVisible() corrupts memory in Qt 6.4 when
    // word-wrapped labels are shown; a grid gives hidden rows no space.
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    int gridRow = 0;
    for (const Field &field : fields) {
        auto *value = new QLabel(formHost);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        auto *label = new QLabel(formHost);
        label->setBuddy(value);
        m_grid->addWidget(label, gridRow, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(value, gridRow, 1, Qt::AlignTop);
        ++gridRow;
        m_fields.insert(QString::fromLatin1(field.key), value);
        m_fieldNames.insert(QString::fromLatin1(field.key), label);
    }
    formColumn->addLayout(m_grid);
    formColumn->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *splitter = new QSplitter(Qt::Horizontal, m_details);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(m_log);
    scroll->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24);
    // Room for a full digest beside its label; the log takes the rest.
    const int fieldsWidth = fontMetrics().horizontalAdvance(QStringLiteral("Source commit:sha256:"))
        + fontMetrics().horizontalAdvance(QStringLiteral("0123456789abcdef")) * 4 + 12 + 48;
    splitter->setSizes({fieldsWidth, fieldsWidth});
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_runAgainButton = new QToolButton(m_details);
    m_runAgainButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runAgainButton->setFocusPolicy(Qt::StrongFocus);
    m_copyLogButton = new QToolButton(m_details);
    m_copyLogButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyLogButton->setFocusPolicy(Qt::StrongFocus);
    buttons->addWidget(m_runAgainButton);
    buttons->addWidget(m_copyLogButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void HistoryView::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter: digest, stage, user, reason…"));
    m_filterEdit->setAccessibleName(tr("Filter the history"));
    m_filterEdit->setToolTip(tr("Shows the operations that contain every word (Ctrl+F)"));
    m_kindCombo->setAccessibleName(tr("Kind filter"));
    m_stageCombo->setAccessibleName(tr("Stage filter"));
    m_resultCombo->setAccessibleName(tr("Result filter"));
    for (int i = 0; i < m_kindCombo->count(); ++i) {
        const QString kind = m_kindCombo->itemData(i).toString();
        m_kindCombo->setItemText(i, kind.isEmpty() ? tr("All kinds") : HistoryModel::kindName(kind));
    }
    m_stageCombo->setItemText(0, tr("All stages"));
    for (int i = 0; i < m_resultCombo->count(); ++i) {
        const QString result = m_resultCombo->itemData(i).toString();
        m_resultCombo->setItemText(i, result.isEmpty() ? tr("All results") : HistoryModel::resultName(result));
    }
    m_refreshButton->setToolTip(tr("Read the history file again"));
    m_refreshButton->setAccessibleName(tr("Refresh history"));
    m_table->setAccessibleName(tr("Pipeline history"));
    m_table->setAccessibleDescription(tr("Every build, rollout, promotion, rollback and pin, newest first"));
    m_details->setAccessibleName(tr("Operation details"));
    m_log->setAccessibleName(tr("Operation log"));
    m_runAgain->setText(tr("Run again"));
    m_copyDigest->setText(tr("Copy digest"));
    m_copyLog->setText(tr("Copy log"));
    m_copyLog->setToolTip(tr("Copy the operation's log to the clipboard"));
    m_detailsPlaceholder->setText(tr("Select an operation to see every field and its log."));
    for (const Field &field : fields)
        m_fieldNames.value(QString::fromLatin1(field.key))->setText(tr("%1:").arg(tr(field.label)));
    updateMessage();
    updateRunAgain();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, HistoryModel::ColumnCount - 1);
        onCurrentChanged();
    }
    QWidget::changeEvent(event);
}

void HistoryView::setHistoryPath(const QString &path)
{
    const QString resolved = path.isEmpty() ? History::defaultPath() : path;
    if (resolved == m_model->path())
        return;
    m_pendingSelection = 0;
    m_model->setPath(resolved);
}

QString HistoryView::historyPath() const
{
    return m_model->path();
}

void HistoryView::setStages(const QStringList &stages)
{
    m_profileStages = stages;
    fillStageFilter();
}

void HistoryView::fillStageFilter()
{
    QStringList stages = m_profileStages;
    for (const QString &stage : m_model->stages()) {
        if (!stages.contains(stage))
            stages.append(stage);
    }
    QStringList current;
    for (int i = 1; i < m_stageCombo->count(); ++i)
        current.append(m_stageCombo->itemData(i).toString());
    if (current == stages)
        return;
    const QString selected = m_stageCombo->currentData().toString();
    const QSignalBlocker blocker(m_stageCombo);
    while (m_stageCombo->count() > 1)
        m_stageCombo->removeItem(1);
    for (const QString &stage : stages)
        m_stageCombo->addItem(stage, stage);
    const int index = m_stageCombo->findData(selected);
    m_stageCombo->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_filter->setStage({});
}

void HistoryView::refresh()
{
    m_model->refresh();
}

void HistoryView::clearFilters()
{
    m_filterEdit->clear();
    m_kindCombo->setCurrentIndex(0);
    m_stageCombo->setCurrentIndex(0);
    m_resultCombo->setCurrentIndex(0);
}

qint64 HistoryView::selectedOperation() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(HistoryModel::IdRole).toLongLong();
}

void HistoryView::selectOperation(qint64 id)
{
    if (id <= 0)
        return;
    if (trySelect(id))
        return;
    // A marker or event can name an operation written since the last read.
    m_pendingSelection = id;
    m_model->refresh();
}

bool HistoryView::trySelect(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        clearFilters();
        index = m_filter->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            return false;
    }
    m_pendingSelection = 0;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void HistoryView::onRefreshed()
{
    fillStageFilter();
    updateMessage();
    if (m_pendingSelection != 0)
        trySelect(m_pendingSelection);
    // The selected operation may have moved on (finished, more log lines).
    if (const qint64 id = selectedOperation()) {
        showEntry(m_model->entryAt(m_model->rowOf(id)), false);
        m_model->requestDetails(id);
    }
    updateRunAgain();
}

void HistoryView::onCurrentChanged()
{
    const qint64 id = selectedOperation();
    const int row = m_model->rowOf(id);
    const bool any = row >= 0;
    m_detailsPlaceholder->setVisible(!any);
    for (const Field &field : fields)
        setFieldVisible(QString::fromLatin1(field.key), false);
    if (any) {
        if (id != m_shownId) {
            m_log->clear();
            m_copyLog->setEnabled(false);
            m_log->setPlaceholderText(tr("Reading the log…"));
        }
        showEntry(m_model->entryAt(row), false);
        m_model->requestDetails(id);
    } else {
        m_shownId = 0;
        m_log->clear();
        m_copyLog->setEnabled(false);
        m_log->setPlaceholderText(tr("The log of the selected operation appears here."));
    }
    updateRunAgain();
}

void HistoryView::showEntry(const HistoryEntry &entry, bool withLog)
{
    const QLocale locale;
    auto set = [this](const char *key, const QString &value) {
        m_fields.value(QString::fromLatin1(key))->setText(value);
        setFieldVisible(QString::fromLatin1(key), !value.isEmpty());
    };
    m_detailsPlaceholder->hide();
    set("operation", tr("#%1 %2").arg(entry.id).arg(HistoryModel::kindName(entry.kind)));
    set("stages", HistoryModel::stagesText(entry));
    set("result", HistoryModel::resultName(entry.result));
    set("reason", entry.reason);
    set("error", entry.error);
    set("digest", entry.digest());
    set("previous", entry.previousDigest);
    QStringList artifacts;
    for (auto it = entry.release.artifacts.cbegin(); it != entry.release.artifacts.cend(); ++it)
        artifacts.append(tr("%1: %2").arg(it.key(), it.value()));
    set("artifacts", artifacts.join(QLatin1Char('\n')));
    set("commit", entry.release.sourceCommit);
    set("build", entry.release.buildNumber > 0 ? QString::number(entry.release.buildNumber) : QString());
    set("user", entry.user);
    set("started", HistoryModel::timeText(entry.startedAt));
    set("finished", HistoryModel::timeText(entry.finishedAt));
    set("duration", entry.result == History::Running ? QString() : HistoryModel::durationText(entry));
    set("pid", entry.pid > 0 ? QString::number(entry.pid) : QString());
    m_shownId = entry.id;
    if (withLog) {
        m_log->setPlaceholderText(entry.result == History::Running
                                      ? tr("No log lines yet.")
                                      : tr("No log lines were recorded for this operation."));
        showLog(entry.log);
    }
}

void HistoryView::setFieldVisible(const QString &key, bool visible)
{
    m_fields.value(key)->setVisible(visible);
    m_fieldNames.value(key)->setVisible(visible);
}

void HistoryView::showLog(const QStringList &lines)
{
    const QString text = lines.join(QLatin1Char('\n'));
    if (text == m_log->toPlainText())
        return;
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool follow = m_log->document()->isEmpty() || bar->value() >= bar->maximum();
    const int position = bar->value();
    m_log->setPlainText(text);
    bar->setValue(follow ? bar->maximum() : position);
    m_copyLog->setEnabled(!text.isEmpty());
}

void HistoryView::updateRunAgain()
{
    if (!m_runAgain)
        return;
    const int row = m_model->rowOf(selectedOperation());
    QString why;
    bool enabled = false;
    if (row < 0) {
        why = tr("Select an operation to run it again.");
    } else {
        const HistoryEntry &entry = m_model->entryAt(row);
        if (entry.result == History::Running) {
            why = tr("Operation #%1 is still running.").arg(entry.id);
        } else if (entry.kind == QLatin1String("playbook")) {
            why = tr("A playbook run is repeated from the Playbooks dock (Run again).");
        } else if (!runnableKinds.contains(entry.kind)) {
            why = tr("A %1 is not run again from the history; use the stage's actions.")
                      .arg(HistoryModel::kindName(entry.kind).toLower());
        } else if (entry.kind != QLatin1String("build") && entry.digest().isEmpty()) {
            why = tr("Operation #%1 recorded no digest, so there is nothing to roll out again.").arg(entry.id);
        } else {
            enabled = true;
            if (entry.kind == QLatin1String("build"))
                why = tr("Build again from the same sources.");
            else if (entry.kind == QLatin1String("promote"))
                why = tr("Promote %1 from %2 to %3 again.")
                          .arg(Release::shortDigest(entry.digest()), entry.fromStage, entry.stage);
            else
                why = tr("%1 %2 to %3 again.")
                          .arg(HistoryModel::kindName(entry.kind), Release::shortDigest(entry.digest()), entry.stage);
        }
    }
    m_runAgain->setEnabled(enabled);
    m_runAgain->setToolTip(why);
    m_runAgain->setStatusTip(why);
    m_copyDigest->setEnabled(row >= 0 && !m_model->entryAt(row).digest().isEmpty());
}

void HistoryView::updateMessage()
{
    if (!m_banner)
        return;
    QString text;
    QIcon icon;
    switch (m_model->status()) {
    case HistoryModel::Status::Unreadable:
        text = m_model->errorString();
        icon = statusIcon(StatusMark::Warning);
        break;
    case HistoryModel::Status::Missing:
        text = tr("No operations recorded yet: %1 is created by the first build, rollout or pin, from this "
                  "window or from “antler pipeline”.")
                   .arg(m_model->path());
        icon = statusIcon(StatusMark::Info);
        break;
    case HistoryModel::Status::Loading:
        text = tr("Reading the pipeline history %1…").arg(m_model->path());
        icon = statusIcon(StatusMark::Running);
        break;
    case HistoryModel::Status::Ready:
        if (m_model->rowCount() == 0) {
            text = tr("No operations recorded yet in %1.").arg(m_model->path());
            icon = statusIcon(StatusMark::Info);
        } else if (m_filter->rowCount() == 0) {
            text = tr("No operation matches the filters; clear them to see every operation.");
            icon = statusIcon(StatusMark::Info);
        }
        break;
    }
    m_bannerText->setText(text);
    const int size = fontMetrics().height();
    m_bannerIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_banner->setVisible(!text.isEmpty());
    m_banner->setAccessibleName(text);
}

QString HistoryView::message() const
{
    return m_banner->isVisibleTo(this) ? m_bannerText->text() : QString();
}

QString HistoryView::detailsText() const
{
    QStringList lines;
    if (m_shownId == 0)
        return {};
    for (const Field &field : fields) {
        QLabel *value = m_fields.value(QString::fromLatin1(field.key));
        if (!value->isHidden())
            lines.append(tr("%1: %2").arg(tr(field.label), value->text()));
    }
    lines.append(QString());
    lines.append(m_log->toPlainText());
    return lines.join(QLatin1Char('\n'));
}

void HistoryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_runAgain);
    menu->addAction(m_copyDigest);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace antler::gui
