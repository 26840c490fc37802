#include "transport/KeychainSecretStore.h"

#include "transport/TransportLog.h"

#include <qt6keychain/keychain.h>

namespace antler::transport {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_unavailable(tr("Checking whether a system keyring is running…"))
{
    probe();
}

// Every job is made without a parent and deletes itself once finished: the
// libsecret backend calls back into its job when the keyring answers, so a job
// must outlive the store (and the window) that started it.
void KeychainSecretStore::probe()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            m_unavailable.clear();
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            m_unavailable = tr("The system keyring refused Antler; allow it in the keyring's settings to remember "
                               "passwords.");
            break;
        default:
            // The backend's own words (a D-Bus error, often) go to the debug
            // log, not into the sentence.
            m_unavailable = tr("No system keyring answers; start GNOME Keyring or KWallet in your desktop "
                               "session to remember passwords.");
            break;
        }
        qCDebug(lcSsh) << "system keyring" << (m_unavailable.isEmpty() ? "available" : "unavailable")
                       << finished->errorString();
        Q_EMIT availabilityChanged();
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            done(true, read->textData());
        else
            done(false, QString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, done = std::move(done)](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError;
        const QString error = ok
            ? QString()
            : tr("Cannot remember the secret %1 in the system keyring: %2.").arg(key, finished->errorString());
        if (done)
            done(ok, error);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}

} // namespace antler::transport
