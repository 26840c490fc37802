#include "LogListView.h"

#include "LogModel.h"
#include "LogView.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

namespace antler::gui {

namespace {

constexpr int Margin = 4;
constexpr int Gap = 10;
// Beyond this many characters a line is cut when painted (the text is kept
// whole for copy, save and search): nobody reads column 2000, and shaping
// it on every frame would cost more than the rest of the frame.
constexpr qsizetype PaintedCharacters = 2000;
constexpr int MaxHostCharacters = 24;

} // namespace

LogListView::LogListView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Log lines"));
    setAccessibleDescription(tr("The output of the operation, one line per row. Arrow keys move, "
                                "Shift extends the selection, Ctrl+A selects all, End follows new lines."));
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::IBeamCursor);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogListView::scrolled);
    m_colors = AnsiPalette(palette());
    updateMetrics();
}

void LogListView::setModel(LogModel *model)
{
    if (model == m_model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    m_anchorLine = m_currentLine = m_matchLine = m_topLine = -1;
    if (model) {
        const auto repaint = [this] { viewport()->update(); };
        m_connections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, &LogListView::rowsInserted),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &LogListView::aboutToReset),
            connect(model, &QAbstractItemModel::modelReset, this, &LogListView::reset),
            connect(model, &LogModel::matchesChanged, this, repaint),
            connect(model, &LogModel::hostsChanged, this, &LogListView::updateMetrics),
            connect(model, &QObject::destroyed, this, [this] { setModel(nullptr); }),
        };
    }
    m_following = true;
    updateMetrics();
    reset();
}

void LogListView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
    Q_EMIT followingChanged(following);
}

void LogListView::scrolled(int value)
{
    viewport()->update();
    if (m_adjusting)
        return;
    // The user moved: up unfollows, reaching the bottom follows again.
    const bool atBottom = value >= verticalScrollBar()->maximum();
    if (atBottom != m_following) {
        m_following = atBottom;
        Q_EMIT followingChanged(m_following);
    }
}

void LogListView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LogListView::rowsInserted()
{
    updateScrollBars();
    if (m_following) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
    // Rows below the screen need no paint; a growing scroll bar repaints itself.
    const qsizetype rows = m_model ? m_model->rowCount() : 0;
    if (rows - 1 - firstVisibleRow() < pageRows() + 1 || m_following)
        viewport()->update();
}

void LogListView::aboutToReset()
{
    const qsizetype top = firstVisibleRow();
    m_topLine = m_model && top < m_model->rowCount() ? m_model->sourceLine(top) : -1;
}

void LogListView::reset()
{
    updateScrollBars();
    m_adjusting = true;
    if (m_following || !m_model) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    } else {
        // The lines the user looked at stay in view (the current one if any).
        const qsizetype current = currentRow();
        if (current >= 0 && m_currentLine >= 0 && m_model->sourceLine(current) == m_currentLine)
            scrollToRow(current);
        else if (m_topLine >= 0)
            verticalScrollBar()->setValue(int(m_model->rowOfLine(m_topLine)));
    }
    m_adjusting = false;
    if (!m_model || m_model->lineCount() == 0)
        m_anchorLine = m_currentLine = m_matchLine = -1;
    viewport()->update();
}

void LogListView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_boldFont = font();
    m_boldFont.setBold(true);
    m_rowHeight = metrics.height() + 2;
    m_charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
    m_timeWidth = metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + Gap;
    int hostWidth = 0;
    if (m_model) {
        const QStringList hosts = m_model->hosts();
        for (const QString &host : hosts)
            hostWidth = std::max(hostWidth, metrics.horizontalAdvance(host.left(MaxHostCharacters)));
    }
    m_hostWidth = hostWidth > 0 ? hostWidth + Gap : 0;
    updateScrollBars();
    viewport()->update();
}

int LogListView::pageRows() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

void LogListView::updateScrollBars()
{
    const qsizetype rows = m_model ? m_model->rowCount() : 0;
    const bool adjusting = m_adjusting;
    m_adjusting = true; // a shrinking range moves the value: not the user
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(std::max<qsizetype>(0, rows - pageRows())));
    vertical->setPageStep(pageRows());
    vertical->setSingleStep(1);
    const qsizetype longest = m_model ? std::min(m_model->longestLine(), PaintedCharacters) : 0;
    const int width = Margin + m_timeWidth + m_hostWidth + int(longest) * m_charWidth + Margin;
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, std::max(0, width - viewport()->width()));
    horizontal->setPageStep(viewport()->width());
    horizontal->setSingleStep(m_charWidth * 4);
    m_adjusting = adjusting;
}

qsizetype LogListView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

bool LogListView::isRowVisible(qsizetype row) const
{
    const qsizetype first = firstVisibleRow();
    return m_model && row >= 0 && row < m_model->rowCount() && row >= first && row < first + pageRows();
}

