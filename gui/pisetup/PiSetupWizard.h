#pragma once

#include "setup/PiFacts.h"
#include "setup/SetupPlan.h"
#include "transport/SecretQuestions.h"

#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <QWizard>

#include <memory>

namespace antler::gui {

class ConnectPage;
class SecretDialog;
class VerifyHostPage;
class InspectPage;
class ChoosePage;
class ProvisionPage;
class DonePage;

// "Set up a Pi…": a newcomer clicks through connecting to a fresh Raspberry
// Pi, checking its host key, looking at what it is, choosing the engine,
// registry and stages, and provisioning it with the playbooks of
// resources/playbooks (the steps an expert runs headless with pi-setup.yml).
// The result is a new profile (inventory.ini + antler.yaml under
// profilesDir()) which profileCreated() hands to the window. The plan is
// saved per host after every step, and a wizard opened again starts on the
// last unfinished one, so a closed wizard resumes where it left off.
class PiSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Connect, VerifyHost, Inspect, Choose, Provision, Done };

    explicit PiSetupWizard(QWidget *parent = nullptr);
    ~PiSetupWizard() override;

    setup::SetupPlan &plan() { return m_plan; }
    setup::PiFacts &facts() { return m_facts; }
    // The password typed on the Connect page; kept in memory only.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // known_hosts the wizard checks and writes (default ~/.ssh/known_hosts; tests set their own).
    QString knownHostsFile() const { return m_knownHostsFile; }
    void setKnownHostsFile(const QString &path) { m_knownHostsFile = path; }
    // Where new profiles go (default $XDG_CONFIG_HOME/antler/profiles).
    QString profilesDir() const { return m_profilesDir; }
    void setProfilesDir(const QString &path) { m_profilesDir = path; }
    // The copy of the built-in playbooks the steps run from ("" with
    // playbookProblem() when it cannot be made).
    QString playbookDir();
    QString playbookProblem() const { return m_playbookProblem; }
    // Runs the steps from dir instead: a folder with playbooks of the same
    // names (tests use small stand-ins that need no Pi).
    void setPlaybookDir(const QString &dir) { m_playbookOverride = dir; }
    // True when the wizard opened on a saved, unfinished setup.
    bool isResuming() const { return m_resuming; }
    // The inventory the playbooks run with (the password included, never written to disk).
    QByteArray runInventory() const;
    // Where the wizard's connections get the secrets the Connect page left out (a key file's passphrase, a
    // password): a worker thread waits on a queued question and nothing blocks the window. By default the
    // wizard's own, answered in a SecretDialog over it; the main window hands over its own instead, so a
    // passphrase is asked once per session for the window and the wizard alike.
    transport::SecretQuestions *secretQuestions() const { return m_secretQuestions.data(); }
    void setSecretQuestions(transport::SecretQuestions *questions);

    ConnectPage *connectPage() const { return m_connect; }
    VerifyHostPage *verifyHostPage() const { return m_verify; }
    InspectPage *inspectPage() const { return m_inspect; }
    ChoosePage *choosePage() const { return m_choose; }
    ProvisionPage *provisionPage() const { return m_provision; }
    DonePage *donePage() const { return m_done; }

    // The profile written on the Done page ("" until then).
    QString profilePath() const { return m_profilePath; }
    void setProfilePath(const QString &path) { m_profilePath = path; }

    // A style sheet for a label that reports a problem: bold, in a red that
    // reads on the light and on the dark theme.
    static QString problemStyle(const QPalette &palette);

Q_SIGNALS:
    // The new profile's antler.yaml: the window switches to it.
    void profileCreated(const QString &path);
    // "Build and deploy to test" on the Done page.
    void buildAndDeployRequested(const QString &path);

private:
    void askSecret(int id, const transport::SecretRequest &request);

    setup::SetupPlan m_plan;
    setup::PiFacts m_facts;
    QString m_password;
    QString m_knownHostsFile;
    QString m_profilesDir;
    QString m_profilePath;
    std::unique_ptr<QTemporaryDir> m_playbooks;
    QString m_playbookOverride;
    QString m_playbookProblem;
    bool m_resuming = false;
    transport::SecretQuestions *m_ownSecretQuestions;
    QPointer<transport::SecretQuestions> m_secretQuestions;
    QHash<int, QPointer<SecretDialog>> m_secretDialogs;
    ConnectPage *m_connect;
    VerifyHostPage *m_verify;
    InspectPage *m_inspect;
    ChoosePage *m_choose;
    ProvisionPage *m_provision;
    DonePage *m_done;
};

} // namespace antler::gui
