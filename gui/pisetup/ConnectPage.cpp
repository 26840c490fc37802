#include "pisetup/ConnectPage.h"

#include "pisetup/PiSetupWizard.h"
#include "transport/CommandJob.h"
#include "transport/SecretQuestions.h"
#include "transport/SshTransport.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace antler::gui {

ConnectPage::ConnectPage(PiSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Connect to the Pi"));
    setSubTitle(tr("The address of a Raspberry Pi with SSH turned on (Raspberry Pi Imager: Edit settings → "
                   "Services → Enable SSH), and the user you log in as."));
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("raspberrypi.local or 192.168.1.20"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_user = new QLineEdit(QStringLiteral("pi"), this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);

    m_agent = new QRadioButton(tr("Keys of the SSH &agent"), this);
    m_agent->setObjectName(QStringLiteral("useAgent"));
    m_key = new QRadioButton(tr("A &key file:"), this);
    m_key->setObjectName(QStringLiteral("useKeyFile"));
    m_passwordChoice = new QRadioButton(tr("The user's pass&word:"), this);
    m_passwordChoice->setObjectName(QStringLiteral("usePassword"));
    m_agent->setChecked(true);
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the private key"),
                                                          QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty()) {
            m_keyFile->setText(file);
            m_key->setChecked(true);
        }
    });
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    // The three ways to log in share one column, each with its own field.
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key);
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordChoice);
    passwordRow->addWidget(m_password, 1);
    const int labelWidth = qMax(m_key->sizeHint().width(), m_passwordChoice->sizeHint().width());
    m_key->setMinimumWidth(labelWidth);
    m_passwordChoice->setMinimumWidth(labelWidth);
    form->addRow(tr("Log in with:"), m_agent);
    form->addRow(QString(), keyRow);
    form->addRow(QString(), passwordRow);
    connect(m_keyFile, &QLineEdit::textEdited, this, [this] { m_key->setChecked(true); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordChoice->setChecked(true); });

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_test, &QPushButton::clicked, this, &ConnectPage::testConnection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addStretch();

    for (QLineEdit *edit : {m_host, m_user, m_keyFile, m_password})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_connected = false;
            m_hostKeyChanged = false;
            Q_EMIT completeChanged();
        });
}

ConnectPage::~ConnectPage()
{
    delete m_transport;
}

void ConnectPage::initializePage()
{
    const setup::SetupPlan &plan = m_wizard->plan();
    if (!plan.host.isEmpty()) {
        m_host->setText(plan.host);
        m_port->setValue(plan.port);
        m_user->setText(plan.user);
        if (!plan.keyFile.isEmpty()) {
            m_keyFile->setText(plan.keyFile);
            m_key->setChecked(true);
        }
    }
    if (m_wizard->isResuming() && !m_connected) {
        setStatus(tr("Going on with the setup of %1 where it stopped: %2 of %3 steps are done. Test the connection "
                     "to continue.")
                      .arg(plan.host)
                      .arg(plan.finishedSteps.size())
                      .arg(setup::SetupPlan::steps().size()),
                  true);
    }
}

void ConnectPage::applyToPlan()
{
    setup::SetupPlan &plan = m_wizard->plan();
    const QString host = m_host->text().trimmed();
    if (host != plan.host || m_port->value() != plan.port) {
        // Another Pi: its own saved plan, or a fresh one.
        setup::SetupPlan saved;
        if (setup::SetupPlan::load(host, m_port->value(), &saved))
            plan = saved;
        else
            plan = setup::SetupPlan();
    }
    plan.host = host;
    plan.port = m_port->value();
    plan.user = m_user->text().trimmed();
    plan.keyFile = m_key->isChecked() ? m_keyFile->text().trimmed() : QString();
    if (plan.keyFile.startsWith(QLatin1String("~/")))
        plan.keyFile = QDir::homePath() + plan.keyFile.mid(1);
    plan.useAgent = m_agent->isChecked();
    m_wizard->setPassword(m_passwordChoice->isChecked() ? m_password->text() : QString());
}

void ConnectPage::setStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setProperty("ok", ok);
    m_status->setStyleSheet(ok ? QString() : PiSetupWizard::problemStyle(palette()));
}

QString ConnectPage::statusText() const
{
    return m_status->text();
}

QString ConnectPage::explain(const QString &error, const QString &host, int port, const QString &user)
{
    const QString lower = error.toLower();
    if (lower.contains(QLatin1String("refused")))
        return tr("Nothing answers SSH at %1 port %2 (connection refused): turn SSH on on the Pi (sudo raspi-config → "
                  "Interface Options → SSH) or check the port.")
            .arg(host)
            .arg(port);
    if (lower.contains(QLatin1String("no route")) || lower.contains(QLatin1String("unreachable"))
        || lower.contains(QLatin1String("resolve")) || lower.contains(QLatin1String("name or service")))
        return tr("%1 cannot be reached (no route to it): check the address and that the Pi is on and on the same "
                  "network.")
            .arg(host);
    if (lower.contains(QLatin1String("timed out")) || lower.contains(QLatin1String("timeout")))
        return tr("%1 did not answer in time: the Pi may still be starting, or a firewall drops the connection; wait a "
                  "minute and test again.")
            .arg(host);
    if (lower.contains(QLatin1String("log in")) || lower.contains(QLatin1String("denied"))
        || lower.contains(QLatin1String("authentic")) || lower.contains(QLatin1String("passphrase")))
        return tr("The Pi refused to let %1 log in with this key or password: check the user name (Raspberry Pi "
                  "Imager sets it) and the key or password.")
            .arg(user);
    if (lower.contains(QLatin1String("sudo")))
        return tr("%1 logged in but cannot use sudo without a password: give %1 sudo rights on the Pi, or use the "
                  "password login so that sudo gets it.")
            .arg(user);
    return error;
}

