#include "PlaybooksView.h"

#include "AppSettings.h"
#include "LogModel.h"
#include "LogView.h"
#include "PlaybookLogFormatter.h"
#include "PlaybookResultsModel.h"
#include "StatusIcon.h"
#include "cli/ExtraVariables.h"
#include "inventory/Dict.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "playbook/AnsibleJson.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/TagFilter.h"
#include "playbook/YamlValue.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPolygonF>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <yaml-cpp/yaml.h>

namespace antler::gui {

namespace {

QString tagText(const QStringList &tags)
{
    return tags.isEmpty() ? QString() : QLatin1Char('[') + tags.join(QLatin1String(", ")) + QLatin1Char(']');
}

// A dropped file: a YAML list at the top is a playbook, anything else an inventory.
bool looksLikePlaybook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("yml") && suffix != QLatin1String("yaml"))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(4096).trimmed();
        if (line.isEmpty() || line.startsWith('#') || line == "---")
            continue;
        return line.startsWith("- ") || line == "-";
    }
    return false;
}

// A green play triangle, which both themes show clearly (the style's own is black).
QIcon playIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2e, 0x9d, 0x4f));
        const qreal m = size / 6.0;
        painter.drawPolygon(QPolygonF {QPointF(m * 1.3, m), QPointF(size - m, size / 2.0), QPointF(m * 1.3, size - m)});
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString htmlBlock(const QString &title, const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList || inventory::Dict::holds(value))
        return playbook::AnsibleJson::indented(value);
    return value.toString();
}

} // namespace

PlaybooksView::PlaybooksView(QWidget *parent)
    : QWidget(parent)
    , m_results(new PlaybookResultsModel(this))
    , m_logModel(new LogModel(this))
{
    setObjectName(QStringLiteral("playbooksView"));
    setAcceptDrops(true);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createFilesBar());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("playbooksSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QSplitter(Qt::Vertical, splitter);
    left->setChildrenCollapsible(false);
    left->addWidget(createPlanPanel());
    auto *scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The options scroll down, never sideways: their rows keep the width they need.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QWidget *options = createOptionsPanel();
    scroll->setWidget(options);
    scroll->setMinimumWidth(options->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    left->addWidget(scroll);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    splitter->addWidget(left);
    splitter->addWidget(createResultsPanel());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // The plan and its options get close to half the width: the task names and
    // the options' rows need it more than the results' counts do.
    splitter->setSizes({450, 550});
    layout->addWidget(splitter, 1);

    connect(m_results, &PlaybookResultsModel::finished, this, &PlaybooksView::onFinished);
    fillRecent();
    updateRunState();
}

PlaybooksView::~PlaybooksView() = default;

pipeline::Operation *PlaybooksView::currentOperation() const
{
    return m_operation;
}

void PlaybooksView::createActions()
{
    m_openPlaybook = new QAction(tr("Open &playbook…"), this);
    m_openPlaybook->setObjectName(QStringLiteral("openPlaybook"));
    m_openPlaybook->setStatusTip(tr("Choose the playbook to run (a YAML file with a list of plays)."));
    connect(m_openPlaybook, &QAction::triggered, this, &PlaybooksView::choosePlaybook);
    m_openInventory = new QAction(tr("Open &inventory…"), this);
    m_openInventory->setObjectName(QStringLiteral("openInventory"));
    m_openInventory->setStatusTip(tr("Choose the inventory the playbook runs against (INI or YAML, file or folder)."));
    connect(m_openInventory, &QAction::triggered, this, &PlaybooksView::chooseInventory);

    // A play mark: the running mark would say a run is going on when none is.
    m_run = new QAction(playIcon(), tr("&Run playbook"), this);
    m_run->setObjectName(QStringLiteral("runPlaybook"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_run, &QAction::triggered, this, [this] { run(); });
    m_runAgain = new QAction(tr("Run &again"), this);
    m_runAgain->setObjectName(QStringLiteral("runPlaybookAgain"));
    connect(m_runAgain, &QAction::triggered, this, [this] { runAgain(false); });
    m_runFailed = new QAction(tr("Run again on &failed hosts"), this);
    m_runFailed->setObjectName(QStringLiteral("runPlaybookOnFailedHosts"));
    connect(m_runFailed, &QAction::triggered, this, [this] { runAgain(true); });
    m_cancel = new QAction(statusIcon(StatusMark::Cancelled), tr("&Cancel run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPlaybook"));
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    for (QAction *action : {m_openPlaybook, m_openInventory, m_run, m_runAgain, m_runFailed, m_cancel})
        addAction(action);
}

QList<QAction *> PlaybooksView::actions() const
{
    return {m_openPlaybook, m_openInventory, m_run, m_runAgain, m_runFailed, m_cancel};
}

QWidget *PlaybooksView::createFilesBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addPicker = [&](const QString &label, QLineEdit **edit, QAction *action, const QString &name) {
        auto *caption = new QLabel(label, bar);
        *edit = new QLineEdit(bar);
        (*edit)->setObjectName(name);
        (*edit)->setPlaceholderText(tr("drop a file here or choose one"));
        (*edit)->setClearButtonEnabled(true);
        caption->setBuddy(*edit);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setText(tr("Choose…"));
        layout->addWidget(caption);
        layout->addWidget(*edit, 1);
        layout->addWidget(button);
        connect(*edit, &QLineEdit::editingFinished, this, &PlaybooksView::reload);
    };
    addPicker(tr("Play&book:"), &m_playbookEdit, m_openPlaybook, QStringLiteral("playbookPath"));
    addPicker(tr("In&ventory:"), &m_inventoryEdit, m_openInventory, QStringLiteral("inventoryPath"));
    m_recent = new QComboBox(bar);
    m_recent->setObjectName(QStringLiteral("recentPlaybooks"));
    m_recent->setAccessibleName(tr("Recent playbooks"));
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(14);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const QStringList pair = m_recent->itemData(index).toStringList();
        m_recent->setCurrentIndex(0);
        open(pair.value(0), pair.value(1));
    });
    layout->addWidget(m_recent);
    return bar;
}

