#pragma once

#include "transport/ConnectionSettings.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace antler::test {

// A stand-in for a freshly installed Raspberry Pi: a Debian bookworm minbase
// system (debootstrap) running in a rootful podman container on this
// machine, reachable over SSH on 127.0.0.1. Provisioning playbooks and the
// system modules (apt, user, service, cron, …) run against it instead of
// against the machine the tests run on.
//
// The image (imageName()) is built once, about a minute, and then reused by
// every test run; it is rebuilt only when missing or made by an older
// recipe. Each PiStandIn starts its own container from it with
// --network host and an sshd of its own on a free loopback port, with a
// freshly generated host key and client key. The container is removed when
// the fixture goes away, so every test starts from the same clean system.
//
// Inside: the packages of debootstrap's minbase plus openssh-server, sudo,
// python3 and python3-apt (so ansible-playbook can run against it for parity
// tests), cron and procps; no systemd (services are started through their
// init scripts with `service`); the apt sources of this machine, so
// `apt-get update/install` works as it does here. Users: root (key login)
// and user() ("pi", key login, passwordless sudo, like a Pi's first user).
//
// Usage, the same shape as SshdFixture:
//
//     if (const QString reason = PiStandIn::unavailableReason(); !reason.isEmpty())
//         QSKIP(qPrintable(reason));
//     PiStandIn pi;
//     QString error;
//     QVERIFY2(pi.start(&error), qPrintable(error));
//     SshTransport transport(pi.settings()); // logs in as "pi"; become works without a password
//
// Needs root (rootful podman), podman, runc, catatonit and debootstrap
// (scripts/debian-packages.txt lists them).
class PiStandIn
{
public:
    struct Options
    {
        // Extra capabilities for the container, e.g. "SYS_ADMIN" so that
        // hostname(1) may rename it (its UTS namespace is always its own, so
        // this machine's name can never change).
        QStringList capabilities;
        // The container restarts when its first process ends, so `kill 1`
        // inside stands in for a reboot: sshd comes back on the same port
        // with the same keys. The kernel's boot_id cannot change (the kernel
        // is this machine's); bootIdCommand() reads an id the container
        // writes afresh at every start instead.
        bool rebootable = false;
    };

    // A command that prints an id that changes with every (re)start of the
    // container: the stand-in's /proc/sys/kernel/random/boot_id.
    static QString bootIdCommand() { return QStringLiteral("cat /run/antler-boot-id"); }

    PiStandIn();
    explicit PiStandIn(const Options &options);
    ~PiStandIn();
    PiStandIn(const PiStandIn &) = delete;
    PiStandIn &operator=(const PiStandIn &) = delete;

    // Empty when the stand-in can run here; otherwise the reason (for QSKIP).
    static QString unavailableReason();
    // "localhost/antler-pi-standin:bookworm".
    static QString imageName();
    // Builds the image unless it exists (several test processes may call this
    // at once; one builds, the others wait). start() calls it.
    static bool ensureImage(QString *error);
    // The environment every podman command of the tests should run with:
    // CONTAINERS_CONF pointing at a generated containers.conf with runc and
    // ulimits this machine permits (see DESIGN.md).
    static QProcessEnvironment podmanEnvironment();

    // Builds the image when needed, starts a container and waits until its
    // sshd answers. False with one sentence in *error otherwise.
    bool start(QString *error);
    // Stops and removes the container (also done by the destructor).
    void stop();
    bool isRunning() const { return !m_container.isEmpty(); }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    // The Pi's first user: key login, passwordless sudo.
    static QString user() { return QStringLiteral("pi"); }
    QString clientKeyPath() const;
    // Holds the container's host key for [127.0.0.1]:port.
    QString knownHostsPath() const;
    QString hostKeyType() const { return m_hostKeyType; }
    QByteArray hostKeyBlob() const { return m_hostKeyBlob; }
    QString containerName() const { return m_container; }
    // A home folder whose .ssh/known_hosts holds the container's host key:
    // run antler with HOME=homeDir() and it trusts the stand-in strictly
    // (OpenSSH, and so ansible, ignore HOME; ansibleInventory() passes
    // knownHostsPath() to them instead).
    QString homeDir() const;
    // A folder that lives as long as the fixture, for the test's own files.
    QString dir() const { return m_dir ? m_dir->path() : QString(); }

    // Settings for logging in as user (user() by default, or "root") with the
    // client key, strict host key checking against knownHostsPath(), no agent.
    transport::ConnectionSettings settings(const QString &user = PiStandIn::user()) const;

    // An Ansible INI inventory with one host (inventoryName) that reaches this
    // container as user() with become, for ansible-playbook and for antler:
    // `ansible-playbook -i FILE …`. The ssh arguments pin the known_hosts file.
    QByteArray ansibleInventory(const QString &inventoryName = QStringLiteral("pi")) const;
    // Writes ansibleInventory() to dir()/inventory and returns its path.
    QString writeAnsibleInventory(const QString &inventoryName = QStringLiteral("pi")) const;

    // Runs argv inside the container as root with `podman exec`, beside SSH:
    // for a test to look at (or prepare) the system without the code under
    // test. Returns the exit code (-1 when podman failed; *output then says why).
    int exec(const QStringList &argv, QByteArray *output = nullptr, const QByteArray &input = {}) const;
    // exec() of `sh -c script`.
    int shell(const QString &script, QByteArray *output = nullptr) const;

    // What sshd and the container wrote (podman logs).
    QByteArray log() const;

private:
    bool generateKeys(QString *error);
    bool waitForSsh(QString *error);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_container;
    quint16 m_port = 0;
    QString m_hostKeyType;
    QByteArray m_hostKeyBlob;
};

} // namespace antler::test
