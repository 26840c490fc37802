#pragma once

#include "pipeline/HistoryEntry.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace antler::gui {

class HistoryFilterModel;
class HistoryModel;

// The pipeline's history: a sortable table of every operation with a filter
// row (text, kind, stage, result), and the details of the selected one —
// every field and its full log — with "Run again".
//
// It only presents: it reads the history file read-only (HistoryModel) and
// follows it as the window or `antler pipeline …` write it; running an
// operation again is the owner's job (runAgainRequested). When the file
// cannot be read it says so in one sentence and shows what it last read.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    // The pipeline history to show; empty: pipeline::History::defaultPath()
    // (what the view shows until this is called).
    void setHistoryPath(const QString &path);
    QString historyPath() const;
    // The profile's stages, in pipeline order, for the stage filter (stages
    // only the history names are added after them).
    void setStages(const QStringList &stages);

    // The selected operation's id; 0 if none.
    qint64 selectedOperation() const;
    // The line above the table: why the history cannot be read, that there
    // is none yet, or that the filters hide everything; empty if hidden.
    QString message() const;
    // The details pane as plain text: every field, then the log.
    QString detailsText() const;

    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QAction *runAgainAction() const { return m_runAgain; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *kindFilter() const { return m_kindCombo; }
    QComboBox *stageFilter() const { return m_stageCombo; }
    QComboBox *resultFilter() const { return m_resultCombo; }

public Q_SLOTS:
    // Selects and shows operation id (a chart marker or an event was
    // clicked); filters that hide it are cleared. If it is not read yet, it
    // is selected as soon as a refresh brings it.
    void selectOperation(qint64 id);
    void refresh();
    void clearFilters();

Q_SIGNALS:
    // The user activated an operation (Enter or double click).
    void operationActivated(qint64 id);
    // "Run again": the owner runs entry's kind with the same inputs (stage,
    // source stage, release, reason).
    void runAgainRequested(const antler::pipeline::HistoryEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilterRow();
    void buildDetails();
    void retranslate();
    void fillStageFilter();
    void updateMessage();
    void onRefreshed();
    void onCurrentChanged();
    void showEntry(const pipeline::HistoryEntry &entry, bool withLog);
    void showLog(const QStringList &lines);
    void setFieldVisible(const QString &key, bool visible);
    void updateRunAgain();
    bool trySelect(qint64 id);
    void showContextMenu(const QPoint &pos);

    HistoryModel *m_model = nullptr;
    HistoryFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_details = nullptr;
    QGridLayout *m_grid = nullptr;
    QHash<QString, QLabel *> m_fields; // key -> value
    QHash<QString, QLabel *> m_fieldNames; // key -> "Digest:"
    QLabel *m_detailsPlaceholder = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QToolButton *m_runAgainButton = nullptr;
    QToolButton *m_copyLogButton = nullptr;
    QAction *m_runAgain = nullptr;
    QAction *m_copyDigest = nullptr;
    QAction *m_copyLog = nullptr;
    QStringList m_profileStages;
    qint64 m_pendingSelection = 0;
    qint64 m_shownId = 0;
};

} // namespace antler::gui
