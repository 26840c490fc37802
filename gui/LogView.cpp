#include "LogView.h"

#include "LogListView.h"
#include "LogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

quint32 maskOf(const QList<LogResult> &results)
{
    quint32 mask = 0;
    for (LogResult result : results)
        mask |= 1u << int(result);
    return mask;
}

QList<LogResult> resultsOf(quint32 mask)
{
    QList<LogResult> results;
    for (int i = 0; i < LogResultCount; ++i) {
        if (mask & (1u << i))
            results.append(LogResult(i));
    }
    return results;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus); // reachable with Tab like any button
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_ownModel(new LogModel(this))
{
    setAccessibleName(tr("Log"));
    m_list = new LogListView(this);
    createActions();

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_model)
            m_model->setSearchText(text);
        m_list->setCurrentMatchRow(-1);
        updateMatchLabel();
    });

    auto *previous = new QToolButton;
    previous->setDefaultAction(m_previousAction);
    previous->setArrowType(Qt::UpArrow);
    previous->setAutoRaise(true);
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton;
    next->setDefaultAction(m_nextAction);
    next->setArrowType(Qt::DownArrow);
    next->setAutoRaise(true);
    next->setAccessibleName(tr("Next match"));

    m_matchLabel = new QLabel(this);
    m_matchLabel->setAccessibleName(tr("Matches"));
    m_matchLabel->setMinimumWidth(m_matchLabel->fontMetrics().horizontalAdvance(tr("99,999 of 99,999")));

    m_hosts = new QComboBox(this);
    m_hosts->setAccessibleName(tr("Show the lines of host"));
    m_hosts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hosts->setMinimumContentsLength(8);
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_hosts);
    connect(m_hosts, &QComboBox::activated, this,
            [this](int index) { setHostFilter(m_hosts->itemData(index).toString()); });

    m_results = new QComboBox(this);
    m_results->setAccessibleName(tr("Show the lines with result"));
    m_results->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_results->setMinimumContentsLength(11);
    m_results->addItem(tr("All results"), 0u);
    for (LogResult result : {LogResult::Ok, LogResult::Changed, LogResult::Failed, LogResult::Unreachable,
                             LogResult::Skipped, LogResult::Rescued, LogResult::Ignored})
        m_results->addItem(resultName(result), maskOf({result}));
    m_results->addItem(tr("failed or unreachable"), maskOf({LogResult::Failed, LogResult::Unreachable}));
    auto *resultLabel = new QLabel(tr("&Result:"), this);
    resultLabel->setBuddy(m_results);
    connect(m_results, &QComboBox::activated, this,
            [this](int index) { setResultFilter(resultsOf(m_results->itemData(index).toUInt())); });

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Log status"));
    m_status->hide();

    // A tool bar, not a row layout: in a narrow dock the controls that do
    // not fit move into its extension menu instead of widening the dock.
    auto *bar = new QToolBar(this);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Log tools"));
    bar->addWidget(m_search);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_matchLabel);
    bar->addSeparator();
    bar->addWidget(hostLabel);
    bar->addWidget(m_hosts);
    bar->addWidget(resultLabel);
    bar->addWidget(m_results);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    const QList<QToolButton *> buttons {toolButton(m_followAction, bar), toolButton(m_copyAction, bar),
                                        toolButton(m_saveAction, bar), toolButton(m_clearAction, bar)};
    for (QToolButton *button : buttons)
        bar->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_list);
    // Tab goes through the bar from left to right and then into the lines.
    QWidget *order[] = {m_search, previous, next, m_hosts, m_results};
    for (std::size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);
    QWidget *last = m_results;
    for (QToolButton *button : buttons) {
        setTabOrder(last, button);
        last = button;
    }
    setTabOrder(last, m_list);

    connect(m_list, &LogListView::followingChanged, m_followAction, &QAction::setChecked);
    setModel(nullptr);
}

LogView::~LogView()
{
    // The own model dies with the children, after this body: it must not
    // call back into a view that is half gone.
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
}