QWidget *PlaybooksView::createPlanPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_planSummary = new QLabel(panel);
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_planSummary->setWordWrap(true);
    m_planSummary->setText(tr("Choose a playbook and an inventory, or drop them here."));
    layout->addWidget(m_planSummary);
    m_planStack = new QStackedWidget(panel);
    m_plan = new QTreeWidget(m_planStack);
    m_plan->setObjectName(QStringLiteral("playbookPlan"));
    m_plan->setAccessibleName(tr("Plays and tasks"));
    m_plan->setHeaderLabels({tr("Play / task"), tr("Tags"), tr("Where")});
    m_plan->setUniformRowHeights(true);
    // The task's name gets the room; tags and where are short, and the user can widen them.
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plan->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_plan->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_plan->header()->setStretchLastSection(false);
    m_plan->header()->setMinimumSectionSize(40);
    m_plan->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_plan->setColumnWidth(2, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_planStack->addWidget(m_plan);

    auto *errors = new QSplitter(Qt::Vertical, m_planStack);
    m_errors = new QListWidget(errors);
    m_errors->setObjectName(QStringLiteral("playbookErrors"));
    m_errors->setAccessibleName(tr("Problems in the playbook"));
    m_errors->setWordWrap(true);
    connect(m_errors, &QListWidget::currentRowChanged, this, &PlaybooksView::showError);
    m_source = new QPlainTextEdit(errors);
    m_source->setObjectName(QStringLiteral("playbookSource"));
    m_source->setAccessibleName(tr("The file with the problem"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    errors->addWidget(m_errors);
    errors->addWidget(m_source);
    m_planStack->addWidget(errors);
    layout->addWidget(m_planStack, 1);
    return panel;
}

QWidget *PlaybooksView::createOptionsPanel()
{
    auto *panel = new QWidget(this);
    auto *form = new QFormLayout(panel);
    form->setContentsMargins(0, 4, 4, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_limit = new QLineEdit(panel);
    m_limit->setObjectName(QStringLiteral("playbookLimit"));
    m_limit->setPlaceholderText(tr("all hosts; or a pattern such as web:&staging"));
    m_limitHosts = new QLabel(panel);
    m_limitHosts->setObjectName(QStringLiteral("limitHosts"));
    m_limitHosts->setWordWrap(true);
    connect(m_limit, &QLineEdit::textChanged, this, [this] {
        updateLimitHosts();
        showPlan();
    });
    auto *limitBox = new QWidget(panel);
    auto *limitLayout = new QVBoxLayout(limitBox);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    limitLayout->setSpacing(2);
    limitLayout->addWidget(m_limit);
    limitLayout->addWidget(m_limitHosts);
    form->addRow(tr("&Limit:"), limitBox);

    auto *tagsRow = new QWidget(panel);
    auto *tagsLayout = new QHBoxLayout(tagsRow);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    const auto tagRow = [&](QLineEdit **edit, QToolButton **button, const QString &name) {
        QWidget *row = tagsRow;
        QHBoxLayout *rowLayout = tagsLayout;
        *edit = new QLineEdit(row);
        (*edit)->setObjectName(name);
        (*edit)->setPlaceholderText(tr("comma-separated"));
        *button = new QToolButton(row);
        (*button)->setText(tr("Pick"));
        (*button)->setPopupMode(QToolButton::InstantPopup);
        (*button)->setMenu(new QMenu(*button));
        (*button)->setAccessibleName(tr("Pick from the playbook's tags"));
        QToolButton *picker = *button;
        QLineEdit *target = *edit;
        connect(picker->menu(), &QMenu::aboutToShow, this, [this, picker, target] { fillTagMenu(picker, target); });
        connect(*edit, &QLineEdit::textChanged, this, &PlaybooksView::showPlan);
        rowLayout->addWidget(*edit, 1);
        rowLayout->addWidget(*button);
    };
    tagRow(&m_tags, &m_tagsButton, QStringLiteral("playbookTags"));
    tagsLayout->addSpacing(8);
    auto *skipLabel = new QLabel(tr("S&kip:"), tagsRow);
    tagsLayout->addWidget(skipLabel);
    tagRow(&m_skipTags, &m_skipTagsButton, QStringLiteral("playbookSkipTags"));
    skipLabel->setBuddy(m_skipTags);
    m_skipTags->setToolTip(tr("Skip tags: tasks with one of these tags do not run."));
    form->addRow(tr("&Tags:"), tagsRow);

    auto *vars = new QWidget(panel);
    auto *varsLayout = new QVBoxLayout(vars);
    varsLayout->setContentsMargins(0, 0, 0, 0);
    varsLayout->setSpacing(2);
    m_extraVars = new QTableWidget(0, 2, vars);
    m_extraVars->setObjectName(QStringLiteral("playbookExtraVars"));
    m_extraVars->setAccessibleName(tr("Extra variables"));
    m_extraVars->setHorizontalHeaderLabels({tr("Name"), tr("Value (text, or YAML/JSON)")});
    m_extraVars->horizontalHeader()->setStretchLastSection(true);
    m_extraVars->verticalHeader()->hide();
    m_extraVars->setMinimumHeight(56);
    m_extraVars->setMaximumHeight(110);
    varsLayout->addWidget(m_extraVars);
    auto *varsButtons = new QHBoxLayout;
    auto *addVar = new QPushButton(tr("Add"), vars);
    connect(addVar, &QPushButton::clicked, this, [this] {
        m_extraVars->insertRow(m_extraVars->rowCount());
        m_extraVars->setCurrentCell(m_extraVars->rowCount() - 1, 0);
    });
    auto *removeVar = new QPushButton(tr("Remove"), vars);
    connect(removeVar, &QPushButton::clicked, this, [this] {
        if (m_extraVars->currentRow() >= 0)
            m_extraVars->removeRow(m_extraVars->currentRow());
    });
    auto *pasteVars = new QPushButton(tr("From YAML/JSON…"), vars);
    pasteVars->setObjectName(QStringLiteral("pasteExtraVars"));
    connect(pasteVars, &QPushButton::clicked, this, [this] {
        // Window-modal and asynchronous: no nested event loop.
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("extraVarsDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Extra variables from YAML or JSON"));
        auto *dialogLayout = new QVBoxLayout(dialog);
        dialogLayout->addWidget(new QLabel(tr("A mapping of names to values, e.g. {\"name\": \"value\"} or one "
                                              "“name: value” per line:"),
                                           dialog));
        auto *text = new QPlainTextEdit(dialog);
        dialogLayout->addWidget(text);
        auto *problem = new QLabel(dialog);
        problem->setWordWrap(true);
        dialogLayout->addWidget(problem);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        dialogLayout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, dialog, [this, text, problem, dialog] {
            QString error;
            if (addExtraVariables(text->toPlainText(), &error))
                dialog->accept();
            else
                problem->setText(error);
        });
        dialog->open();
    });
    varsButtons->addWidget(addVar);
    varsButtons->addWidget(removeVar);
    varsButtons->addWidget(pasteVars);
    varsButtons->addStretch(1);
    varsLayout->addLayout(varsButtons);
    form->addRow(tr("E&xtra vars:"), vars);

    auto *modes = new QHBoxLayout;
    m_check = new QCheckBox(tr("&Check (change nothing)"), panel);
    m_check->setObjectName(QStringLiteral("playbookCheck"));
    m_diff = new QCheckBox(tr("&Diff"), panel);
    m_diff->setObjectName(QStringLiteral("playbookDiff"));
    modes->addWidget(m_check);
    modes->addWidget(m_diff);

    QHBoxLayout *numbers = modes;
    numbers->addSpacing(12);
    m_forks = new QSpinBox(panel);
    m_forks->setObjectName(QStringLiteral("playbookForks"));
    m_forks->setRange(1, 200);
    m_forks->setValue(5);
    m_forks->setAccessibleName(tr("Forks"));
    m_verbosity = new QSpinBox(panel);
    m_verbosity->setObjectName(QStringLiteral("playbookVerbosity"));
    m_verbosity->setRange(0, 4);
    m_verbosity->setSpecialValueText(tr("normal"));
    m_verbosity->setPrefix(QStringLiteral("-"));
    m_verbosity->setSuffix(QStringLiteral("v"));
    m_verbosity->setAccessibleName(tr("Verbosity"));
    auto *forksLabel = new QLabel(tr("&Forks:"), panel);
    forksLabel->setBuddy(m_forks);
    auto *verbosityLabel = new QLabel(tr("&Verbosity:"), panel);
    verbosityLabel->setBuddy(m_verbosity);
    numbers->addWidget(forksLabel);
    numbers->addWidget(m_forks);
    numbers->addSpacing(12);
    numbers->addWidget(verbosityLabel);
    numbers->addWidget(m_verbosity);
    numbers->addStretch(1);
    form->addRow(tr("Mode:"), modes);

    m_startAt = new QComboBox(panel);
    m_startAt->setObjectName(QStringLiteral("playbookStartAtTask"));
    m_startAt->setEditable(true);
    m_startAt->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("Start at &task:"), m_startAt);
    return panel;
}

