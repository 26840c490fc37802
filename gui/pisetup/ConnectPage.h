#pragma once

#include "transport/HostKeyInfo.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace antler::transport {
class Transport;
}

namespace antler::gui {

class PiSetupWizard;

// Step 1: host, port and user; the ssh-agent, a key file (its passphrase is
// asked for when needed) or a password; Test connection, which logs in and
// says in one sentence what went wrong. An unknown host key is taken to the
// Verify host page; a changed one stops here.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectPage(PiSetupWizard *wizard);
    ~ConnectPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void initializePage() override;

    // Starts the connection test (the button does the same).
    void testConnection();
    // The result line under the button.
    QString statusText() const;
    // One sentence for a transport error (exposed for tests).
    static QString explain(const QString &error, const QString &host, int port, const QString &user);
    // The refusal of a changed host key (Transport::hostKeyChanged): both fingerprints and how to fix it.
    static QString explainChangedKey(const transport::HostKeyInfo &info);
    bool connected() const { return m_connected; }
    bool hostKeyChanged() const { return m_hostKeyChanged; }
    // Set when the Pi presented a key not in known_hosts; the connection waits for the answer.
    bool hostKeyPending() const { return m_hostKeyPending; }
    const transport::HostKeyInfo &hostKey() const { return m_hostKey; }
    // The Verify host page's answer to the waiting connection.
    void answerHostKey(bool accept);

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    void applyToPlan();
    void setStatus(const QString &text, bool ok);
    void onFailed(const QString &error);

    PiSetupWizard *m_wizard;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QRadioButton *m_agent;
    QRadioButton *m_key;
    QRadioButton *m_passwordChoice;
    QLineEdit *m_keyFile;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_status;
    QPointer<transport::Transport> m_transport;
    transport::HostKeyInfo m_hostKey;
    transport::HostKeyInfo m_changedKey;
    bool m_connected = false;
    bool m_hostKeyPending = false;
    bool m_hostKeyChanged = false;
    bool m_hostKeyAsked = false;
};

} // namespace antler::gui
