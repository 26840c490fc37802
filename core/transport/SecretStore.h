#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace antler::transport {

// Where remembered secrets are kept between sessions: the system keyring
// (KeychainSecretStore), never a settings file. Asynchronous, on the thread
// that owns the store; every callback runs there, later.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(bool found, const QString &secret)>;
    using WriteDone = std::function<void(bool ok, const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    // Empty when secrets can be remembered; otherwise one sentence saying
    // why not (no keyring service running, still checking…).
    virtual QString unavailableReason() const = 0;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    void availabilityChanged();
};

} // namespace antler::transport