QString ConnectPage::explainChangedKey(const transport::HostKeyInfo &info)
{
    const QString where = info.port == 22 ? info.host : QStringLiteral("[%1]:%2").arg(info.host).arg(info.port);
    return tr("STOP: the Pi at %1 presents a different host key than the one this computer trusts. Someone may be "
              "intercepting the connection, or the Pi was reinstalled; nothing was run. It presents %2 %3; line %4 "
              "of %5 holds %6 %7. Only if you reinstalled the Pi, remove that line (ssh-keygen -R '%8' -f %5) and "
              "test the connection again.")
        .arg(info.host, info.keyType, info.fingerprint)
        .arg(info.knownHostsLine)
        .arg(info.knownHostsFile, info.oldKeyType, info.oldFingerprint, where);
}

void ConnectPage::testConnection()
{
    applyToPlan();
    delete m_transport;
    m_connected = false;
    m_hostKeyPending = false;
    m_hostKeyChanged = false;
    m_hostKeyAsked = false;
    Q_EMIT completeChanged();
    const setup::SetupPlan &plan = m_wizard->plan();
    if (plan.host.isEmpty()) {
        setStatus(tr("Type the Pi's address first."), false);
        return;
    }
    transport::ConnectionSettings settings;
    settings.host = plan.host;
    settings.port = plan.port;
    settings.user = plan.user;
    settings.privateKeyFile = plan.keyFile;
    settings.password = m_wizard->password();
    settings.becomePassword = m_wizard->password();
    settings.useAgent = plan.useAgent;
    settings.knownHostsFile = m_wizard->knownHostsFile();
    settings.hostKeyPolicy = transport::ConnectionSettings::HostKeyPolicy::Ask;
    settings.connectTimeoutMs = 15000;
    // A key's passphrase (or a password the page left empty) is asked the way the window asks: the worker
    // thread waits on a queued question, the page stays responsive, the answer is kept for the session.
    settings.secretProvider = m_wizard->secretQuestions()->provider();
    auto *ssh = new transport::SshTransport(settings);
    m_transport = ssh;
    // The structured refusal (failed() follows): both fingerprints and the known_hosts line for the page.
    connect(ssh, &transport::Transport::hostKeyChanged, this, [this](const transport::HostKeyInfo &info) {
        m_hostKeyChanged = true;
        m_changedKey = info;
    });
    connect(ssh, &transport::Transport::unknownHostKey, this, [this](const transport::HostKeyInfo &info) {
        m_hostKey = info;
        m_hostKeyPending = true;
        m_hostKeyAsked = true;
        setStatus(tr("The Pi presents a host key this computer has not seen before: check it on the next page."), true);
        Q_EMIT completeChanged();
    });
    connect(ssh, &transport::Transport::failed, this, &ConnectPage::onFailed);
    connect(ssh, &transport::Transport::opened, this, [this, ssh] {
        m_hostKeyPending = false;
        setStatus(tr("Connected; checking that sudo works…"), true);
        transport::CommandSpec spec;
        spec.script = "true";
        spec.become = true;
        spec.timeoutMs = 30000;
        transport::CommandJob *job = ssh->run(spec);
        connect(job, &transport::CommandJob::finished, this, [this](const transport::CommandResult &result) {
            if (!result.succeeded()) {
                onFailed(
                    tr("sudo failed: %1")
                        .arg(result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
                return;
            }
            m_connected = true;
            setStatus(tr("Connected to %1 as %2; sudo works.").arg(m_wizard->plan().host, m_wizard->plan().user), true);
            Q_EMIT completeChanged();
            Q_EMIT connectionTested(true);
        });
    });
    setStatus(tr("Connecting to %1…").arg(plan.host), true);
    ssh->open();
}

void ConnectPage::onFailed(const QString &error)
{
    const setup::SetupPlan &plan = m_wizard->plan();
    m_connected = false;
    m_hostKeyPending = false;
    // m_hostKeyChanged was set by Transport::hostKeyChanged, which comes before failed().
    setStatus(m_hostKeyChanged ? explainChangedKey(m_changedKey) : explain(error, plan.host, plan.port, plan.user),
              false);
    Q_EMIT completeChanged();
    Q_EMIT connectionTested(false);
}

void ConnectPage::answerHostKey(bool accept)
{
    if (m_transport && m_hostKeyPending)
        m_transport->answerHostKey(accept);
}

bool ConnectPage::isComplete() const
{
    return (m_connected || m_hostKeyPending) && !m_hostKeyChanged;
}

bool ConnectPage::validatePage()
{
    // Only a host the wizard can go on with is kept to resume: not one whose
    // key was refused or that was never reached.
    if (!isComplete())
        return false;
    QString error;
    m_wizard->plan().save(&error);
    return true;
}

int ConnectPage::nextId() const
{
    return m_hostKeyAsked ? PiSetupWizard::VerifyHost : PiSetupWizard::Inspect;
}

} // namespace antler::gui
