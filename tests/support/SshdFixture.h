#pragma once

#include "transport/ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace antler::test {

// A real OpenSSH sshd on 127.0.0.1, on a free port, with everything it
// needs in a temporary folder: a generated ed25519 host key, a generated
// client key in authorized_keys, a known_hosts file (pre-filled with the
// host key unless asked not to), StrictModes and PAM off, and HOME set to
// an empty folder so no rc file of the machine runs. The server and
// every process it started (sessions, commands) are killed when the fixture
// goes away, even when a test fails. Needs to run as root (as the tests
// do here) to log in as root and as the throwaway user below.
class SshdFixture
{
public:
    struct Options
    {
        bool knownHostsPreFilled = true;
        bool passwordAuthentication = true;
    };

    SshdFixture();
    explicit SshdFixture(const Options &options);
    ~SshdFixture();

    // Empty when sshd can be used here; otherwise the reason (for QSKIP).
    static QString unavailableReason();

    bool start(QString *error);
    // Kills sshd and everything it started, like a host losing power.
    void kill();
    // Starts sshd again on the same port with the same keys.
    bool restart(QString *error);
    // Generates a new host key (the known_hosts file keeps the old one) and restarts.
    bool restartWithNewHostKey(QString *error);

    quint16 port() const { return m_port; }
    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    QString clientKeyPath() const;
    QString knownHostsPath() const;
    QString hostKeyType() const { return m_hostKeyType; }
    QByteArray hostKeyBlob() const { return m_hostKeyBlob; }
    // "SHA256:…", as ssh-keygen -l prints it.
    QString hostKeyFingerprint() const { return m_hostKeyFingerprint; }
    // What sshd wrote to stderr (-e).
    QByteArray log();

    // Settings for logging in as user (root by default) with the client key,
    // strict host key checking against knownHostsPath(), no agent.
    transport::ConnectionSettings settings(const QString &user = QStringLiteral("root")) const;

    // A throwaway local user with a random password and a sudo rule that
    // requires that password. Created on first use, shared by every test
    // (the password is kept in a root-only file so parallel tests agree).
    // Returns false with the reason when it cannot exist here.
    static bool ensureTestUser(QString *password, QString *reason);
    // The same with a new password, whatever an earlier run left behind: ctest
    // runs it once before the tests that log in as the user
    // (tests/support/reset_test_user.cpp, the ctest fixture "test_user").
    // While tests of another suite use the user (ensureTestUser() holds a
    // shared lock until the process exits) the password stays, and *kept
    // says so.
    static bool resetTestUser(QString *password, QString *reason, bool *kept = nullptr);
    // A random password that contains every character that breaks careless
    // quoting — ' " ` ; & | $ # \\ = % ! * { } and spaces — every time, in a
    // random order, so quoting bugs cannot hide behind a lucky draw.
    static QByteArray hostilePassword();
    static QString testUser() { return QStringLiteral("antlertest"); }

    // Arguments chosen to break hand-made quoting; the same table is used by
    // the quoting unit test and by the SSH test.
    static QList<QPair<QByteArray, QByteArray>> hostileArguments();

private:
    static bool prepareTestUser(bool newPassword, QString *password, QString *reason, bool *kept = nullptr);
    bool generateHostKey(QString *error);
    bool writeConfig(QString *error);
    bool launch(QString *error);
    void killTree();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_hostKeyType;
    QByteArray m_hostKeyBlob;
    QString m_hostKeyFingerprint;
    QByteArray m_log;
};

} // namespace antler::test
