#include "pisetup/InspectPage.h"

#include "pisetup/PiSetupWizard.h"
#include "setup/PlaybookRun.h"
#include "transport/SecretQuestions.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace antler::gui {

InspectPage::InspectPage(PiSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("What the Pi is"));
    setSubTitle(tr("Antler looks at the board, the system, the memory and the disk; nothing is changed yet."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("factsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("factsWarnings"));
    m_warnings->setWordWrap(true);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_warnings);
    // The log (shown when the facts cannot be read) takes the room; otherwise
    // the text stays at the top.
    layout->addWidget(m_log, 100);
    layout->addStretch(1);
}

void InspectPage::initializePage()
{
    m_done = false;
    m_summary->setText(tr("Reading the Pi's facts…"));
    m_warnings->clear();
    m_log->clear();
    m_log->setVisible(false);
    delete m_run;
    const QString dir = m_wizard->playbookDir();
    if (dir.isEmpty()) {
        m_summary->setText(m_wizard->playbookProblem());
        m_summary->setStyleSheet(PiSetupWizard::problemStyle(palette()));
        return;
    }
    m_summary->setStyleSheet(QString());
    m_run = new setup::PlaybookRun(QDir(dir).filePath(QStringLiteral("pi-facts.yml")), m_wizard->runInventory(), {},
                                   this);
    m_run->setKnownHostsFile(m_wizard->knownHostsFile());
    m_run->setSecretProvider(m_wizard->secretQuestions()->provider());
    connect(m_run, &setup::PlaybookRun::line, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_run, &setup::PlaybookRun::finished, this, &InspectPage::onFinished);
    m_run->start();
    Q_EMIT completeChanged();
}

void InspectPage::onFinished(int exitCode)
{
    QString error;
    if (exitCode != 0
        || !setup::PiFacts::fromJson(m_run->debugVariable(QStringLiteral("pi_facts")), &m_wizard->facts(), &error)) {
        m_summary->setText(
            tr("The facts could not be read: %1").arg(m_run->failureText().isEmpty() ? error : m_run->failureText()));
        m_log->setVisible(true);
        return;
    }
    const setup::PiFacts &facts = m_wizard->facts();
    // "Label: value" lines as a two-column table.
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QString &line : facts.summary()) {
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        table += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                     .arg(line.left(colon).toHtmlEscaped(), line.mid(colon + 2).toHtmlEscaped());
    }
    m_summary->setText(table + QStringLiteral("</table>"));
    const QStringList warnings = facts.warnings();
    QString html;
    for (const QString &warning : warnings)
        html += QStringLiteral("<p>⚠&nbsp;%1</p>").arg(warning.toHtmlEscaped());
    m_warnings->setText(warnings.isEmpty() ? tr("Nothing stands in the way.") : html);
    m_done = true;
    Q_EMIT completeChanged();
}

QString InspectPage::summaryText() const
{
    return m_done ? m_wizard->facts().summary().join(QLatin1Char('\n')) : m_summary->text();
}

QString InspectPage::warningsText() const
{
    return m_warnings->text();
}

bool InspectPage::isComplete() const
{
    return m_done;
}

int InspectPage::nextId() const
{
    return m_wizard->plan().finishedSteps.isEmpty() ? PiSetupWizard::Choose : PiSetupWizard::Provision;
}

} // namespace antler::gui
