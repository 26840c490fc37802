#include "SecretDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace antler::gui {

QString SecretDialog::describe(const transport::SecretRequest &request)
{
    const QString where = request.port == 22
        ? QStringLiteral("%1@%2").arg(request.user, request.host)
        : QStringLiteral("%1@%2 port %3").arg(request.user, request.host).arg(request.port);
    switch (request.kind) {
    case transport::SecretRequest::Kind::SshPassword:
        return tr("%1 (%2) asks for the SSH password of %3.").arg(request.hostName, where, request.user);
    case transport::SecretRequest::Kind::BecomePassword:
        return tr("sudo on %1 (%2) asks for the password of %3 to run tasks as %4 (the become password).")
            .arg(request.hostName, where, request.user, request.becomeUser);
    case transport::SecretRequest::Kind::KeyPassphrase:
        return tr("The key file %1, used to log in to %2 (%3), is protected by a passphrase.")
            .arg(request.keyFile, request.hostName, where);
    }
    return {};
}

SecretDialog::SecretDialog(const transport::SecretRequest &request, const QString &rememberUnavailable, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setObjectName(QStringLiteral("secretDialog"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(460);
    const bool passphrase = request.kind == transport::SecretRequest::Kind::KeyPassphrase;
    setWindowTitle(passphrase ? tr("Key passphrase: %1").arg(request.hostName)
                              : tr("Password: %1").arg(request.hostName));
    auto *layout = new QVBoxLayout(this);
    m_text = describe(request);
    if (request.retry)
        m_text = tr("The last answer was refused.") + QLatin1Char(' ') + m_text;
    auto *intro = new QLabel(m_text, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(passphrase ? tr("Passphrase") : tr("Password"));
    layout->addWidget(m_secret);

    m_remember = new QCheckBox(tr("&Remember in the system keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    layout->addWidget(m_remember);
    m_rememberReason = new QLabel(this);
    m_rememberReason->setObjectName(QStringLiteral("rememberReason"));
    m_rememberReason->setWordWrap(true);
    m_rememberReason->setTextFormat(Qt::PlainText);
    m_rememberReason->setEnabled(false);
    layout->addWidget(m_rememberReason);
    setRememberUnavailable(rememberUnavailable);

    auto *note = new QLabel(tr("Asked once per host while Antler runs; never written to a file or a log."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setText(tr("Do not connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString secret = m_secret->text();
        m_secret->clear();
        Q_EMIT answered(secret, m_remember->isEnabled() && m_remember->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_secret->clear();
        Q_EMIT cancelled();
        reject();
    });
    m_secret->setFocus();
}

void SecretDialog::setRememberUnavailable(const QString &reason)
{
    m_remember->setEnabled(reason.isEmpty());
    if (!reason.isEmpty())
        m_remember->setChecked(false);
    m_remember->setToolTip(reason);
    m_rememberReason->setText(reason);
    m_rememberReason->setVisible(!reason.isEmpty());
}

} // namespace antler::gui
