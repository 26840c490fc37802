#include "pisetup/VerifyHostPage.h"

#include "pisetup/ConnectPage.h"
#include "pisetup/PiSetupWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

QString keyFileOf(const QString &keyType)
{
    if (keyType.contains(QLatin1String("ed25519")))
        return QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub");
    if (keyType.contains(QLatin1String("ecdsa")))
        return QStringLiteral("/etc/ssh/ssh_host_ecdsa_key.pub");
    return QStringLiteral("/etc/ssh/ssh_host_rsa_key.pub");
}

} // namespace

VerifyHostPage::VerifyHostPage(PiSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Check that this is your Pi"));
    setSubTitle(tr("Before anything is sent to it, compare the Pi's host key with the one the Pi itself shows. "
                   "If they match, nobody is in between."));
    m_key = new QLabel(this);
    m_key->setObjectName(QStringLiteral("hostKey"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setWordWrap(true);
    m_howTo = new QLabel(this);
    m_howTo->setWordWrap(true);
    m_howTo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accept = new QPushButton(tr("The fingerprints match: &trust this Pi"), this);
    m_accept->setObjectName(QStringLiteral("acceptHostKey"));
    m_reject = new QPushButton(tr("They do &not match"), this);
    m_reject->setObjectName(QStringLiteral("rejectHostKey"));
    connect(m_accept, &QPushButton::clicked, this, &VerifyHostPage::accept);
    connect(m_reject, &QPushButton::clicked, this, &VerifyHostPage::reject);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_key);
    layout->addSpacing(8);
    layout->addWidget(m_howTo);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_wizard->connectPage(), &ConnectPage::connectionTested, this, [this](bool ok) {
        if (!m_answered)
            return;
        m_status->setText(ok ? tr("Trusted and connected: the key is in %1.").arg(m_wizard->knownHostsFile())
                             : m_wizard->connectPage()->statusText());
        Q_EMIT completeChanged();
    });
}

void VerifyHostPage::initializePage()
{
    const transport::HostKeyInfo &info = m_wizard->connectPage()->hostKey();
    m_answered = false;
    m_key->setText(tr("<b>%1</b> port %2 presents this host key:<br><tt>%3</tt><br><tt><b>%4</b></tt>")
                       .arg(info.host.toHtmlEscaped())
                       .arg(info.port)
                       .arg(info.keyType.toHtmlEscaped(), info.fingerprint.toHtmlEscaped()));
    m_howTo->setText(tr("On the Pi (with a screen and keyboard, or a connection you already trust), run:\n\n"
                        "    ssh-keygen -lf %1\n\n"
                        "It prints the fingerprint after the key size; it must be the same as above.")
                         .arg(keyFileOf(info.keyType)));
    m_status->clear();
    m_accept->setEnabled(true);
    m_reject->setEnabled(true);
}

QString VerifyHostPage::fingerprintText() const
{
    return m_key->text();
}

QString VerifyHostPage::statusText() const
{
    return m_status->text();
}

void VerifyHostPage::accept()
{
    m_answered = true;
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    m_status->setText(tr("Trusting the key and logging in…"));
    m_wizard->connectPage()->answerHostKey(true);
}

void VerifyHostPage::reject()
{
    m_answered = true;
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    m_wizard->connectPage()->answerHostKey(false);
    m_status->setText(tr("Not trusted: nothing was sent to the Pi. Check that the address is your Pi's, then go "
                         "back and test the connection again."));
}

bool VerifyHostPage::isComplete() const
{
    return m_wizard->connectPage()->connected();
}

int VerifyHostPage::nextId() const
{
    return PiSetupWizard::Inspect;
}

} // namespace antler::gui