QWidget *PlaybooksView::createResultsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QToolBar(panel);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_run);
    bar->addAction(m_runAgain);
    bar->addAction(m_runFailed);
    bar->addAction(m_cancel);
    layout->addWidget(bar);
    m_state = new QLabel(panel);
    m_state->setObjectName(QStringLiteral("playbookRunState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);

    auto *splitter = new QSplitter(Qt::Vertical, panel);
    splitter->setChildrenCollapsible(false);
    m_resultsTree = new QTreeView(splitter);
    m_resultsTree->setObjectName(QStringLiteral("playbookResults"));
    m_resultsTree->setAccessibleName(tr("Results by play, task and host"));
    m_resultsTree->setModel(m_results);
    m_resultsTree->setUniformRowHeights(true);
    m_resultsTree->setAlternatingRowColors(true);
    m_resultsTree->header()->setSectionResizeMode(PlaybookResultsModel::NameColumn, QHeaderView::Stretch);
    m_resultsTree->header()->setSectionResizeMode(PlaybookResultsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_resultsTree->header()->setSectionResizeMode(PlaybookResultsModel::DurationColumn, QHeaderView::ResizeToContents);
    m_resultsTree->header()->setSectionResizeMode(PlaybookResultsModel::CountsColumn, QHeaderView::ResizeToContents);
    m_resultsTree->header()->setStretchLastSection(false);
    // New plays and tasks open as they arrive.
    connect(m_results, &QAbstractItemModel::rowsInserted, m_resultsTree, [this](const QModelIndex &parent) {
        if (!parent.isValid()
            || m_results->data(parent, PlaybookResultsModel::KindRole).toString() == QLatin1String("play"))
            m_resultsTree->expand(parent);
        if (parent.isValid())
            m_resultsTree->expand(parent.parent());
    });
    connect(m_resultsTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showResult(current); });
    splitter->addWidget(m_resultsTree);

    m_details = new QTabWidget(splitter);
    m_details->setObjectName(QStringLiteral("playbookDetails"));
    m_resultText = new QTextBrowser(m_details);
    m_resultText->setObjectName(QStringLiteral("hostResult"));
    m_resultText->setPlaceholderText(tr("Select a host in the results to see its message, output and diff."));
    m_details->addTab(m_resultText, tr("Result"));
    m_json = new QPlainTextEdit(m_details);
    m_json->setObjectName(QStringLiteral("hostResultJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->addTab(m_json, tr("JSON"));
    m_recap = new QStandardItemModel(0, 8, this);
    m_recap->setHorizontalHeaderLabels({tr("Host"), tr("ok"), tr("changed"), tr("unreachable"), tr("failed"),
                                        tr("skipped"), tr("rescued"), tr("ignored")});
    m_recapTable = new QTableView(m_details);
    m_recapTable->setObjectName(QStringLiteral("playbookRecap"));
    m_recapTable->setAccessibleName(tr("Play recap"));
    m_recapTable->setModel(m_recap);
    m_recapTable->verticalHeader()->hide();
    m_recapTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The counts as wide as their words, so all seven fit beside the host's name.
    m_recapTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recapTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_details->addTab(m_recapTable, tr("Recap"));
    m_log = new LogView(m_details);
    m_log->setObjectName(QStringLiteral("playbookLog"));
    m_log->setModel(m_logModel);
    m_details->addTab(m_log, tr("Log"));
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    return panel;
}

void PlaybooksView::setOperationManager(pipeline::OperationManager *manager, const QString &unavailableReason)
{
    m_manager = manager;
    m_unavailable = unavailableReason;
    if (manager) {
        connect(manager, &pipeline::OperationManager::operationChanged, this, [this](pipeline::Operation *operation) {
            if (operation == m_operation)
                updateRunState();
        });
    }
    updateRunState();
}

void PlaybooksView::setProfile(const QString &profile)
{
    m_profile = profile;
    fillRecent();
}

void PlaybooksView::fillRecent()
{
    m_recent->clear();
    m_recent->addItem(tr("Recent…"));
    for (const AppSettings::PlaybookPair &pair : AppSettings::recentPlaybooks(m_profile)) {
        const QString label = pair.inventory.isEmpty()
            ? QFileInfo(pair.playbook).fileName()
            : tr("%1 on %2").arg(QFileInfo(pair.playbook).fileName(), QFileInfo(pair.inventory).fileName());
        m_recent->addItem(label, QStringList {pair.playbook, pair.inventory});
        m_recent->setItemData(m_recent->count() - 1, pair.playbook + QLatin1Char('\n') + pair.inventory,
                              Qt::ToolTipRole);
    }
    m_recent->setEnabled(m_recent->count() > 1);
}

void PlaybooksView::choosePlaybook()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a playbook"), QFileInfo(playbookPath()).path(),
                                                      tr("Playbooks (*.yml *.yaml);;All files (*)"));
    if (!path.isEmpty())
        open(path, inventoryPath());
}

void PlaybooksView::chooseInventory()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open an inventory"), QFileInfo(inventoryPath()).path(),
                                       tr("Inventories (*.ini *.yml *.yaml *.cfg hosts);;All files (*)"));
    if (!path.isEmpty())
        open(playbookPath(), path);
}

