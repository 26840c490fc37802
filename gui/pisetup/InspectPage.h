#pragma once

#include "setup/PlaybookRun.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace antler::gui {

class PiSetupWizard;

// Step 3: runs the facts playbook (resources/playbooks/pi-facts.yml) and
// shows what the Pi is, with a warning for each thing that stands in the way.
class InspectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit InspectPage(PiSetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Straight to Provision when an earlier session already started it: what
    // was chosen then is what the finished steps did.
    int nextId() const override;

    bool isDone() const { return m_done; }
    // The facts as "Label: value" lines once read; the progress or the problem before.
    QString summaryText() const;
    QString warningsText() const;

private:
    void onFinished(int exitCode);

    PiSetupWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_warnings;
    QPlainTextEdit *m_log;
    QPointer<setup::PlaybookRun> m_run;
    bool m_done = false;
};

} // namespace antler::gui
