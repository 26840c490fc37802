#pragma once

#include "pipeline/Release.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace antler::pipeline {
class History;
}

namespace antler::gui {

// Confirms a promotion or a rollback by showing exactly what will change:
// the stage, its release now and after (digest, build number and time,
// source commit), and what differs between the two releases — the files of
// the artifacts and the moose facts, fact by fact. A stage that requires
// confirmation (production) needs the box ticked; a rollback needs a
// reason, which History records and the stage's pin badge shows.
class ConfirmChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Promote, Rollback };

    // from: the stage promoted from (empty for a rollback); stage: the stage
    // that changes; current/next: what it runs now and will run.
    ConfirmChangeDialog(Kind kind, const QString &from, const QString &stage, bool requiresConfirmation,
                        const pipeline::Release &current, const pipeline::Release &next, pipeline::History *history,
                        QWidget *parent = nullptr);

    QString reason() const;
    // The text of the comparison pane (tests read it).
    QString changesText() const;
    QString summaryText() const;
    bool isConfirmable() const;

    // Test hook: the next dialog constructed answers at once with this result
    // (and reason) instead of waiting for the user.
    static void setNextAnswer(int result, const QString &reason = {});
    static bool takeNextAnswer(int *result, QString *reason);

private:
    void updateOk();
    QString describe(const pipeline::Release &release, pipeline::History *history) const;

    Kind m_kind;
    QString m_summary;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_confirm = nullptr;
    QPlainTextEdit *m_changes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace antler::gui