void PlaybooksView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PlaybooksView::dropEvent(QDropEvent *event)
{
    QString playbook = playbookPath();
    QString inventory = inventoryPath();
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        if (looksLikePlaybook(url.toLocalFile()))
            playbook = url.toLocalFile();
        else
            inventory = url.toLocalFile();
    }
    event->acceptProposedAction();
    open(playbook, inventory);
}

QString PlaybooksView::playbookPath() const
{
    return m_playbookEdit->text().trimmed();
}

QString PlaybooksView::inventoryPath() const
{
    return m_inventoryEdit->text().trimmed();
}

void PlaybooksView::open(const QString &playbook, const QString &inventory)
{
    m_playbookEdit->setText(playbook);
    m_inventoryEdit->setText(inventory);
    reload();
}

void PlaybooksView::reload()
{
    // Parsing a playbook and its inventory reads files (roles, includes,
    // host_vars): on a worker thread, never the GUI's. Each pick has its
    // generation; an answer for an older pick is dropped, so the newest wins
    // whatever order the answers come in.
    const quint64 generation = ++m_previewGeneration;
    const QString playbook = playbookPath();
    const QString inventory = inventoryPath();
    if (playbook.isEmpty()) {
        m_previewPending = false;
        showPreview(playbook::PlaybookPreview(), false);
        return;
    }
    m_previewPending = true;
    m_planSummary->setText(tr("Reading %1…").arg(QFileInfo(playbook).fileName()));
    updateRunState();
    ++m_previewsRunning;
    QtConcurrent::run([playbook, inventory] {
        playbook::PlaybookPreview preview;
        preview.load(playbook, inventory);
        return preview;
    }).then(this, [this, generation](const playbook::PlaybookPreview &preview) {
        --m_previewsRunning;
        if (generation != m_previewGeneration)
            return;
        m_previewPending = false;
        showPreview(preview, true);
    });
}