qsizetype LogListView::rowAt(int y) const
{
    if (!m_model || m_model->rowCount() == 0)
        return -1;
    const qsizetype row = firstVisibleRow() + (y < 0 ? -1 - (-y / m_rowHeight) : y / m_rowHeight);
    return std::clamp<qsizetype>(row, 0, m_model->rowCount() - 1);
}

qsizetype LogListView::currentRow() const
{
    if (!m_model || m_currentLine < 0 || m_model->rowCount() == 0)
        return -1;
    return std::min<qsizetype>(m_model->rowOfLine(m_currentLine), m_model->rowCount() - 1);
}

void LogListView::setCurrentRow(qsizetype row, bool extend)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_currentLine = m_model->sourceLine(row);
    if (!extend || m_anchorLine < 0)
        m_anchorLine = m_currentLine;
    scrollToRow(row);
    viewport()->update();
    Q_EMIT currentRowChanged();
}

void LogListView::setCurrentMatchRow(qsizetype row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        m_matchLine = -1;
        viewport()->update();
        return;
    }
    m_matchLine = m_model->sourceLine(row);
    setCurrentRow(row);
}

qsizetype LogListView::currentMatchRow() const
{
    if (!m_model || m_matchLine < 0)
        return -1;
    const qsizetype row = m_model->rowOfLine(m_matchLine);
    return row < m_model->rowCount() && m_model->sourceLine(row) == m_matchLine ? row : -1;
}

void LogListView::scrollToRow(qsizetype row)
{
    if (isRowVisible(row))
        return;
    const qsizetype first = firstVisibleRow();
    const int page = pageRows();
    qsizetype target;
    if (row == first - 1)
        target = row;
    else if (row == first + page)
        target = row - page + 1;
    else
        target = row - page / 2;
    // Not m_adjusting: moving away from the bottom to show a row unfollows.
    verticalScrollBar()->setValue(int(std::max<qsizetype>(0, target)));
}

void LogListView::selectionRange(qsizetype *first, qsizetype *last) const
{
    *first = std::min(m_anchorLine, m_currentLine);
    *last = std::max(m_anchorLine, m_currentLine);
}

QString LogListView::selectedText() const
{
    if (!m_model || !hasSelection())
        return {};
    qsizetype firstLine, lastLine;
    selectionRange(&firstLine, &lastLine);
    const qsizetype first = m_model->rowOfLine(firstLine);
    const qsizetype last = m_model->rowOfLine(lastLine + 1) - 1;
    return m_model->plainText(first, last);
}

void LogListView::selectAll()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    m_anchorLine = m_model->sourceLine(0);
    m_currentLine = m_model->sourceLine(m_model->rowCount() - 1);
    viewport()->update();
    Q_EMIT currentRowChanged();
}

void LogListView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_following) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
}

void LogListView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        // Colours are chosen for the background they sit on.
        m_colors = AnsiPalette(palette());
        viewport()->update();
        break;
    case QEvent::FontChange:
        updateMetrics();
        break;
    default:
        break;
    }
}

void LogListView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const qsizetype rows = m_model->rowCount();
    const qsizetype current = currentRow() < 0 ? firstVisibleRow() : currentRow();
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    qsizetype target = -1;
    switch (event->key()) {
    case Qt::Key_Up:
        target = current - 1;
        break;
    case Qt::Key_Down:
        target = current + 1;
        break;
    case Qt::Key_PageUp:
        target = current - pageRows();
        break;
    case Qt::Key_PageDown:
        target = current + pageRows();
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = rows - 1;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    setCurrentRow(std::clamp<qsizetype>(target, 0, rows - 1), extend);
    if (event->key() == Qt::Key_End)
        setFollowing(true);
}

void LogListView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qsizetype row = rowAt(event->position().toPoint().y());
    if (row < 0)
        return;
    setCurrentRow(row, event->modifiers() & Qt::ShiftModifier);
}

void LogListView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_model) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const qsizetype row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        setCurrentRow(row, true); // dragging past an edge scrolls one row per move
}

bool LogListView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype row = rowAt(help->pos().y());
        if (row < 0 || help->pos().y() >= (row - firstVisibleRow() + 1) * m_rowHeight) {
            QToolTip::hideText();
            return true;
        }
        const LogModel::Line line = m_model->line(row);
        QStringList parts {
            QDateTime::fromMSecsSinceEpoch(line.msecs).toString(Qt::ISODateWithMs),
        };
        if (!line.host.isEmpty())
            parts.append(tr("host %1").arg(line.host));
        if (line.result != LogResult::None)
            parts.append(LogView::resultName(line.result));
        QToolTip::showText(help->globalPos(), parts.join(QStringLiteral(" · ")), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LogListView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QColor base = palette().color(QPalette::Base);
    painter.fillRect(viewport()->rect(), base);
    if (!m_model)
        return;
    const qsizetype rows = m_model->rowCount();
    const qsizetype first = firstVisibleRow();
    const qsizetype last = std::min(rows - 1, first + pageRows());
    painter.translate(-horizontalScrollBar()->value(), 0);
    for (qsizetype row = first; row <= last; ++row)
        paintRow(painter, row, int(row - first) * m_rowHeight);
}