void LogView::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        // Only while the focus is in this log: a window may hold several.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_findAction = make(tr("&Search"), QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_nextAction = make(tr("&Next Match"), QKeySequence::FindNext);
    connect(m_nextAction, &QAction::triggered, this, &LogView::findNext);
    m_previousAction = make(tr("&Previous Match"), QKeySequence::FindPrevious);
    connect(m_previousAction, &QAction::triggered, this, &LogView::findPrevious);
    m_followAction = make(tr("&Follow"), {});
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setToolTip(tr("Keep showing the newest lines (End)"));
    connect(m_followAction, &QAction::toggled, m_list, &LogListView::setFollowing);
    m_copyAction = make(tr("&Copy"), QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected lines"));
    connect(m_copyAction, &QAction::triggered, this, &LogView::copy);
    m_saveAction = make(tr("Sa&ve…"), QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the shown lines with their times to a file"));
    connect(m_saveAction, &QAction::triggered, this, &LogView::chooseSaveFile);
    m_clearAction = make(tr("C&lear"), {});
    m_clearAction->setToolTip(tr("Remove every line from this log"));
    connect(m_clearAction, &QAction::triggered, this, &LogView::clear);

    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_copyAction, m_followAction, m_saveAction});
}

void LogView::setModel(LogModel *model)
{
    if (!model)
        model = m_ownModel;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    // The search and filters the user set apply to the log now shown.
    const QString host = m_model ? m_model->hostFilter() : QString();
    const QList<LogResult> results = m_model ? m_model->resultFilter() : QList<LogResult>();
    m_model = model;
    model->setHostFilter(host);
    model->setResultFilter(results);
    model->setSearchText(m_search->text());
    m_list->setModel(model);
    m_connections = {
        connect(model, &LogModel::hostsChanged, this, &LogView::updateHosts),
        connect(model, &LogModel::matchesChanged, this, &LogView::updateMatchLabel),
        connect(model, &LogModel::searchFinished, this, &LogView::updateMatchLabel),
    };
    if (model != m_ownModel)
        m_connections.append(connect(model, &QObject::destroyed, this, [this] { setModel(nullptr); }));
    updateHosts();
    updateMatchLabel();
    m_followAction->setChecked(m_list->isFollowing());
}

LogModel *LogView::model() const
{
    return m_model;
}

void LogView::appendLine(const QString &text, const QString &host, LogResult result, qint64 msecs)
{
    m_model->append(LogLine {text, host, result, msecs});
}

void LogView::appendLines(const QList<LogLine> &lines)
{
    m_model->append(lines);
}

void LogView::flush()
{
    m_model->flush();
}

void LogView::clear()
{
    m_model->clear();
    m_list->setFollowing(true);
    m_status->hide();
}

qsizetype LogView::lineCount() const
{
    return m_model->lineCount();
}

qsizetype LogView::visibleLineCount() const
{
    return m_model->rowCount();
}

void LogView::setSearchText(const QString &text)
{
    m_search->setText(text); // textChanged searches
}

QString LogView::searchText() const
{
    return m_model->searchText();
}

qsizetype LogView::matchCount() const
{
    return m_model->matchCount();
}

bool LogView::isSearching() const
{
    return m_model->isSearching();
}

void LogView::findNext()
{
    find(true);
}

void LogView::findPrevious()
{
    find(false);
}

void LogView::find(bool forward)
{
    if (m_model->searchText().isEmpty()) {
        m_findAction->trigger();
        return;
    }
    qsizetype from = m_list->currentMatchRow();
    if (from < 0)
        from = m_list->currentRow();
    const qsizetype row = m_model->nextMatch(from, forward);
    if (row >= 0)
        m_list->setCurrentMatchRow(row);
    updateMatchLabel();
}

qsizetype LogView::currentMatchRow() const
{
    return m_list->currentMatchRow();
}

bool LogView::isRowVisible(qsizetype row) const
{
    return m_list->isRowVisible(row);
}

