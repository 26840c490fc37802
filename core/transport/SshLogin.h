#pragma once

#include "transport/ConnectionSettings.h"
#include "transport/HostKeyInfo.h"
#include "transport/KnownHosts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

struct ssh_session_struct;
struct ssh_key_struct;

namespace antler::transport {

// Logging in on a connected libssh session: first the server's host key
// against known_hosts and the host-key policy, then authentication (none,
// ssh-agent, key files, password). Part of SshConnection and, like it, used
// on the SSH worker thread only; the libssh calls here block that thread.
//
// The host-key decision is a value, never a wait inside: when the policy
// leaves it to the caller, start() returns AwaitingAnswer and question()
// describes what the server presented (HostKeyInfo::kind says whether the
// key is unknown or has changed; a changed key comes with the old key's
// fingerprint and its known_hosts line). answerHostKey() continues the login
// from there, whenever the answer comes. decide() is the one place that maps
// what known_hosts says and the policy to trust, refuse or ask.
class SshLogin
{
    Q_DECLARE_TR_FUNCTIONS(antler::transport::SshLogin)

public:
    enum class Outcome {
        LoggedIn,
        Failed, // see error()
        AwaitingAnswer, // see question(); answerHostKey() continues
    };
    enum class Decision {
        Trust, // known_hosts holds the key
        Remember, // trust it and append it to known_hosts
        Refuse,
        Ask, // the caller decides (HostKeyPolicy::Ask)
    };

    SshLogin(const ConnectionSettings &settings, const QString &hostName);

    // Checks the host key, then logs in. session must be connected and stay
    // alive until the login ends (or reset()).
    Outcome start(ssh_session_struct *session);
    // The answer to question(): true trusts the key (and remembers it in
    // known_hosts) and logs in, false refuses the connection.
    Outcome answerHostKey(bool accept);
    // Forgets the session and any question (the connection was torn down).
    void reset();
    // Shared with the connection: set when a wait for a secret must end.
    void setCancelFlag(std::shared_ptr<const std::atomic_bool> cancelled) { m_cancelled = std::move(cancelled); }

    bool isAwaitingAnswer() const { return !m_pendingKey.isEmpty(); }
    const HostKeyInfo &question() const { return m_question; }
    // After a login refused because the host's key has changed: what the
    // server presented and what known_hosts holds (kind Changed); else an
    // empty HostKeyInfo (host empty).
    const HostKeyInfo &changedKey() const { return m_changedKey; }
    // Why the login failed: one sentence (what, which host, what to do).
    QString error() const { return m_error; }

    static Decision decide(KnownHosts::Status status, ConnectionSettings::HostKeyPolicy policy);
    // A secret this connection needs, described for the person asked (and
    // keyed for the keyring); the connection's become password asks here too.
    SecretRequest secretRequest(SecretRequest::Kind kind) const;

private:
    Outcome checkHostKey();
    Outcome authenticate();
    Outcome fail(const QString &error);
    QString refusal(const HostKeyInfo &info, KnownHosts::Status status) const;
    bool importKey(const QString &path, struct ssh_key_struct **key);

    ConnectionSettings m_settings;
    QString m_hostName;
    ssh_session_struct *m_session = nullptr;
    QByteArray m_pendingKey; // the key blob question() is about
    HostKeyInfo m_question;
    HostKeyInfo m_changedKey;
    QString m_error;
    std::shared_ptr<const std::atomic_bool> m_cancelled;
    // Key passphrases and the SSH password asked for on this connection and
    // refused: the next question says so (SecretRequest::retry).
    QStringList m_refusedSecrets;
};

} // namespace antler::transport
