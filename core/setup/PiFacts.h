#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace antler::setup {

// What resources/playbooks/pi-facts.yml found out about a Pi (its "pi_facts"),
// and what a newcomer should be warned about before setting it up.
struct PiFacts
{
    Q_DECLARE_TR_FUNCTIONS(PiFacts)

public:
    QString model; // "Raspberry Pi 4 Model B Rev 1.4"; empty when not a Pi (no device tree)
    QString architecture; // uname -m: aarch64, armv7l, x86_64
    QString userland; // dpkg's architecture: arm64, armhf, amd64
    QString os; // PRETTY_NAME
    QString kernel;
    int memoryMb = 0;
    QString rootDevice; // /dev/mmcblk0p2, /dev/sda2, /dev/nvme0n1p2
    int rootFreeMb = 0;
    bool memoryCgroupEnabled = false;
    QString cmdline;
    QString cmdlineFile;
    QString throttled; // vcgencmd get_throttled, "0x0" when all is well; empty without vcgencmd
    bool podmanInstalled = false;
    bool registryInstalled = false;
    bool k3sInstalled = false;

    // From the JSON the playbook prints; false with *error when it is not that.
    static bool fromJson(const QString &json, PiFacts *facts, QString *error);

    bool isRaspberryPi() const { return model.contains(QLatin1String("Raspberry Pi")); }
    bool is64Bit() const { return userland == QLatin1String("arm64") || userland == QLatin1String("amd64"); }
    bool bootsFromSdCard() const { return rootDevice.startsWith(QLatin1String("/dev/mmcblk")); }
    // "podman" or "k3s": k3s only with 2 GB of memory or more and a 64-bit system.
    QString recommendedEngine() const;
    // One sentence each: what is wrong and what it means for the setup.
    QStringList warnings() const;
    // Readable lines "Label: value" for the Inspect page.
    QStringList summary() const;
};

} // namespace antler::setup