void PlaybooksView::showPreview(const playbook::PlaybookPreview &preview, bool loaded)
{
    m_preview = preview;
    m_previewLoaded = loaded;
    const QString current = m_startAt->currentText();
    m_startAt->clear();
    m_startAt->addItem(QString());
    m_startAt->addItems(m_preview.taskNames());
    m_startAt->setCurrentText(current);
    if (!m_preview.errors().isEmpty() || !m_preview.inventoryProblem().isEmpty())
        showErrors();
    else
        showPlan();
    updateLimitHosts();
    updateRunState();
    Q_EMIT previewShown();
}

QString PlaybooksView::shortLocation(const playbook::SourceLocation &location) const
{
    // Beside the playbook: its name; in a role: roles/…/tasks/main.yml. The full path is the tooltip.
    const QString folder = QFileInfo(m_preview.playbook().path).absolutePath();
    const QString relative = QDir(folder).relativeFilePath(location.file());
    const QString file = relative.startsWith(QLatin1String("../")) ? location.file() : relative;
    return QStringLiteral("%1:%2").arg(file).arg(location.line());
}

void PlaybooksView::showPlan()
{
    if (!m_previewLoaded) {
        m_plan->clear();
        m_planSummary->setText(tr("Choose a playbook and an inventory, or drop them here."));
        m_planStack->setCurrentIndex(0);
        return;
    }
    if (!m_preview.errors().isEmpty() || !m_preview.inventoryProblem().isEmpty())
        return;
    m_planStack->setCurrentIndex(0);
    m_plan->clear();
    const QStringList tags = playbook::TagFilter::split({m_tags->text()});
    const QStringList skipTags = playbook::TagFilter::split({m_skipTags->text()});
    const QList<playbook::PlaybookPreview::PlayEntry> plays = m_preview.plays(tags, skipTags);
    int taskCount = 0;
    for (int index = 0; index < plays.size(); ++index) {
        const playbook::PlaybookPreview::PlayEntry &play = plays.at(index);
        auto *item = new QTreeWidgetItem(
            m_plan, {tr("PLAY %1").arg(play.name), tagText(play.tags), shortLocation(play.location)});
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, play.location.toString());
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        QString warning;
        const QStringList hosts = m_preview.hosts(index, m_limit->text(), &warning);
        auto *hostsItem = new QTreeWidgetItem(
            item,
            {hosts.isEmpty() ? tr("Hosts: none match “%1”").arg(play.pattern)
                             : tr("Hosts (%1): %2").arg(hosts.size()).arg(hosts.join(QLatin1String(", "))),
             QString(), tr("pattern %1").arg(play.pattern)});
        hostsItem->setData(0, Qt::UserRole, hosts);
        for (const playbook::PlaybookPreview::TaskEntry &task : play.tasks) {
            const QString name = task.role.isEmpty() ? task.name : tr("%1 : %2").arg(task.role, task.name);
            auto *taskItem = new QTreeWidgetItem(item, {name, tagText(task.tags), shortLocation(task.location)});
            taskItem->setToolTip(0, name);
            taskItem->setToolTip(1, taskItem->text(1));
            taskItem->setToolTip(2, task.location.toString());
        }
        taskCount += int(play.tasks.size());
        item->setExpanded(true);
    }
    m_planSummary->setText(
        tr("%1: %n play(s)", nullptr, int(plays.size())).arg(QFileInfo(m_preview.playbook().path).fileName())
        + tr(", %n task(s) selected", nullptr, taskCount));
}