void LogListView::paintRow(QPainter &painter, qsizetype row, int y)
{
    const LogModel::Line line = m_model->line(row);
    const qsizetype source = m_model->sourceLine(row);
    // The painter is shifted by the horizontal scroll; the row spans the viewport.
    const QRect rowRect(horizontalScrollBar()->value(), y, viewport()->width(), m_rowHeight);
    const QFontMetrics metrics(font());
    const QFontMetrics boldMetrics(m_boldFont);
    const int baseline = y + 1 + metrics.ascent();

    qsizetype firstSelected, lastSelected;
    selectionRange(&firstSelected, &lastSelected);
    const bool selected = hasSelection() && source >= firstSelected && source <= lastSelected;
    if (selected) {
        // A tint rather than the solid highlight, so the colours stay readable.
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlphaF(hasFocus() ? 0.30f : 0.18f);
        painter.fillRect(rowRect, tint);
    }

    int x = Margin;
    painter.setFont(font());
    painter.setPen(m_colors.dimText());
    painter.drawText(x, baseline, QDateTime::fromMSecsSinceEpoch(line.msecs).toString(QStringLiteral("HH:mm:ss.zzz")));
    x += m_timeWidth;
    if (m_hostWidth > 0) {
        painter.drawText(x, baseline, metrics.elidedText(line.host, Qt::ElideRight, m_hostWidth - Gap + 2));
        x += m_hostWidth;
    }

    QString text = line.text;
    if (text.size() > PaintedCharacters) {
        text.truncate(PaintedCharacters);
        text.append(QChar(0x2026));
    }
    const auto advance = [&](qsizetype from, qsizetype length) {
        // Bold runs are measured with the bold font: the two may differ.
        int result = 0;
        qsizetype at = from;
        const qsizetype end = std::min(from + length, text.size());
        for (const AnsiSpan &span : std::as_const(line.spans)) {
            const qsizetype spanStart = span.start, spanEnd = qsizetype(span.start) + span.length;
            if (spanEnd <= at || !span.bold)
                continue;
            if (spanStart >= end)
                break;
            if (spanStart > at)
                result += metrics.horizontalAdvance(QStringView(text).sliced(at, spanStart - at).toString());
            const qsizetype boldEnd = std::min(spanEnd, end);
            result += boldMetrics.horizontalAdvance(
                QStringView(text).sliced(std::max(at, spanStart), boldEnd - std::max(at, spanStart)).toString());
            at = boldEnd;
        }
        if (at < end)
            result += metrics.horizontalAdvance(QStringView(text).sliced(at, end - at).toString());
        return result;
    };

    const QColor plain = line.spans.isEmpty() ? m_colors.resultColor(line.result) : m_colors.color(0);
    const int textX = x;
    // Draws the text in its colours, or all in `force` (the text on a match).
    const auto drawText = [&](const QColor &force) {
        qsizetype at = 0;
        int left = textX;
        const auto draw = [&](qsizetype length, const QColor &color, bool bold) {
            if (length <= 0 || at >= text.size())
                return;
            length = std::min(length, text.size() - at);
            const QString piece = text.mid(at, length);
            painter.setFont(bold ? m_boldFont : font());
            painter.setPen(force.isValid() ? force : color);
            painter.drawText(left, baseline, piece);
            left += (bold ? boldMetrics : metrics).horizontalAdvance(piece);
            at += length;
        };
        for (const AnsiSpan &span : std::as_const(line.spans)) {
            if (qsizetype(span.start) >= text.size())
                break;
            draw(qsizetype(span.start) - at, plain, false);
            draw(span.length, m_colors.color(span.color), span.bold);
        }
        draw(text.size() - at, plain, false);
    };

    QList<QRect> marks;
    if (!m_model->search().isEmpty() && m_model->isMatch(row)) {
        const QColor highlight = source == m_matchLine ? m_colors.currentMatchBackground() : m_colors.matchBackground();
        const auto found = m_model->search().occurrences(text);
        for (const auto &[position, length] : found) {
            marks.append(QRect(textX + advance(0, position), y, advance(position, length), m_rowHeight));
            painter.fillRect(marks.last(), highlight);
        }
    }
    drawText({});
    if (!marks.isEmpty()) {
        // The matched characters again, dark on the bright mark.
        painter.save();
        for (const QRect &mark : std::as_const(marks)) {
            painter.setClipRect(mark);
            drawText(m_colors.matchText());
        }
        painter.restore();
    }

    if (hasFocus() && source == m_currentLine) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rowRect.adjusted(1, 0, -1, 0);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace antler::gui
