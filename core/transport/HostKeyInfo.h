#pragma once

#include <QMetaType>
#include <QString>

namespace antler::transport {

// What a server presented as its host key, and what known_hosts says about it.
// Sent with Transport::unknownHostKey() and used in host-key error messages.
struct HostKeyInfo
{
    enum class Kind {
        Unknown, // known_hosts holds no key of this type for the host
        Changed, // known_hosts holds a different key of this type, on knownHostsLine
    };

    Kind kind = Kind::Unknown;
    QString host;
    int port = 22;
    QString keyType; // as OpenSSH names it: "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QString fingerprint; // "SHA256:" + unpadded base64, as `ssh-keygen -l` prints it
    QString knownHostsFile;
    // For a changed key: the known_hosts line holding the old key, and its fingerprint.
    int knownHostsLine = 0;
    QString oldKeyType;
    QString oldFingerprint;
};

} // namespace antler::transport

Q_DECLARE_METATYPE(antler::transport::HostKeyInfo)
