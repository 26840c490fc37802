#include "pisetup/ProvisionPage.h"

#include "pisetup/PiSetupWizard.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookError.h"
#include "playbook/PlaybookParser.h"
#include "setup/PlaybookRun.h"
#include "transport/SecretQuestions.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

enum Column { StepColumn, StatusColumn, ProgressColumn, ElapsedColumn };
constexpr int rebootTimeoutS = 900;

QString minutesAndSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ProvisionPage::ProvisionPage(PiSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Setting up the Pi"));
    setSubTitle(tr("Each step is a playbook of its own; a second run changes nothing. You may close the wizard: it "
                   "goes on where it left off next time."));
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("provisionSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("Status"), tr("Progress"), tr("Elapsed")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_steps->header()->setSectionResizeMode(ElapsedColumn, QHeaderView::ResizeToContents);
    m_steps->header()->resizeSection(ProgressColumn, 90);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("rebootCountdown"));
    m_waiting->setVisible(false);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("stepLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFont(QStringLiteral("monospace")));
    m_retry = new QPushButton(tr("&Retry the step"), this);
    m_retry->setObjectName(QStringLiteral("retryStep"));
    m_retry->setEnabled(false);
    m_copy = new QPushButton(tr("&Copy its log"), this);
    m_copy->setObjectName(QStringLiteral("copyLog"));
    connect(m_retry, &QPushButton::clicked, this, &ProvisionPage::retry);
    connect(m_copy, &QPushButton::clicked, this, &ProvisionPage::copyLog);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(1, 1);
    m_waiting->setWordWrap(true);
    m_waiting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_waiting);
    layout->addLayout(buttons);
    connect(m_steps, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showLogOf(item ? m_steps->indexOfTopLevelItem(item) : -1); });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ProvisionPage::tick);
}

void ProvisionPage::initializePage()
{
    const setup::SetupPlan &plan = m_wizard->plan();
    m_steps->clear();
    m_logs.clear();
    m_failed = -1;
    for (const setup::SetupPlan::Step &step : setup::SetupPlan::steps()) {
        auto *item = new QTreeWidgetItem(m_steps, {step.title, QString(), QString(), QString()});
        item->setData(StepColumn, Qt::UserRole, step.id);
        auto *bar = new QProgressBar(m_steps);
        bar->setRange(0, 100);
        bar->setTextVisible(false);
        m_steps->setItemWidget(item, ProgressColumn, bar);
        const bool done = plan.finishedSteps.contains(step.id);
        item->setText(StatusColumn, done ? tr("Done") : tr("Waiting"));
        bar->setValue(done ? 100 : 0);
        m_logs << (done ? tr("Done in an earlier session.\n") : QString());
    }
    QTimer::singleShot(0, this, &ProvisionPage::runNext);
}

void ProvisionPage::cleanupPage()
{
    stopRun();
    m_ticker.stop();
}

void ProvisionPage::stopRun()
{
    if (!m_run)
        return;
    disconnect(m_run, nullptr, this, nullptr);
    m_run->cancel();
    m_run->deleteLater();
    m_run = nullptr;
}

void ProvisionPage::runNext()
{
    if (m_run)
        return;
    const QList<setup::SetupPlan::Step> steps = setup::SetupPlan::steps();
    m_current = -1;
    for (int i = 0; i < steps.size(); ++i) {
        if (!m_wizard->plan().finishedSteps.contains(steps[i].id)) {
            m_current = i;
            break;
        }
    }
    if (m_current < 0) {
        m_ticker.stop();
        Q_EMIT completeChanged();
        return;
    }
    const setup::SetupPlan::Step &step = steps[m_current];
    const QString dir = m_wizard->playbookDir();
    if (dir.isEmpty()) {
        m_failed = m_current;
        m_ticker.stop();
        m_steps->topLevelItem(m_current)->setText(StatusColumn, tr("Failed"));
        m_waiting->setText(m_wizard->playbookProblem());
        m_waiting->setStyleSheet(PiSetupWizard::problemStyle(palette()));
        m_waiting->setVisible(true);
        Q_EMIT completeChanged();
        return;
    }
    const QString path = setup::SetupPlan::playbookPath(dir, step);
    playbook::Playbook parsed;
    QList<playbook::PlaybookError> errors;
    m_taskCount = playbook::PlaybookParser::parseFile(path, &parsed, &errors) ? qMax(1, parsed.taskCount()) : 1;
    QTreeWidgetItem *item = m_steps->topLevelItem(m_current);
    item->setText(StatusColumn, tr("Running"));
    m_steps->setCurrentItem(item);
    m_logs[m_current].clear();
    m_log->clear();
    m_retry->setEnabled(false);
    m_elapsed.start();
    m_ticker.start();
    m_run = new setup::PlaybookRun(path, m_wizard->runInventory(), m_wizard->plan().extraVariables(), this);
    m_run->setKnownHostsFile(m_wizard->knownHostsFile());
    m_run->setSecretProvider(m_wizard->secretQuestions()->provider());
    connect(m_run, &setup::PlaybookRun::line, this, &ProvisionPage::onLine);
    connect(m_run, &setup::PlaybookRun::taskStarted, this, &ProvisionPage::onTaskStarted);
    connect(m_run, &setup::PlaybookRun::finished, this, &ProvisionPage::onFinished);
    m_run->start();
}

