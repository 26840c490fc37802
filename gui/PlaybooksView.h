#pragma once

#include "playbook/PlaybookPreview.h"
#include "playbook/PlaybookRunOptions.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace antler::pipeline {
class Operation;
class OperationManager;
} // namespace antler::pipeline

namespace antler::gui {

class LogModel;
class LogView;
class PlaybookResultsModel;

// The Playbooks view: pick a playbook and an inventory (dialogs, drag and
// drop, the recent pairs of this profile), see what the parser makes of them
// before anything runs — plays, tasks with role, tags and file:line, the
// hosts each play matches under the limit — or every problem as
// FILE:LINE:COLUMN with the line shown, and run it as an operation of the
// OperationManager with ansible-playbook's options. The run's events fill a
// live play → task → host tree, the recap and the shared log viewer; a host
// row opens its whole result. Run again (same options) and Run again on
// failed hosts (limited to them) repeat it; Cancel stops it on every host.
class PlaybooksView : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybooksView(QWidget *parent = nullptr);
    ~PlaybooksView() override;

    // Null: Run is disabled with the reason given.
    void setOperationManager(pipeline::OperationManager *manager, const QString &unavailableReason = {});
    // The profile whose recent pairs are shown and remembered.
    void setProfile(const QString &profile);

    // Shows what the parser makes of these files (re-read on every call, on
    // a worker thread: previewShown() says when; the newest call wins).
    void open(const QString &playbook, const QString &inventory);
    // Whether the files last opened are still being read (Run waits for them).
    bool isPreviewPending() const { return m_previewPending; }
    // How many reads have not answered yet, the dropped older ones included.
    int previewsRunning() const { return m_previewsRunning; }
    QString playbookPath() const;
    QString inventoryPath() const;
    // The options as the widgets say; false and one sentence when they cannot be used.
    bool runOptions(playbook::PlaybookRunOptions *options, QString *error) const;

    // Starts the run (as the Run action does); the operation, or null when Run is disabled.
    pipeline::Operation *run();
    pipeline::Operation *runAgain(bool failedHostsOnly);
    pipeline::Operation *currentOperation() const;
    // Why Run is disabled; empty when it is enabled.
    QString runRefusal() const { return m_runRefusal; }

    QAction *openPlaybookAction() const { return m_openPlaybook; }
    QAction *openInventoryAction() const { return m_openInventory; }
    QAction *runAction() const { return m_run; }
    QAction *runAgainAction() const { return m_runAgain; }
    QAction *runFailedAction() const { return m_runFailed; }
    QAction *cancelAction() const { return m_cancel; }
    QList<QAction *> actions() const;

    const playbook::PlaybookPreview &preview() const { return m_preview; }
    QTreeWidget *planTree() const { return m_plan; }
    QListWidget *errorList() const { return m_errors; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QLabel *limitHostsLabel() const { return m_limitHosts; }
    QLineEdit *limitEdit() const { return m_limit; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *skipTagsEdit() const { return m_skipTags; }
    QTableWidget *extraVarsTable() const { return m_extraVars; }
    QCheckBox *checkBox() const { return m_check; }
    QCheckBox *diffBox() const { return m_diff; }
    QSpinBox *forksBox() const { return m_forks; }
    QSpinBox *verbosityBox() const { return m_verbosity; }
    QComboBox *startAtTaskBox() const { return m_startAt; }
    QTreeView *resultsTree() const { return m_resultsTree; }
    PlaybookResultsModel *results() const { return m_results; }
    QTableView *recapTable() const { return m_recapTable; }
    QTextBrowser *resultView() const { return m_resultText; }
    QPlainTextEdit *jsonView() const { return m_json; }
    LogView *logView() const { return m_log; }
    QTabWidget *detailTabs() const { return m_details; }
    // Fills the extra variables table from YAML or JSON text (a mapping);
    // false and one sentence when it cannot be read.
    bool addExtraVariables(const QString &text, QString *error);

Q_SIGNALS:
    // The newest preview is shown (plan or problems), and Run says whether it can go.
    void previewShown();
    void runStarted(antler::pipeline::Operation *operation);
    void runFinished(antler::pipeline::Operation *operation);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createFilesBar();
    QWidget *createPlanPanel();
    QWidget *createOptionsPanel();
    QWidget *createResultsPanel();
    void createActions();
    void reload();
    void showPreview(const playbook::PlaybookPreview &preview, bool loaded);
    void showPlan();
    // FILE:LINE with FILE relative to the playbook's folder when it is inside it.
    QString shortLocation(const playbook::SourceLocation &location) const;
    void showErrors();
    void showError(int row);
    void updateLimitHosts();
    void updateRunState();
    void fillRecent();
    void choosePlaybook();
    void chooseInventory();
    void fillTagMenu(QToolButton *button, QLineEdit *edit);
    pipeline::Operation *start(const playbook::PlaybookRunOptions &options);
    void onFinished();
    void showResult(const QModelIndex &index);

    QPointer<pipeline::OperationManager> m_manager;
    QString m_unavailable;
    QString m_profile;
    playbook::PlaybookPreview m_preview;
    bool m_previewLoaded = false;
    bool m_previewPending = false;
    quint64 m_previewGeneration = 0;
    int m_previewsRunning = 0;
    QPointer<pipeline::Operation> m_operation;
    playbook::PlaybookRunOptions m_lastOptions;
    QString m_runRefusal;

    QAction *m_openPlaybook = nullptr;
    QAction *m_openInventory = nullptr;
    QAction *m_run = nullptr;
    QAction *m_runAgain = nullptr;
    QAction *m_runFailed = nullptr;
    QAction *m_cancel = nullptr;

    QLineEdit *m_playbookEdit = nullptr;
    QLineEdit *m_inventoryEdit = nullptr;
    QComboBox *m_recent = nullptr;
    QStackedWidget *m_planStack = nullptr;
    QTreeWidget *m_plan = nullptr;
    QListWidget *m_errors = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_planSummary = nullptr;
    QLineEdit *m_limit = nullptr;
    QLabel *m_limitHosts = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_skipTags = nullptr;
    QToolButton *m_tagsButton = nullptr;
    QToolButton *m_skipTagsButton = nullptr;
    QTableWidget *m_extraVars = nullptr;
    QCheckBox *m_check = nullptr;
    QCheckBox *m_diff = nullptr;
    QSpinBox *m_forks = nullptr;
    QSpinBox *m_verbosity = nullptr;
    QComboBox *m_startAt = nullptr;
    QLabel *m_state = nullptr;
    QTreeView *m_resultsTree = nullptr;
    PlaybookResultsModel *m_results = nullptr;
    QTabWidget *m_details = nullptr;
    QTextBrowser *m_resultText = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QStandardItemModel *m_recap = nullptr;
    QTableView *m_recapTable = nullptr;
    LogView *m_log = nullptr;
    LogModel *m_logModel = nullptr;
};

} // namespace antler::gui
