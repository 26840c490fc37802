#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace antler::gui {

// Ctrl+K: every command of the window in one list, filtered as the user
// types ("promote test" finds "Promote test → staging"), run with Enter. It
// lists the very QActions of the menus and buttons, so a disabled command
// shows here disabled, with the reason why.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    explicit CommandPalette(QWidget *parent = nullptr);

    // The actions to offer; read again every time the palette opens.
    void setActions(const QList<QAction *> &actions);
    void setFilter(const QString &text);
    QString filter() const;
    // The actions matching the filter, in the order shown (enabled ones first).
    QList<QAction *> matches() const;
    // Runs the selected (or first enabled) match and closes the palette.
    bool runCurrent();
    // Every word of query appears in text (case and accents ignored; "->" and
    // "to" match "→").
    static bool matchesQuery(const QString &text, const QString &query);

    void popUp();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();

    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_input;
    QListWidget *m_list;
};

} // namespace antler::gui