void ProvisionPage::onLine(const QString &line)
{
    m_logs[m_current] += line + QLatin1Char('\n');
    if (m_steps->currentItem() == m_steps->topLevelItem(m_current))
        m_log->appendPlainText(line);
    auto *bar = qobject_cast<QProgressBar *>(m_steps->itemWidget(m_steps->topLevelItem(m_current), ProgressColumn));
    if (bar && m_run)
        bar->setValue(qMin(95, 100 * m_run->tasksDone() / m_taskCount));
}

void ProvisionPage::onTaskStarted(const QString &name, const QString &module)
{
    Q_UNUSED(name);
    m_rebooting = module.endsWith(QLatin1String("reboot"));
    if (m_rebooting)
        m_rebootTimer.start();
    m_waiting->setStyleSheet(QString());
    m_waiting->setVisible(m_rebooting);
    tick();
}

void ProvisionPage::tick()
{
    if (m_current < 0)
        return;
    QTreeWidgetItem *item = m_steps->topLevelItem(m_current);
    item->setText(ElapsedColumn, minutesAndSeconds(m_elapsed.elapsed() / 1000));
    if (m_rebooting && m_run) {
        const qint64 left = qMax<qint64>(0, rebootTimeoutS - m_rebootTimer.elapsed() / 1000);
        item->setText(StatusColumn, tr("Waiting for the Pi to come back"));
        m_waiting->setText(
            tr("The Pi is rebooting; waiting for it to come back (gives up in %1).").arg(minutesAndSeconds(left)));
    } else if (m_run) {
        item->setText(StatusColumn, tr("Running: %1").arg(m_run->currentTask()));
    }
}

void ProvisionPage::onFinished(int exitCode)
{
    const QList<setup::SetupPlan::Step> steps = setup::SetupPlan::steps();
    QTreeWidgetItem *item = m_steps->topLevelItem(m_current);
    auto *bar = qobject_cast<QProgressBar *>(m_steps->itemWidget(item, ProgressColumn));
    m_rebooting = false;
    m_waiting->setVisible(false);
    item->setText(ElapsedColumn, minutesAndSeconds(m_elapsed.elapsed() / 1000));
    const int changed = m_run->tasksChanged();
    const QString failure = m_run->failureText();
    m_run->deleteLater();
    m_run = nullptr;
    if (exitCode != 0) {
        m_failed = m_current;
        m_ticker.stop();
        item->setText(StatusColumn, tr("Failed"));
        item->setToolTip(StatusColumn, failure);
        m_waiting->setText(failure.isEmpty() ? tr("The step failed; its log says why.") : failure);
        m_waiting->setStyleSheet(PiSetupWizard::problemStyle(palette()));
        m_waiting->setVisible(true);
        m_retry->setEnabled(true);
        Q_EMIT completeChanged();
        return;
    }
    m_failed = -1;
    if (bar)
        bar->setValue(100);
    item->setText(StatusColumn,
                  changed > 0 ? tr("Done: %n change(s)", nullptr, changed) : tr("Done: nothing to change"));
    m_wizard->plan().finishedSteps << steps[m_current].id;
    QString error;
    m_wizard->plan().save(&error);
    runNext();
}

void ProvisionPage::retry()
{
    if (m_failed < 0 || m_run)
        return;
    m_failed = -1;
    m_waiting->setVisible(false);
    runNext();
}

void ProvisionPage::copyLog()
{
    const int row = m_steps->currentItem() ? m_steps->indexOfTopLevelItem(m_steps->currentItem()) : -1;
    if (row >= 0)
        QApplication::clipboard()->setText(m_logs.value(row));
}

void ProvisionPage::showLogOf(int row)
{
    m_log->setPlainText(m_logs.value(row));
    m_log->moveCursor(QTextCursor::End);
}

bool ProvisionPage::allDone() const
{
    for (const setup::SetupPlan::Step &step : setup::SetupPlan::steps()) {
        if (!m_wizard->plan().finishedSteps.contains(step.id))
            return false;
    }
    return true;
}

QString ProvisionPage::stepStatus(const QString &id) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        if (m_steps->topLevelItem(i)->data(StepColumn, Qt::UserRole).toString() == id)
            return m_steps->topLevelItem(i)->text(StatusColumn);
    }
    return {};
}

QString ProvisionPage::stepLog(const QString &id) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        if (m_steps->topLevelItem(i)->data(StepColumn, Qt::UserRole).toString() == id)
            return m_logs.value(i);
    }
    return {};
}

bool ProvisionPage::isComplete() const
{
    return !m_run && allDone();
}

} // namespace antler::gui
