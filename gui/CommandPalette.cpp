#include "CommandPalette.h"

#include "PipelineActions.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

QString normalized(QString text)
{
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("→"), QStringLiteral(" → "));
    text.replace(QStringLiteral("…"), QString());
    text = text.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c.toCaseFolded());
    }
    return plain;
}

const int ActionRole = Qt::UserRole + 1;

} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setPlaceholderText(tr("Type a command, e.g. “promote test”"));
    m_input->setAccessibleName(tr("Command"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    layout->addWidget(m_input);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::rebuild);
    connect(m_list, &QListWidget::itemActivated, this, [this] { runCurrent(); });
    resize(560, 360);
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *action : actions) {
        if (action && !action->text().isEmpty() && !action->isSeparator())
            m_actions.append(action);
    }
    rebuild();
}

void CommandPalette::setFilter(const QString &text)
{
    m_input->setText(text);
}

QString CommandPalette::filter() const
{
    return m_input->text();
}

bool CommandPalette::matchesQuery(const QString &text, const QString &query)
{
    QString wanted = normalized(query);
    wanted.replace(QStringLiteral("->"), QStringLiteral(" → "));
    const QString haystack = normalized(text);
    const QStringList words = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word == QLatin1String("to") && haystack.contains(QStringLiteral("→")))
            continue;
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

void CommandPalette::rebuild()
{
    m_list->clear();
    QList<QAction *> enabled;
    QList<QAction *> disabled;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || !action->isVisible() || !matchesQuery(action->text(), m_input->text()))
            continue;
        (action->isEnabled() ? enabled : disabled).append(action);
    }
    for (QAction *action : enabled + disabled) {
        QString text = action->text().remove(QLatin1Char('&'));
        if (!action->shortcut().isEmpty())
            text += QStringLiteral("    ") + action->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(ActionRole, QVariant::fromValue(static_cast<QObject *>(action)));
        if (!action->isEnabled()) {
            const QString why = PipelineActions::whyDisabled(action);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            if (!why.isEmpty()) {
                item->setText(text + QStringLiteral(" — ") + why);
                item->setToolTip(why);
            }
        } else {
            item->setToolTip(action->toolTip());
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            break;
        }
    }
}

QList<QAction *> CommandPalette::matches() const
{
    QList<QAction *> list;
    for (int row = 0; row < m_list->count(); ++row)
        list.append(qobject_cast<QAction *>(m_list->item(row)->data(ActionRole).value<QObject *>()));
    return list;
}

bool CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return false;
    QPointer<QAction> action = qobject_cast<QAction *>(item->data(ActionRole).value<QObject *>());
    hide();
    if (action && action->isEnabled())
        action->trigger();
    return bool(action);
}

void CommandPalette::popUp()
{
    m_input->clear();
    rebuild();
    if (QWidget *owner = parentWidget()) {
        const QRect area = owner->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 6);
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_list->count();
        auto step = [this, rows](int direction) {
            int row = m_list->currentRow();
            for (int i = 0; i < rows; ++i) {
                row = (row + direction + rows) % rows;
                if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
                    m_list->setCurrentRow(row);
                    return;
                }
            }
        };
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows > 0)
                step(1);
            return true;
        case Qt::Key_Up:
            if (rows > 0)
                step(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace antler::gui
