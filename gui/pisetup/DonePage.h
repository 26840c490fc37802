#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace antler::gui {

class PiSetupWizard;

// Step 6: what was set up, the new profile written and opened, and "Build
// and deploy to test" to start the pipeline on it.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(PiSetupWizard *wizard);

    void initializePage() override;
    QString summaryText() const;

private:
    PiSetupWizard *m_wizard;
    QLabel *m_summary;
    QPushButton *m_deploy;
};

} // namespace antler::gui
