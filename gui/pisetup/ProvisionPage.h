#pragma once

#include "setup/PlaybookRun.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace antler::gui {

class PiSetupWizard;

// Step 5: the provisioning steps one after another, each a row with its
// status, progress and elapsed time; selecting a row shows its live log.
// A reboot shows as "Waiting for the Pi to come back" with a countdown. A
// failed step stops the run and can be retried, or its log copied. Steps
// that finished are kept in the host's plan, so a wizard opened again later
// goes on with the first step that did not.
class ProvisionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProvisionPage(PiSetupWizard *wizard);

    void initializePage() override;
    // Going back stops the running step; it starts again from its beginning.
    void cleanupPage() override;
    bool isComplete() const override;

    // Runs the next unfinished step (the wizard starts them by itself).
    void runNext();
    // Retries the failed step.
    void retry();
    void copyLog();
    bool isRunning() const { return m_run != nullptr; }
    bool allDone() const;
    bool hasFailed() const { return m_failed >= 0; }
    // Status column of a step ("Done", "Failed", …), for tests.
    QString stepStatus(const QString &id) const;
    QString stepLog(const QString &id) const;
    QTreeWidget *stepList() const { return m_steps; }

private:
    void onLine(const QString &line);
    void onTaskStarted(const QString &name, const QString &module);
    void onFinished(int exitCode);
    void tick();
    void showLogOf(int row);
    void stopRun();

    PiSetupWizard *m_wizard;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_log;
    QLabel *m_waiting;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPointer<setup::PlaybookRun> m_run;
    QStringList m_logs;
    int m_current = -1;
    int m_failed = -1;
    int m_taskCount = 0;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_rebootTimer;
    bool m_rebooting = false;
    QTimer m_ticker;
};

} // namespace antler::gui