void LogView::setHostFilter(const QString &host)
{
    m_model->setHostFilter(host);
    const int index = m_hosts->findData(host);
    if (index >= 0)
        m_hosts->setCurrentIndex(index);
    updateMatchLabel();
}

QString LogView::hostFilter() const
{
    return m_model->hostFilter();
}

void LogView::setResultFilter(const QList<LogResult> &results)
{
    m_model->setResultFilter(results);
    const quint32 mask = maskOf(results);
    int index = m_results->findData(mask);
    if (index < 0) { // a set the menu does not offer: name it
        QStringList names;
        for (LogResult result : results)
            names.append(resultName(result));
        m_results->addItem(QLocale().createSeparatedList(names), mask);
        index = m_results->count() - 1;
    }
    m_results->setCurrentIndex(index);
    updateMatchLabel();
}

QList<LogResult> LogView::resultFilter() const
{
    return m_model->resultFilter();
}

bool LogView::isFollowing() const
{
    return m_list->isFollowing();
}

void LogView::setFollowing(bool following)
{
    m_list->setFollowing(following);
}

QString LogView::selectedText() const
{
    return m_list->selectedText();
}

void LogView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool LogView::save(const QString &path, QString *error)
{
    QString message;
    const bool saved = m_model->save(path, &message);
    if (saved) {
        showStatus(tr("Saved %1 lines to %2.").arg(QLocale().toString(m_model->rowCount()), path));
    } else {
        showStatus(message);
        Q_EMIT errorOccurred(message);
    }
    if (error)
        *error = message;
    return saved;
}

void LogView::chooseSaveFile()
{
    // Asynchronous: no nested event loop while lines keep streaming in.
    auto *dialog = new QFileDialog(this, tr("Save Log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Log files (*.log *.txt)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->selectFile(QStringLiteral("antler.log"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { save(path); });
    dialog->open();
}

void LogView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void LogView::updateHosts()
{
    const QString current = m_model->hostFilter();
    const QStringList hosts = m_model->hosts();
    QStringList wanted = hosts;
    // A filter for a host that has not written yet stays selectable.
    if (!current.isEmpty() && !hosts.contains(current))
        wanted.append(current);
    QStringList shown;
    for (int i = 1; i < m_hosts->count(); ++i)
        shown.append(m_hosts->itemData(i).toString());
    if (shown != wanted || m_hosts->count() == 0) {
        // Rebuilt rather than appended to: another model may be shown now.
        const QSignalBlocker blocker(m_hosts);
        m_hosts->clear();
        m_hosts->addItem(tr("All hosts"), QString());
        for (const QString &host : std::as_const(wanted))
            m_hosts->addItem(host, host);
    }
    m_hosts->setCurrentIndex(std::max(0, m_hosts->findData(current)));
}

void LogView::updateMatchLabel()
{
    QString text;
    const qsizetype count = m_model->matchCount();
    if (m_model->searchText().isEmpty())
        text.clear();
    else if (m_model->isSearching())
        text = tr("Searching…");
    else if (count == 0)
        text = tr("No matches");
    else if (const qsizetype row = m_list->currentMatchRow(); row >= 0)
        text = tr("%1 of %2").arg(QLocale().toString(m_model->matchIndex(row) + 1), QLocale().toString(count));
    else
        text = tr("%n matching lines", nullptr, int(std::min<qsizetype>(count, INT_MAX)));
    m_matchLabel->setText(text);
    m_nextAction->setEnabled(!m_model->searchText().isEmpty());
    m_previousAction->setEnabled(!m_model->searchText().isEmpty());
}

bool LogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString LogView::resultName(LogResult result)
{
    switch (result) {
    case LogResult::Ok:
        return tr("ok");
    case LogResult::Changed:
        return tr("changed");
    case LogResult::Failed:
        return tr("failed");
    case LogResult::Unreachable:
        return tr("unreachable");
    case LogResult::Skipped:
        return tr("skipped");
    case LogResult::Rescued:
        return tr("rescued");
    case LogResult::Ignored:
        return tr("ignored");
    case LogResult::None:
        break;
    }
    return tr("no result");
}

} // namespace antler::gui