void PlaybooksView::showErrors()
{
    m_planStack->setCurrentIndex(1);
    m_errors->clear();
    if (!m_preview.inventoryProblem().isEmpty()) {
        auto *item = new QListWidgetItem(statusIcon(StatusMark::Failed), m_preview.inventoryProblem(), m_errors);
        item->setData(Qt::UserRole, inventoryPath());
        item->setData(Qt::UserRole + 1, 0);
    }
    for (const playbook::PlaybookError &error : m_preview.errors()) {
        auto *item = new QListWidgetItem(statusIcon(StatusMark::Failed), error.toString(), m_errors);
        item->setData(Qt::UserRole, error.location().file());
        item->setData(Qt::UserRole + 1, error.location().line());
        item->setData(Qt::UserRole + 2, error.location().column());
    }
    const int count = m_errors->count();
    m_planSummary->setText(
        tr("%n problem(s) to fix before this playbook can run; nothing was contacted.", nullptr, count));
    m_errors->setCurrentRow(0);
    showError(0);
}

void PlaybooksView::showError(int row)
{
    QListWidgetItem *item = m_errors->item(row);
    if (!item) {
        m_source->clear();
        return;
    }
    const QString file = item->data(Qt::UserRole).toString();
    const int line = item->data(Qt::UserRole + 1).toInt();
    QFile source(file);
    if (!QFileInfo(file).isFile() || !source.open(QIODevice::ReadOnly)) {
        m_source->setPlainText(QString());
        m_source->setExtraSelections({});
        return;
    }
    if (m_source->property("file").toString() != file) {
        m_source->setPlainText(QString::fromUtf8(source.read(4 * 1024 * 1024)));
        m_source->setProperty("file", file);
    }
    QList<QTextEdit::ExtraSelection> selections;
    if (line > 0) {
        QTextEdit::ExtraSelection selection;
        const QTextBlock block = m_source->document()->findBlockByNumber(line - 1);
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(palette().color(QPalette::Highlight));
        selection.format.setForeground(palette().color(QPalette::HighlightedText));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            qMax(0, item->data(Qt::UserRole + 2).toInt() - 1));
        m_source->setTextCursor(cursor);
        m_source->centerCursor();
    }
    m_source->setExtraSelections(selections);
}

void PlaybooksView::updateLimitHosts()
{
    const QString limit = m_limit->text().trimmed();
    if (!m_previewLoaded || !m_preview.inventoryProblem().isEmpty()) {
        m_limitHosts->clear();
        return;
    }
    QString warning;
    const QStringList hosts = m_preview.limitHosts(limit, &warning);
    if (limit.isEmpty())
        m_limitHosts->setText(tr("All %n host(s) of the inventory.", nullptr, int(hosts.size())));
    else if (hosts.isEmpty())
        m_limitHosts->setText(tr("No host matches “%1”; nothing would run.").arg(limit));
    else
        m_limitHosts->setText(tr("Matches %1.").arg(hosts.join(QLatin1String(", "))));
}

void PlaybooksView::fillTagMenu(QToolButton *button, QLineEdit *edit)
{
    QMenu *menu = button->menu();
    menu->clear();
    const QStringList chosen = playbook::TagFilter::split({edit->text()});
    const QStringList tags = m_preview.allTags();
    if (tags.isEmpty()) {
        menu->addAction(tr("The playbook has no tags"))->setEnabled(false);
        return;
    }
    for (const QString &tag : tags) {
        QAction *action = menu->addAction(tag);
        action->setCheckable(true);
        action->setChecked(chosen.contains(tag));
        connect(action, &QAction::toggled, edit, [edit, tag](bool on) {
            QStringList list = playbook::TagFilter::split({edit->text()});
            list.removeAll(tag);
            if (on)
                list.append(tag);
            edit->setText(list.join(QLatin1Char(',')));
        });
    }
}

bool PlaybooksView::addExtraVariables(const QString &text, QString *error)
{
    QVariantMap variables;
    const QString trimmed = text.trimmed();
    // A YAML mapping ("name: value" lines, or JSON) first; anything else is
    // what -e takes (name=value words, @file).
    bool read = false;
    if (!trimmed.startsWith(QLatin1Char('@'))) {
        try {
            const YAML::Node node = YAML::Load(trimmed.toStdString());
            if (node.IsMap()) {
                variables = playbook::YamlValue::toVariant(node).toMap();
                read = true;
            }
        } catch (const YAML::Exception &) {
            // Reported below with -e's own sentence.
        }
    }
    if (!read && !cli::ExtraVariables::parse(trimmed, &variables, error))
        return false;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        const int row = m_extraVars->rowCount();
        m_extraVars->insertRow(row);
        m_extraVars->setItem(row, 0, new QTableWidgetItem(it.key()));
        const QVariant &value = it.value();
        const bool structured = value.typeId() == QMetaType::QVariantList || inventory::Dict::holds(value);
        m_extraVars->setItem(
            row, 1, new QTableWidgetItem(structured ? playbook::AnsibleJson::compact(value) : value.toString()));
    }
    return true;
}

