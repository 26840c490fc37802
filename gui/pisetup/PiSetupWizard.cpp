#include "pisetup/PiSetupWizard.h"

#include "SecretDialog.h"
#include "Theme.h"
#include "pisetup/ChoosePage.h"
#include "pisetup/ConnectPage.h"
#include "pisetup/DonePage.h"
#include "pisetup/InspectPage.h"
#include "pisetup/ProvisionPage.h"
#include "pisetup/VerifyHostPage.h"
#include "transport/ConnectionSettings.h"
#include "transport/KeychainSecretStore.h"
#include "transport/SecretQuestions.h"

#include <QStandardPaths>

namespace antler::gui {

PiSetupWizard::PiSetupWizard(QWidget *parent)
    : QWizard(parent)
    , m_knownHostsFile(transport::ConnectionSettings::defaultKnownHostsFile())
    , m_profilesDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                    + QStringLiteral("/antler/profiles"))
{
    setObjectName(QStringLiteral("piSetupWizard"));
    setWindowTitle(tr("Set up a Raspberry Pi"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 560);
    // Before the pages: the Connect page's connections ask through it.
    auto *store = new transport::KeychainSecretStore(QStringLiteral("antler"), this);
    m_ownSecretQuestions = new transport::SecretQuestions(store, this);
    connect(m_ownSecretQuestions, &transport::SecretQuestions::asked, this, &PiSetupWizard::askSecret);
    connect(m_ownSecretQuestions, &transport::SecretQuestions::withdrawn, this, [this](int id) {
        if (QPointer<SecretDialog> dialog = m_secretDialogs.take(id))
            dialog->close();
    });
    m_secretQuestions = m_ownSecretQuestions;
    m_connect = new ConnectPage(this);
    m_verify = new VerifyHostPage(this);
    m_inspect = new InspectPage(this);
    m_choose = new ChoosePage(this);
    m_provision = new ProvisionPage(this);
    m_done = new DonePage(this);
    setPage(Connect, m_connect);
    setPage(VerifyHost, m_verify);
    setPage(Inspect, m_inspect);
    setPage(Choose, m_choose);
    setPage(Provision, m_provision);
    setPage(Done, m_done);
    setStartId(Connect);
    m_resuming = setup::SetupPlan::loadUnfinished(&m_plan);
}

PiSetupWizard::~PiSetupWizard() = default;

void PiSetupWizard::setSecretQuestions(transport::SecretQuestions *questions)
{
    m_secretQuestions = questions ? questions : m_ownSecretQuestions;
}

void PiSetupWizard::askSecret(int id, const transport::SecretRequest &request)
{
    auto *dialog = new SecretDialog(request, m_ownSecretQuestions->rememberUnavailableReason(), this);
    m_secretDialogs.insert(id, dialog);
    connect(dialog, &SecretDialog::answered, this, [this, id](const QString &secret, bool remember) {
        m_secretDialogs.remove(id);
        m_ownSecretQuestions->answer(id, secret, remember);
    });
    // Cancelled, or closed with the window's close button: go on without it.
    connect(dialog, &QDialog::finished, this, [this, id] {
        if (m_secretDialogs.remove(id) > 0)
            m_ownSecretQuestions->cancel(id);
    });
    dialog->show();
    dialog->raise();
}

QString PiSetupWizard::playbookDir()
{
    if (!m_playbookOverride.isEmpty())
        return m_playbookOverride;
    if (!m_playbooks) {
        m_playbooks = std::make_unique<QTemporaryDir>();
        if (!m_playbooks->isValid())
            m_playbookProblem = tr("Cannot make a temporary folder for the playbooks: %1; check that the temporary "
                                   "folder is writable.")
                                    .arg(m_playbooks->errorString());
        else if (!setup::SetupPlan::extractPlaybooks(m_playbooks->path(), &m_playbookProblem))
            m_playbooks->remove();
    }
    return m_playbookProblem.isEmpty() ? m_playbooks->path() : QString();
}

QString PiSetupWizard::problemStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1; font-weight: bold;")
        .arg(Theme::isDark(palette) ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e"));
}

QByteArray PiSetupWizard::runInventory() const
{
    return m_plan.inventory(m_password);
}

} // namespace antler::gui
