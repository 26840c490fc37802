#pragma once

#include "LogLine.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace antler::gui {

class LogListView;
class LogModel;

// The live log of an operation, for runs of a million lines: ANSI colours
// readable on the current palette, search with highlighting while lines
// still stream in, filters by host and by result, follow, copy, save with
// timestamps, clear. Embed it and feed it lines; everything else is inside.
//
//   auto *log = new LogView(dock);
//   log->appendLine(text, host, LogResult::Changed);   // as often as you like
//
// Lines are queued and shown in batches (see LogModel), so lineCount()
// counts a line about 50 ms after it was appended, or at once after flush().
// To switch between several operations' logs, keep one LogModel per
// operation (it keeps collecting while another is shown) and setModel() it;
// the view's search and filters carry over to the model shown.
//
// Keys: Ctrl+F search, Enter / F3 next match, Shift+Enter / Shift+F3
// previous, Ctrl+C copy the selected lines, End follow. The actions are
// also the widget's actions() (for a context menu or a command palette).
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // The model shown; by default one the view owns. A model set here is
    // not owned and must outlive its use (nullptr returns to the own one).
    void setModel(LogModel *model);
    LogModel *model() const;

    // msecs: milliseconds since the epoch; 0 means now.
    void appendLine(const QString &text, const QString &host = {}, LogResult result = LogResult::None,
                    qint64 msecs = 0);
    void appendLines(const QList<LogLine> &lines);
    void flush(); // show queued lines now
    void clear();
    qsizetype lineCount() const; // every stored line
    qsizetype visibleLineCount() const; // the lines the filters let through

    void setSearchText(const QString &text);
    QString searchText() const;
    qsizetype matchCount() const; // matching lines among the visible ones
    bool isSearching() const; // an older part of a big log is still being scanned
    void findNext();
    void findPrevious();
    qsizetype currentMatchRow() const; // a visible row, or -1
    bool isRowVisible(qsizetype row) const; // on screen now

    void setHostFilter(const QString &host); // empty: all hosts
    QString hostFilter() const;
    void setResultFilter(const QList<LogResult> &results); // empty: all results
    QList<LogResult> resultFilter() const;

    bool isFollowing() const;
    void setFollowing(bool following);

    QString selectedText() const;
    void copy() const; // the selected lines to the clipboard
    // Writes the visible lines, each prefixed with its ISO 8601 UTC time.
    bool save(const QString &path, QString *error = nullptr);

    static QString resultName(LogResult result);

Q_SIGNALS:
    // One sentence for the Events dock, e.g. when a save failed.
    void errorOccurred(const QString &message);

private:
    void createActions();
    void connectModel();
    void updateHosts();
    void updateMatchLabel();
    void find(bool forward);
    void chooseSaveFile();
    void showStatus(const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;

    LogModel *m_ownModel = nullptr;
    QPointer<LogModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    LogListView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matchLabel = nullptr;
    QComboBox *m_hosts = nullptr;
    QComboBox *m_results = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_clearAction = nullptr;
};

} // namespace antler::gui
