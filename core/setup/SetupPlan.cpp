#include "setup/SetupPlan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace antler::setup {

namespace {

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = SetupPlan::tr("Cannot write %1: %2; check that the folder is writable.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray quoted(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + text.toUtf8() + '"';
}

} // namespace

QList<SetupPlan::Step> SetupPlan::steps()
{
    return {
        {QStringLiteral("cgroups"), QStringLiteral("pi-cgroups.yml"), tr("Turn the memory cgroup controller on"), true},
        {QStringLiteral("engine"), QStringLiteral("pi-engine.yml"), tr("Install the container engine"), false},
        {QStringLiteral("registry"), QStringLiteral("pi-registry.yml"), tr("Set up the image registry"), false},
        {QStringLiteral("build-tools"), QStringLiteral("pi-build-tools.yml"), tr("Install the build tools"), false},
        {QStringLiteral("stages"), QStringLiteral("pi-stages.yml"), tr("Create the stages"), false},
    };
}

QString SetupPlan::playbookPath(const QString &dir, const Step &step)
{
    return QDir(dir).filePath(step.playbook);
}

bool SetupPlan::extractPlaybooks(const QString &dir, QString *error)
{
    const QDir resources(QStringLiteral(":/playbooks"));
    const QStringList names = resources.entryList(QDir::Files);
    if (names.isEmpty()) {
        *error = tr("The provisioning playbooks are missing from this build of Antler (resources/playbooks).");
        return false;
    }
    for (const QString &name : names) {
        QFile source(resources.filePath(name));
        if (!source.open(QIODevice::ReadOnly) || !writeFile(QDir(dir).filePath(name), source.readAll(), error))
            return false;
    }
    return true;
}

QVariantMap SetupPlan::extraVariables() const
{
    QVariantList stageList;
    for (const Stage &stage : stages)
        stageList << QVariantMap {{QStringLiteral("name"), stage.name}, {QStringLiteral("port"), stage.port}};
    QVariantMap variables {{QStringLiteral("antler_engine"), engine},
                           {QStringLiteral("registry_port"), registryPort},
                           {QStringLiteral("antler_stages"), stageList}};
    if (!k3sAirgapBundle.isEmpty())
        variables.insert(QStringLiteral("k3s_airgap_bundle"), k3sAirgapBundle);
    // The profile names k3s's images HOST:PORT/… (pipelineConfig()), so the
    // cluster's mirror in registries.yaml must be that name, not localhost.
    if (engine == QLatin1String("k3s"))
        variables.insert(QStringLiteral("registry_host"), host);
    return variables;
}

QByteArray SetupPlan::inventory(const QString &password) const
{
    QByteArray text = "# Written by Antler's Pi setup wizard.\n[pi]\npi ansible_host=" + host.toUtf8()
        + " ansible_port=" + QByteArray::number(port) + " ansible_user=" + user.toUtf8() + " ansible_become=true";
    if (!keyFile.isEmpty())
        text += " ansible_ssh_private_key_file=" + quoted(keyFile);
    if (!password.isEmpty())
        text += " ansible_password=" + quoted(password);
    return text + '\n';
}

QByteArray SetupPlan::pipelineConfig(const QString &inventoryFile) const
{
    const bool k3s = engine == QLatin1String("k3s");
    QByteArray text = "# The profile of the Pi at " + host.toUtf8()
        + ", written by Antler's Pi setup wizard.\n"
          "version: 1\n"
          "profile: "
        + host.toUtf8() + "\ninventory: " + quoted(inventoryFile) + "\ntarget: pi\nruntime: "
        + (k3s ? "kubernetes" : "podman") + "\nregistry: " + (k3s ? host.toUtf8() : QByteArray("localhost")) + ':'
        + QByteArray::number(registryPort) + "\nstages:\n";
    for (int i = 0; i < stages.size(); ++i) {
        text += "  - name: " + stages[i].name.toUtf8() + "\n    host: " + host.toUtf8()
            + "\n    port: " + QByteArray::number(stages[i].port) + "\n";
        if (i == stages.size() - 1 && stages.size() > 1)
            text += "    gate:\n      confirm: true\n";
    }
    return text;
}

QString SetupPlan::statePath(const QString &host, int port)
{
    QString name = host;
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/antler/pi-setup/%1-%2.json").arg(name).arg(port);
}

bool SetupPlan::save(QString *error) const
{
    return writeFile(statePath(host, port), QJsonDocument(toJson()).toJson(), error);
}

bool SetupPlan::load(const QString &host, int port, SetupPlan *plan)
{
    QFile file(statePath(host, port));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return false;
    *plan = fromJson(document.object());
    return plan->host == host;
}

bool SetupPlan::loadUnfinished(SetupPlan *plan)
{
    const QDir dir(QFileInfo(statePath(QStringLiteral("x"), 22)).absolutePath());
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject())
            continue;
        const SetupPlan saved = fromJson(document.object());
        if (!saved.host.isEmpty() && !saved.isFinished()) {
            *plan = saved;
            return true;
        }
    }
    return false;
}

bool SetupPlan::isFinished() const
{
    for (const Step &step : steps()) {
        if (!finishedSteps.contains(step.id))
            return false;
    }
    return true;
}

QString SetupPlan::writeProfile(const QString &profilesDir, const QString &name, QString *error) const
{
    const QString dir = QDir(profilesDir).filePath(name);
    const QString inventoryFile = QDir(dir).filePath(QStringLiteral("inventory.ini"));
    QString configFile = QDir(dir).filePath(QStringLiteral("antler.yaml"));
    if (!writeFile(inventoryFile, inventory(), error) || !writeFile(configFile, pipelineConfig(inventoryFile), error))
        return {};
    return configFile;
}

QJsonObject SetupPlan::toJson() const
{
    QJsonArray stageArray;
    for (const Stage &stage : stages)
        stageArray.append(QJsonObject {{QStringLiteral("name"), stage.name}, {QStringLiteral("port"), stage.port}});
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("user"), user},
            {QStringLiteral("key_file"), keyFile},
            {QStringLiteral("use_agent"), useAgent},
            {QStringLiteral("engine"), engine},
            {QStringLiteral("registry_port"), registryPort},
            {QStringLiteral("k3s_airgap_bundle"), k3sAirgapBundle},
            {QStringLiteral("stages"), stageArray},
            {QStringLiteral("finished_steps"), QJsonArray::fromStringList(finishedSteps)}};
}

SetupPlan SetupPlan::fromJson(const QJsonObject &object)
{
    SetupPlan plan;
    plan.host = object.value(QLatin1String("host")).toString();
    plan.port = object.value(QLatin1String("port")).toInt(22);
    plan.user = object.value(QLatin1String("user")).toString(plan.user);
    plan.keyFile = object.value(QLatin1String("key_file")).toString();
    plan.useAgent = object.value(QLatin1String("use_agent")).toBool(true);
    plan.engine = object.value(QLatin1String("engine")).toString(plan.engine);
    plan.registryPort = object.value(QLatin1String("registry_port")).toInt(plan.registryPort);
    plan.k3sAirgapBundle = object.value(QLatin1String("k3s_airgap_bundle")).toString();
    const QJsonArray stageArray = object.value(QLatin1String("stages")).toArray();
    if (!stageArray.isEmpty()) {
        plan.stages.clear();
        for (const QJsonValue value : stageArray)
            plan.stages.append({value[QLatin1String("name")].toString(), value[QLatin1String("port")].toInt()});
    }
    for (const QJsonValue value : object.value(QLatin1String("finished_steps")).toArray())
        plan.finishedSteps << value.toString();
    return plan;
}

} // namespace antler::setup
