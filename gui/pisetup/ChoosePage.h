#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace antler::gui {

class PiSetupWizard;

// Step 4: the engine (the one the facts recommend is preselected), the
// registry's port and the stages' names and ports, all prefilled.
class ChoosePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChoosePage(PiSetupWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    void setEngine(const QString &engine);
    QString engine() const;
    // Why the page cannot go on ("" when it can), shown under the form.
    QString problemText() const;

private:
    void updateAdvice();

    PiSetupWizard *m_wizard;
    QComboBox *m_engine;
    QLabel *m_advice;
    QString m_recommended;
    int m_memoryMb = 0;
    QSpinBox *m_registryPort;
    QLineEdit *m_bundle;
    QList<QLineEdit *> m_stageNames;
    QList<QSpinBox *> m_stagePorts;
    QLabel *m_problem;
};

} // namespace antler::gui