bool PlaybooksView::runOptions(playbook::PlaybookRunOptions *options, QString *error) const
{
    options->playbook = playbookPath();
    options->inventory = inventoryPath();
    options->limit = m_limit->text().trimmed();
    options->tags = playbook::TagFilter::split({m_tags->text()});
    options->skipTags = playbook::TagFilter::split({m_skipTags->text()});
    options->checkMode = m_check->isChecked();
    options->diffMode = m_diff->isChecked();
    options->forks = m_forks->value();
    options->verbosity = m_verbosity->value();
    options->startAtTask = m_startAt->currentText().trimmed();
    options->extraVariables.clear();
    for (int row = 0; row < m_extraVars->rowCount(); ++row) {
        const QString name = m_extraVars->item(row, 0) ? m_extraVars->item(row, 0)->text().trimmed() : QString();
        const QString value = m_extraVars->item(row, 1) ? m_extraVars->item(row, 1)->text() : QString();
        if (name.isEmpty()) {
            if (value.trimmed().isEmpty())
                continue;
            *error = tr("The extra variable in row %1 has a value but no name; give it a name or remove the row.")
                         .arg(row + 1);
            return false;
        }
        // A value that starts like YAML/JSON structure is read as such, the rest is text (as -e k=v).
        const QString trimmed = value.trimmed();
        if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
            try {
                options->extraVariables.insert(name, playbook::YamlValue::toVariant(YAML::Load(trimmed.toStdString())));
            } catch (const YAML::Exception &exception) {
                *error = tr("The value of the extra variable “%1” is not valid YAML or JSON (%2); fix it or write it "
                            "as plain text.")
                             .arg(name, playbook::YamlValue::fromStd(exception.msg));
                return false;
            }
        } else {
            options->extraVariables.insert(name, value);
        }
    }
    return true;
}

void PlaybooksView::updateRunState()
{
    const bool running = m_operation && !m_operation->isFinished();
    QString refusal;
    if (!m_manager)
        refusal = m_unavailable.isEmpty() ? tr("Playbooks cannot run in this window.") : m_unavailable;
    else if (playbookPath().isEmpty())
        refusal = tr("Choose a playbook first.");
    else if (m_previewPending)
        refusal = tr("Reading the playbook and the inventory; Run is possible once they are read.");
    else if (!m_preview.inventoryProblem().isEmpty())
        refusal = tr("The inventory cannot be used; fix the problem shown and open it again.");
    else if (!m_preview.errors().isEmpty())
        refusal = tr("The playbook has %n problem(s); fix them and open it again.", nullptr,
                     int(m_preview.errors().size()));
    else if (running)
        refusal = tr("The playbook is running; cancel it or wait for it to finish.");
    m_runRefusal = refusal;
    m_run->setEnabled(refusal.isEmpty());
    const QString runTip = refusal.isEmpty() ? tr("Run the playbook with the options shown.") : refusal;
    m_run->setToolTip(runTip);
    m_run->setStatusTip(runTip);

    const bool ranBefore = !m_lastOptions.playbook.isEmpty();
    const bool canRepeat = m_manager && ranBefore && !running;
    m_runAgain->setEnabled(canRepeat);
    const QString againTip = !ranBefore ? tr("Run a playbook first.")
        : running                       ? tr("The playbook is running.")
                  : tr("Run %1 again with the same options.").arg(QFileInfo(m_lastOptions.playbook).fileName());
    m_runAgain->setToolTip(againTip);
    m_runAgain->setStatusTip(againTip);
    const QStringList failed = m_results->isFinished() ? m_results->failedHosts() : QStringList();
    m_runFailed->setEnabled(canRepeat && !failed.isEmpty());
    const QString failedTip = !canRepeat ? againTip
        : failed.isEmpty()               ? tr("No host failed in the last run.")
                                         : tr("Run again on %1 only.").arg(failed.join(QLatin1String(", ")));
    m_runFailed->setToolTip(failedTip);
    m_runFailed->setStatusTip(failedTip);
    const bool cancellable = running && !m_operation->isCancelRequested();
    m_cancel->setEnabled(cancellable);
    const QString cancelTip = cancellable ? tr("Stop the run on every host now.") : tr("No playbook is running.");
    m_cancel->setToolTip(cancelTip);
    m_cancel->setStatusTip(cancelTip);

    if (m_operation)
        m_state->setText(tr("%1: %2").arg(m_operation->title(), m_operation->step()));
    else
        m_state->setText(refusal);
}

