#pragma once

#include "transport/SecretRequest.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace antler::transport {

// How to reach and log in to one host (Ansible's connection variables).
// Plain data; copied into the transport, which never logs the secrets.
struct ConnectionSettings
{
    enum class HostKeyPolicy {
        Strict, // an unknown host is refused (OpenSSH StrictHostKeyChecking=yes)
        AcceptNew, // an unknown host's key is appended to knownHostsFile (accept-new)
        Ask, // Transport::unknownHostKey() is emitted; answerHostKey() decides
    };

    QString host;
    int port = 22;
    QString user; // empty: the local user name
    QString privateKeyFile; // empty: ~/.ssh/id_ed25519, id_ecdsa, id_rsa when they exist
    QString password; // SSH password authentication, tried last
    QString becomeMethod = QStringLiteral("sudo"); // the only method supported
    QString becomeUser = QStringLiteral("root");
    QString becomePassword;
    QString knownHostsFile = defaultKnownHostsFile();
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Strict;
    int connectTimeoutMs = 10000;
    int keepAliveIntervalS = 15; // 0: none
    bool useAgent = true; // only when SSH_AUTH_SOCK is set

    // Asked for a key file's passphrase. Called on the transport's worker
    // thread, never on the thread owning the transport: the CLI reads the
    // terminal, the GUI blocks on a queued call to its own thread. Returns
    // false to give up on that key.
    std::function<bool(const QString &prompt, QString *answer)> passphraseProvider;
    // Asked, on the worker thread, for a secret the settings leave empty when
    // the connection needs it: the SSH password when the server takes one and
    // no key worked, the become password when sudo prompts, a key file's
    // passphrase (instead of passphraseProvider). May block that thread until
    // a person answers; gives up when request.cancelled is set. Returns
    // false to go on without it.
    std::function<bool(const SecretRequest &request, QString *answer)> secretProvider;

    // "user@host:port", for messages.
    QString displayName() const;

    static QString defaultKnownHostsFile();
};

} // namespace antler::transport
