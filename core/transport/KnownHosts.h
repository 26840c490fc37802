#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace antler::transport {

// An OpenSSH known_hosts file: plain and hashed (|1|salt|hash) host fields,
// comma-separated patterns with * ? and ! negation, [host]:port for ports
// other than 22, and the @revoked marker (@cert-authority lines are read but
// never trust a key: Antler does not accept host certificates).
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(antler::transport::KnownHosts)

public:
    enum class Marker { None, CertAuthority, Revoked };

    struct Entry
    {
        int line = 0; // 1-based
        Marker marker = Marker::None;
        bool hashed = false;
        QList<QByteArray> patterns; // plain entries
        QByteArray salt; // hashed entries
        QByteArray hash;
        QString keyType; // as written in the file
        QByteArray keyBlob; // the decoded key
    };

    enum class Status {
        Known, // an entry for the host holds this key
        Unknown, // no entry for the host holds a key of this type
        Changed, // an entry for the host holds a different key of this type
        Revoked, // the key is marked @revoked
    };

    struct Verdict
    {
        Status status = Status::Unknown;
        int line = 0; // the entry that decided (Known, Changed, Revoked)
        QString oldKeyType; // Changed: the key on that line
        QString oldFingerprint;
    };

    // Reads the file; a missing file is an empty one. Lines that cannot be
    // parsed are skipped and listed in problems(), as OpenSSH skips them.
    bool load(const QString &path, QString *error = nullptr);
    void parse(const QByteArray &text);

    QString path() const { return m_path; }
    const QList<Entry> &entries() const { return m_entries; }
    QStringList problems() const { return m_problems; }

    Verdict check(const QString &host, int port, const QByteArray &keyBlob) const;

    // Appends "host-field key-type base64" to the file, creating it (mode
    // 0600) and its folder (mode 0700) when needed.
    static bool append(const QString &path, const QString &host, int port, const QByteArray &keyBlob, QString *error);

    // "SHA256:" + unpadded base64 of the blob's SHA-256, as ssh-keygen -l prints it.
    static QString fingerprint(const QByteArray &keyBlob);
    // The key type named inside a public-key blob ("ssh-ed25519", …).
    static QString keyTypeOf(const QByteArray &keyBlob);
    // How known_hosts names the host: "host" for port 22, else "[host]:port".
    static QByteArray hostField(const QString &host, int port);

private:
    bool matchesHost(const Entry &entry, const QByteArray &name) const;

    QString m_path;
    QList<Entry> m_entries;
    QStringList m_problems;
};

} // namespace antler::transport
