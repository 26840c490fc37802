#pragma once

#include "transport/SecretRequest.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace antler::gui {

// Asks for one secret a connection needs (SSH password, become password,
// key passphrase), never modal: the other hosts of a run go on meanwhile.
// "Remember" keeps it in the system keyring; without one the box is
// disabled and says why. The secret leaves the dialog only through answered().
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    // rememberUnavailable: empty when the keyring can be used, else why not.
    SecretDialog(const transport::SecretRequest &request, const QString &rememberUnavailable,
                 QWidget *parent = nullptr);

    const transport::SecretRequest &request() const { return m_request; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The question in words (tests read it), never the secret.
    QString text() const { return m_text; }
    // The keyring came or went while the dialog is open.
    void setRememberUnavailable(const QString &reason);

    static QString describe(const transport::SecretRequest &request);

Q_SIGNALS:
    void answered(const QString &secret, bool remember);
    void cancelled();

private:
    transport::SecretRequest m_request;
    QString m_text;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_rememberReason = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace antler::gui
