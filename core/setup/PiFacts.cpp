#include "setup/PiFacts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace antler::setup {

bool PiFacts::fromJson(const QString &json, PiFacts *facts, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        *error
            = tr("The facts of the Pi are not readable (%1); run the facts step again.").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    facts->model = object.value(QLatin1String("model")).toString();
    facts->architecture = object.value(QLatin1String("architecture")).toString();
    facts->userland = object.value(QLatin1String("userland")).toString();
    facts->os = object.value(QLatin1String("os")).toString();
    facts->kernel = object.value(QLatin1String("kernel")).toString();
    facts->memoryMb = object.value(QLatin1String("memory_mb")).toInt();
    facts->rootDevice = object.value(QLatin1String("root_device")).toString();
    facts->rootFreeMb = object.value(QLatin1String("root_free_mb")).toInt();
    facts->memoryCgroupEnabled = object.value(QLatin1String("memory_cgroup_enabled")).toBool();
    facts->cmdline = object.value(QLatin1String("cmdline")).toString();
    facts->cmdlineFile = object.value(QLatin1String("cmdline_file")).toString();
    facts->throttled = object.value(QLatin1String("throttled")).toString();
    facts->podmanInstalled = object.value(QLatin1String("podman_installed")).toBool();
    facts->registryInstalled = object.value(QLatin1String("registry_installed")).toBool();
    facts->k3sInstalled = object.value(QLatin1String("k3s_installed")).toBool();
    return true;
}

QString PiFacts::recommendedEngine() const
{
    return memoryMb >= 1900 && is64Bit() ? QStringLiteral("k3s") : QStringLiteral("podman");
}

QStringList PiFacts::warnings() const
{
    QStringList warnings;
    if (!isRaspberryPi())
        warnings << tr("This is not a Raspberry Pi (no Raspberry Pi model in the device tree); the setup works on any "
                       "Debian machine, but the advice here is for a Pi.");
    if (!is64Bit())
        warnings << tr("The system is 32-bit (%1): install the 64-bit Raspberry Pi OS; the stages' images and k3s "
                       "need arm64.")
                        .arg(userland.isEmpty() ? architecture : userland);
    if (memoryMb > 0 && memoryMb < 1900)
        warnings << tr("The Pi has %1 MB of memory: k3s needs 2 GB, so podman is chosen.").arg(memoryMb);
    if (bootsFromSdCard())
        warnings << tr("The system runs from an SD card (%1): builds and the registry wear it out and are slow; an "
                       "SSD on USB lasts longer.")
                        .arg(rootDevice);
    if (!memoryCgroupEnabled)
        warnings << tr("The memory cgroup controller is off: containers cannot have memory limits until the setup "
                       "turns it on (it edits %1 and reboots the Pi).")
                        .arg(cmdlineFile.isEmpty() ? QStringLiteral("cmdline.txt") : cmdlineFile);
    bool ok = false;
    const uint throttledBits = throttled.toUInt(&ok, 16);
    if (ok && throttledBits != 0)
        warnings << tr("The Pi reports under-voltage or throttling (get_throttled=%1): use the official power "
                       "supply, or builds will be slow and the SD card may be damaged.")
                        .arg(throttled);
    return warnings;
}

QStringList PiFacts::summary() const
{
    return {
        tr("Model: %1").arg(model.isEmpty() ? tr("not a Raspberry Pi") : model),
        tr("System: %1, %2 (kernel %3)").arg(os, userland.isEmpty() ? architecture : userland, kernel),
        tr("Memory: %1 MB").arg(memoryMb),
        tr("System disk: %1, %2 MB free").arg(rootDevice).arg(rootFreeMb),
        tr("Memory cgroup controller: %1").arg(memoryCgroupEnabled ? tr("on") : tr("off")),
        tr("Installed: podman %1, registry %2, k3s %3")
            .arg(podmanInstalled ? tr("yes") : tr("no"), registryInstalled ? tr("yes") : tr("no"),
                 k3sInstalled ? tr("yes") : tr("no")),
    };
}

} // namespace antler::setup
