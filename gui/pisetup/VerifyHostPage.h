#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace antler::gui {

class PiSetupWizard;

// Step 2: the Pi's host key, its type and SHA256 fingerprint, and how to
// read the same fingerprint on the Pi itself. Trusting it writes it to
// known_hosts and finishes the login; refusing ends the connection.
class VerifyHostPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerifyHostPage(PiSetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // "Trust this Pi" and "Do not trust it" (the buttons do the same).
    void accept();
    void reject();
    QString fingerprintText() const;
    QString statusText() const;

private:
    PiSetupWizard *m_wizard;
    QLabel *m_key;
    QLabel *m_howTo;
    QLabel *m_status;
    QPushButton *m_accept;
    QPushButton *m_reject;
    bool m_answered = false;
};

} // namespace antler::gui
