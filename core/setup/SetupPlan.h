#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::setup {

// One Pi's setup as the wizard builds it up, kept per host so that a closed
// wizard resumes where it left off: how to reach the Pi, what was chosen,
// and which provisioning steps have finished.
struct SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlan)

public:
    struct Stage
    {
        QString name;
        int port = 0;
    };
    struct Step
    {
        QString id; // "cgroups"
        QString playbook; // "pi-cgroups.yml" in resources/playbooks
        QString title; // for the Provision page
        bool reboots = false; // may reboot the Pi
    };

    QString host;
    int port = 22;
    QString user = QStringLiteral("pi");
    QString keyFile; // empty: the agent or password
    bool useAgent = true;
    QString engine = QStringLiteral("podman"); // or "k3s"
    int registryPort = 5000;
    QString k3sAirgapBundle;
    QList<Stage> stages
        = {{QStringLiteral("test"), 18481}, {QStringLiteral("staging"), 18482}, {QStringLiteral("production"), 18483}};
    QStringList finishedSteps;

    // The provisioning steps in order (facts run on the Inspect page first).
    static QList<Step> steps();
    // The step's playbook file, from the copy under dir (see extractPlaybooks()).
    static QString playbookPath(const QString &dir, const Step &step);
    // Copies the playbooks built into the program (resources/playbooks) to dir.
    static bool extractPlaybooks(const QString &dir, QString *error);

    // -e variables for the playbooks.
    QVariantMap extraVariables() const;
    // An INI inventory with the one host "pi" (password never written).
    QByteArray inventory(const QString &password = {}) const;
    // antler.yaml of the new profile, whose target is the host "pi" of inventoryFile.
    QByteArray pipelineConfig(const QString &inventoryFile) const;

    // ~/.local/share/antler/pi-setup/HOST-PORT.json (or the XDG data folder).
    static QString statePath(const QString &host, int port);
    bool save(QString *error) const;
    static bool load(const QString &host, int port, SetupPlan *plan);
    // The most recently saved plan whose provisioning has not finished, so
    // that a wizard opened again resumes it; false when there is none.
    static bool loadUnfinished(SetupPlan *plan);
    // Every step of steps() has finished.
    bool isFinished() const;

    // Writes PROFILES/NAME/{inventory.ini,antler.yaml}; returns antler.yaml's path.
    QString writeProfile(const QString &profilesDir, const QString &name, QString *error) const;

    QJsonObject toJson() const;
    static SetupPlan fromJson(const QJsonObject &object);
};

} // namespace antler::setup
