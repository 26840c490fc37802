#pragma once

#include "transport/ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace antler::test {

// A stand-in for a Raspberry Pi that is a real machine: a debootstrapped
// Debian 12 booted in qemu, with its own kernel, systemd and reboots — what
// the container stand-in (PiStandIn) cannot give.
//
// It boots like a Pi: the kernel, the initrd and the kernel command line come
// from the VM's firmware partition (mounted at /boot/firmware inside) at every
// boot, and a reboot inside the guest ends qemu and boots it again with the
// edited cmdline.txt (tests/support/pi-vm-run.sh). The command line starts
// with cgroup_disable=memory, like a Pi's: the memory cgroup controller is off
// until the cgroups playbook fixes it. Options::firmwareOverride appends
// cgroup_disable=memory at every boot whatever the file says (Pi 5 firmware).
//
// The disk images are built once per machine and cached, keyed by their
// recipe (tests/support/pi-vm-image.sh, about 5 minutes); ctest builds them in
// the fixture setup_pi_vm_image (FIXTURES pi_vm). Each PiVm boots its own
// copy-on-write overlay, so no test sees another's changes. qemu runs with TCG
// unless a probe boot proved KVM works on this machine.
//
//     if (const QString reason = PiVm::unavailableReason(); !reason.isEmpty())
//         QSKIP(qPrintable(reason));
//     PiVm pi;
//     QString error;
//     QVERIFY2(pi.start(&error), qPrintable(error + pi.consoleTail()));
//     SshTransport transport(pi.settings()); // "pi", passwordless sudo
//
// Users: root and pi (key login, clientKeyPath(); pi has passwordless sudo).
// Network: user-mode, SSH forwarded from 127.0.0.1:port(); apt inside reaches
// this machine's Debian mirror. Teardown (destructor, or the test process
// going away) ends qemu; the console log is kept until then (consoleLog()).
class PiVm
{
public:
    struct Options
    {
        // "amd64", or "arm64" (qemu-system-aarch64 -M virt); the default is
        // $ANTLER_PI_VM_ARCH, else amd64 (ctest runs the arm64 variants so).
        QString arch = defaultArch();
        int memoryMb = 1024;
        bool firmwareOverride = false;
        // qemu honours the guest's flushes (cache=writeback), so what the
        // guest flushed survives powerOff() as it survives a power cut on a
        // Pi. Off (cache=unsafe, faster) a killed qemu may lose any write.
        bool honourFlushes = false;
        // How many more TCP ports to forward, each from a free port on
        // 127.0.0.1 to the same port number inside the VM (forwardedPorts()):
        // for servers a test starts on the Pi and reaches from here, as a
        // stage's health check reaches a Pi on the LAN.
        int forwardedPortCount = 0;
    };

    static QString defaultArch();

    PiVm();
    explicit PiVm(const Options &options);
    ~PiVm();
    PiVm(const PiVm &) = delete;
    PiVm &operator=(const PiVm &) = delete;

    // Empty when the VM can run here; otherwise the reason (for QSKIP).
    static QString unavailableReason(const QString &arch = defaultArch());
    // Builds the images unless cached and probes KVM once per boot of this
    // machine; returns the folder of the images (empty and *error otherwise).
    static QString ensureImage(const QString &arch, QString *error);
    // "kvm" or "tcg": what qemu runs with here.
    static QString accelerator(const QString &arch);

    // Creates the overlay, boots and waits until SSH answers and systemd
    // reports the system running (or degraded). False with one sentence and
    // the console's last lines in *error otherwise.
    bool start(QString *error);
    // start() in two halves, so that several VMs can boot at once: launch()
    // returns as soon as qemu runs, waitUntilUp() waits as start() does.
    bool launch(QString *error);
    bool waitUntilUp(QString *error, int timeoutMs = 900000);
    // Ends qemu (also done by the destructor).
    void stop();
    // The power fails: every packet to and from the VM's SSH port is dropped
    // (an nftables table of its own, /usr/sbin/nft) and qemu is frozen
    // (SIGSTOP), so a connection gets no answer, no acknowledgement and no
    // reset, as when a Pi loses power: its peers only notice by their
    // timeouts. (Frozen alone, the VM would still have its TCP acknowledged
    // by this machine's kernel on loopback.) powerOff() then ends it for good
    // and lets packets through again. False with *error when nft failed.
    bool cutPower(QString *error);
    // Empty when cutPower() can work here; otherwise the reason (for QSKIP).
    static QString cutPowerUnavailableReason();
    // Deletes the nftables tables of power cuts whose test is gone (killed
    // before it could restore the network): their packets would stay dropped
    // and a later test given the same port would see a dead peer.
    static void removeStalePowerCuts();
    // Pulls the plug: qemu is killed (no shutdown; what the guest had not
    // flushed is lost) but the disks are kept, so powerOn() boots the same
    // machine again.
    void powerOff();
    // Boots the disks of the last powerOff() again and waits as start() does.
    bool powerOn(QString *error, int timeoutMs = 900000);
    bool isRunning() const;
    // Waits until the VM answers SSH again after a reboot, with a boot count
    // greater than before; false with the console's tail after timeoutMs.
    bool waitForBoot(int bootsBefore, QString *error, int timeoutMs = 600000);
    // How many times qemu booted the VM so far (1 after start()).
    int bootCount() const;

    // Appends cgroup_disable=memory at the next boots, whatever cmdline.txt says.
    void setFirmwareOverride(bool on);
    // cmdline.txt as the firmware reads it now (debugfs of the firmware partition).
    QString firmwareCommandLine() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    // Options::forwardedPortCount ports, chosen at launch(): 127.0.0.1:P here
    // reaches port P inside the VM.
    QList<quint16> forwardedPorts() const { return m_forwardedPorts; }
    static QString user() { return QStringLiteral("pi"); }
    QString clientKeyPath() const;
    QString knownHostsPath() const;
    QString hostKeyType() const { return m_hostKeyType; }
    QByteArray hostKeyBlob() const { return m_hostKeyBlob; }
    // A home folder whose .ssh/known_hosts holds the VM's host key (HOME for antler).
    QString homeDir() const;
    // A folder that lives as long as the fixture, for the test's own files.
    QString dir() const;

    transport::ConnectionSettings settings(const QString &user = PiVm::user()) const;
    QByteArray ansibleInventory(const QString &inventoryName = QStringLiteral("pi")) const;
    QString writeAnsibleInventory(const QString &inventoryName = QStringLiteral("pi")) const;

    // Runs script with sh as root over SSH (OpenSSH's client), beside the
    // code under test: for a test to look at the system. Returns the exit
    // code, -1 when ssh itself failed.
    int shell(const QString &script, QByteArray *output = nullptr, int timeoutMs = 600000) const;

    // Everything the VM wrote to its serial console, every boot.
    QByteArray consoleLog() const;
    // The console's last lines, for failure messages.
    QString consoleTail(int lines = 40) const;

private:
    bool waitForSsh(QString *error, int timeoutMs);
    bool startRunner(QString *error);
    int qemuPid() const;
    void restoreNetwork();
    QString m_dropTable; // the nftables table of cutPower(), while it exists

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_runner;
    QString m_images;
    quint16 m_port = 0;
    QList<quint16> m_forwardedPorts;
    QString m_hostKeyType;
    QByteArray m_hostKeyBlob;
};

} // namespace antler::test
