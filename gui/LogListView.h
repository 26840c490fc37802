#pragma once

#include "AnsiPalette.h"

#include <QAbstractScrollArea>
#include <QPointer>

namespace antler::gui {

class LogModel;

// The lines of a LogModel, painted directly: only the rows on screen are
// read and drawn, rows have one height, and the scroll bar counts rows, so
// the cost of a frame does not grow with the log (a QListView keeps layout
// data per row, which a million rows make slow and large).
//
// Each row shows the time, the host (when the log has hosts) and the text
// in its ANSI colours; a line without colours of its own takes its
// result's colour. Search matches are highlighted, the current one more
// strongly. Selection is a range of lines (click, Shift+click, drag,
// Shift+arrows, Ctrl+A) kept by line, so it survives filtering.
//
// Following: while the view is scrolled to the bottom it stays there as
// lines arrive; scrolling up stops that, scrolling back down resumes it.
class LogListView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LogListView(QWidget *parent = nullptr);

    void setModel(LogModel *model);
    LogModel *model() const { return m_model.data(); }

    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);

    qsizetype currentRow() const; // -1 when there is none
    // Makes the row current and, unless extending, the whole selection.
    void setCurrentRow(qsizetype row, bool extend = false);
    // Marks the row as the current search match (-1: none) and shows it.
    void setCurrentMatchRow(qsizetype row);
    qsizetype currentMatchRow() const;
    // Scrolls as little as needed; a row far away is centred.
    void scrollToRow(qsizetype row);
    bool isRowVisible(qsizetype row) const;
    qsizetype firstVisibleRow() const;

    bool hasSelection() const { return m_anchorLine >= 0; }
    QString selectedText() const;
    void selectAll();

    const AnsiPalette &colors() const { return m_colors; }
    int rowHeight() const { return m_rowHeight; }

Q_SIGNALS:
    void followingChanged(bool following);
    void currentRowChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rowsInserted();
    void aboutToReset();
    void reset();
    void updateMetrics();
    void updateScrollBars();
    int pageRows() const;
    qsizetype rowAt(int y) const;
    void paintRow(QPainter &painter, qsizetype row, int y);
    void scrolled(int value);
    void selectionRange(qsizetype *first, qsizetype *last) const;

    QPointer<LogModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    AnsiPalette m_colors;
    QFont m_boldFont;
    int m_rowHeight = 16;
    int m_timeWidth = 0;
    int m_hostWidth = 0;
    int m_charWidth = 8;
    bool m_following = true;
    bool m_adjusting = false; // scroll bar moved by this view, not the user
    // Selection and current match by line (not row), so filters keep them.
    qsizetype m_anchorLine = -1;
    qsizetype m_currentLine = -1;
    qsizetype m_matchLine = -1;
    qsizetype m_topLine = -1; // first line on screen, kept across a filter change
};

} // namespace antler::gui
