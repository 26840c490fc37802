#include "ConfirmChangeDialog.h"

#include "pipeline/History.h"
#include "pipeline/ReleaseComparison.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace antler::gui {

namespace {

struct NextAnswer
{
    int result = QDialog::Rejected;
    QString reason;
};
std::optional<NextAnswer> nextAnswer;

} // namespace

void ConfirmChangeDialog::setNextAnswer(int result, const QString &reason)
{
    nextAnswer = NextAnswer {result, reason};
}

bool ConfirmChangeDialog::takeNextAnswer(int *result, QString *reason)
{
    if (!nextAnswer)
        return false;
    *result = nextAnswer->result;
    *reason = nextAnswer->reason;
    nextAnswer.reset();
    return true;
}

ConfirmChangeDialog::ConfirmChangeDialog(Kind kind, const QString &from, const QString &stage,
                                         bool requiresConfirmation, const pipeline::Release &current,
                                         const pipeline::Release &next, pipeline::History *history, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("confirmChangeDialog"));
    setWindowTitle(kind == Kind::Promote ? tr("Promote %1 → %2").arg(from, stage) : tr("Roll back %1").arg(stage));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    m_summary = kind == Kind::Promote
        ? tr("%1 will run the release that runs in %2 now.").arg(stage, from)
        : tr("%1 will go back to the release it ran before, and stay pinned there until you unpin it.").arg(stage);
    auto *summary = new QLabel(m_summary, this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    auto *now = new QLabel(describe(current, history), this);
    now->setObjectName(QStringLiteral("currentRelease"));
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    now->setWordWrap(true);
    form->addRow(tr("%1 runs now:").arg(stage), now);
    auto *then = new QLabel(describe(next, history), this);
    then->setObjectName(QStringLiteral("nextRelease"));
    then->setTextInteractionFlags(Qt::TextSelectableByMouse);
    then->setWordWrap(true);
    form->addRow(tr("%1 will run:").arg(stage), then);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("What changes:"), this));
    m_changes = new QPlainTextEdit(this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setAccessibleName(tr("What changes"));
    m_changes->setReadOnly(true);
    m_changes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_changes->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_changes->setPlainText(pipeline::ReleaseComparison::compare(current, next).toText());
    m_changes->setMinimumSize(520, 180);
    layout->addWidget(m_changes, 1);

    if (kind == Kind::Rollback) {
        auto *reasonRow = new QFormLayout;
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        m_reason->setPlaceholderText(tr("e.g. the new facts page shows broken characters"));
        m_reason->setAccessibleName(tr("Reason for the rollback"));
        reasonRow->addRow(tr("&Reason:"), m_reason);
        layout->addLayout(reasonRow);
        connect(m_reason, &QLineEdit::textChanged, this, &ConfirmChangeDialog::updateOk);
    }
    if (requiresConfirmation) {
        m_confirm = new QCheckBox(tr("I want to change %1 now").arg(stage), this);
        m_confirm->setObjectName(QStringLiteral("confirmProduction"));
        layout->addWidget(m_confirm);
        connect(m_confirm, &QCheckBox::toggled, this, &ConfirmChangeDialog::updateOk);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(kind == Kind::Promote ? tr("&Promote") : tr("&Roll back"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
    if (m_reason)
        m_reason->setFocus();
}

QString ConfirmChangeDialog::describe(const pipeline::Release &release, pipeline::History *history) const
{
    if (release.digest.isEmpty())
        return tr("no release");
    QStringList parts {release.digest};
    QDateTime builtAt;
    if (history) {
        for (const pipeline::HistoryEntry &entry : history->entries()) {
            if (entry.kind == QLatin1String("build") && entry.digest() == release.digest) {
                builtAt = entry.finishedAt.isValid() ? entry.finishedAt : entry.startedAt;
                break;
            }
        }
    }
    QStringList build;
    if (release.buildNumber > 0)
        build.append(tr("build %1").arg(release.buildNumber));
    if (builtAt.isValid())
        build.append(tr("built %1").arg(QLocale().toString(builtAt.toLocalTime(), QLocale::ShortFormat)));
    if (!release.sourceCommit.isEmpty())
        build.append(tr("from commit %1").arg(release.sourceCommit));
    if (!build.isEmpty())
        parts.append(build.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char('\n'));
}

void ConfirmChangeDialog::updateOk()
{
    bool ok = true;
    if (m_reason && m_reason->text().trimmed().isEmpty())
        ok = false;
    if (m_confirm && !m_confirm->isChecked())
        ok = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

bool ConfirmChangeDialog::isConfirmable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString ConfirmChangeDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QString ConfirmChangeDialog::changesText() const
{
    return m_changes->toPlainText();
}

QString ConfirmChangeDialog::summaryText() const
{
    return m_summary;
}

} // namespace antler::gui
