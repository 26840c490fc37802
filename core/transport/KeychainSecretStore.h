#pragma once

#include "transport/SecretStore.h"

#include <QCoreApplication>

namespace antler::transport {

// The system keyring through QtKeychain (the Secret Service of GNOME
// Keyring or KWallet on Linux), under the service name "antler". On
// construction it asks the keyring for a probe entry to learn whether one
// is there; until that answer comes, and when none is, unavailableReason()
// says why secrets cannot be remembered. Never falls back to a file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("antler"), QObject *parent = nullptr);

    QString unavailableReason() const override { return m_unavailable; }
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key) override;

private:
    void probe();

    QString m_service;
    QString m_unavailable;
};

} // namespace antler::transport