pipeline::Operation *PlaybooksView::run()
{
    // The run reads the files again itself (PlaybookJob): one changed since
    // it was opened runs as it is now, or says what is wrong with it.
    if (!m_runRefusal.isEmpty())
        return nullptr;
    playbook::PlaybookRunOptions options;
    QString error;
    if (!runOptions(&options, &error)) {
        m_state->setText(error);
        return nullptr;
    }
    return start(options);
}

pipeline::Operation *PlaybooksView::runAgain(bool failedHostsOnly)
{
    if (!m_runAgain->isEnabled() || (failedHostsOnly && !m_runFailed->isEnabled()))
        return nullptr;
    playbook::PlaybookRunOptions options = m_lastOptions;
    if (failedHostsOnly)
        options.limit = m_results->failedHosts().join(QLatin1Char(':'));
    return start(options);
}

pipeline::Operation *PlaybooksView::start(const playbook::PlaybookRunOptions &options)
{
    if (!m_manager)
        return nullptr;
    m_lastOptions = options;
    m_results->clear();
    m_recap->removeRows(0, m_recap->rowCount());
    m_logModel->clear();
    m_resultText->clear();
    m_json->clear();
    AppSettings::rememberPlaybook(m_profile, {options.playbook, options.inventory});
    fillRecent();

    pipeline::Operation::Request request;
    request.kind = pipeline::Operation::Kind::Playbook;
    request.playbook = options;
    pipeline::Operation *operation = m_manager->start(request);
    m_operation = operation;
    const PlaybookLogFormatter formatter(options.verbosity);
    connect(operation, &pipeline::Operation::playbookEvent, this,
            [this, formatter](const playbook::PlaybookEvent &event) {
                m_results->addEvent(event);
                m_logModel->append(formatter.lines(event));
            });
    connect(operation, &pipeline::Operation::finished, this, [this, operation] {
        // An invalid run never reaches the recap: say why.
        m_results->flush();
        if (!m_results->isFinished())
            onFinished();
        Q_EMIT runFinished(operation);
    });
    updateRunState();
    Q_EMIT runStarted(operation);
    return operation;
}

void PlaybooksView::onFinished()
{
    m_recap->removeRows(0, m_recap->rowCount());
    const QMap<QString, playbook::HostStats> &recap = m_results->recap();
    for (auto it = recap.cbegin(); it != recap.cend(); ++it) {
        const playbook::HostStats &stats = it.value();
        QList<QStandardItem *> row;
        auto *host = new QStandardItem(it.key());
        host->setIcon(statusIcon(stats.failed || stats.unreachable ? StatusMark::Failed
                                     : stats.changed               ? StatusMark::Changed
                                                                   : StatusMark::Succeeded));
        row.append(host);
        for (const int value :
             {stats.ok, stats.changed, stats.unreachable, stats.failed, stats.skipped, stats.rescued, stats.ignored}) {
            auto *item = new QStandardItem(QString::number(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row.append(item);
        }
        m_recap->appendRow(row);
    }
    if (!recap.isEmpty() && !m_resultsTree->currentIndex().isValid())
        m_details->setCurrentWidget(m_recapTable);
    updateRunState();
    if (m_operation && m_operation->isFinished())
        m_state->setText(tr("%1: %2").arg(m_operation->title(), m_operation->outcome().message));
}

void PlaybooksView::showResult(const QModelIndex &index)
{
    const PlaybookResultsModel::HostResult *result = m_results->hostResult(index);
    if (!result) {
        m_resultText->clear();
        m_json->clear();
        return;
    }
    const QVariantMap data = result->result.noLog ? result->result.displayed() : result->result.data;
    QString html = QStringLiteral("<h3>%1</h3><p>%2 — %3</p>")
                       .arg(result->host.toHtmlEscaped(), tr("%1 / %2").arg(result->play, result->task).toHtmlEscaped(),
                            PlaybookResultsModel::statusWord(result->status).toHtmlEscaped());
    html += htmlBlock(tr("Message"), valueText(data.value(QStringLiteral("msg"))));
    html += htmlBlock(tr("Standard output"), data.value(QStringLiteral("stdout")).toString());
    html += htmlBlock(tr("Standard error"), data.value(QStringLiteral("stderr")).toString());
    if (data.contains(QStringLiteral("diff")))
        html += htmlBlock(tr("Diff"), playbook::ConsolePrinter::diffText(data.value(QStringLiteral("diff"))));
    if (!result->items.isEmpty()) {
        QStringList items;
        for (const playbook::TaskResult &item : result->items) {
            items.append(tr("%1: %2").arg(item.itemLabel,
                                          PlaybookResultsModel::statusWord(PlaybookResultsModel::statusOf(item))));
        }
        html += htmlBlock(tr("Items"), items.join(QLatin1Char('\n')));
    }
    if (!result->output.isEmpty())
        html += htmlBlock(tr("Live output"), result->output.join(QLatin1Char('\n')));
    m_resultText->setHtml(html);
    m_json->setPlainText(playbook::AnsibleJson::indented(result->result.noLog ? QVariant(result->result.displayed())
                                                                              : QVariant(result->result.registered())));
    if (m_details->currentWidget() != m_json)
        m_details->setCurrentWidget(m_resultText);
}

} // namespace antler::gui
