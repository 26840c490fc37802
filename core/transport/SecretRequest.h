#pragma once

#include <QMetaType>
#include <QString>

#include <atomic>
#include <memory>

namespace antler::transport {

// A secret a connection needs and its inventory did not give: the SSH
// password, the become (sudo) password or a key file's passphrase. Handed
// to ConnectionSettings::secretProvider on the transport's worker thread.
struct SecretRequest
{
    enum class Kind { SshPassword, BecomePassword, KeyPassphrase };

    Kind kind = Kind::SshPassword;
    QString hostName; // the inventory name, for the person asked
    QString host;
    int port = 22;
    QString user;
    QString becomeUser; // BecomePassword
    QString keyFile; // KeyPassphrase
    // The last answer for this secret was refused (wrong password): forget
    // it and ask the person again.
    bool retry = false;
    // Set when nobody waits for the answer any more (the connection is being
    // closed); a provider waiting for a person gives up.
    std::shared_ptr<const std::atomic_bool> cancelled;

    // What identifies the secret in a keyring and in the session's memory:
    // one per kind and user@host:port (per key file for a passphrase), never
    // containing the secret.
    QString key() const
    {
        QString where = QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
        switch (kind) {
        case Kind::SshPassword:
            return QStringLiteral("ssh-password/") + where;
        case Kind::BecomePassword:
            return QStringLiteral("become-password/%1/").arg(becomeUser) + where;
        case Kind::KeyPassphrase:
            return QStringLiteral("key-passphrase/") + keyFile;
        }
        return where;
    }
    bool isCancelled() const { return cancelled && cancelled->load(); }
};

} // namespace antler::transport

Q_DECLARE_METATYPE(antler::transport::SecretRequest)
