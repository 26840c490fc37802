#pragma once

#include "transport/SecretRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace antler::transport {

class SecretStore;

// Where a window's connections get the secrets their inventory leaves out.
// provider() goes into HostConnectionOptions::secretProvider; a connection
// calls it on its SSH worker thread when a secret is needed, and only that
// thread waits: the question travels to this object's thread as a queued
// call. There the answer comes from the session's memory (each secret is
// asked once per host per session), else from the SecretStore (the system
// keyring, for a secret remembered earlier), else from a person: asked()
// and answer(). Requests for the same secret share one question. Secrets
// live in memory and, when the person ticks Remember, in the store; never
// in settings, files or logs.
class SecretQuestions : public QObject
{
    Q_OBJECT

public:
    explicit SecretQuestions(SecretStore *store = nullptr, QObject *parent = nullptr);
    ~SecretQuestions() override;

    SecretStore *store() const;
    // Empty when Remember can be offered; otherwise why not.
    QString rememberUnavailableReason() const;

    // For ConnectionSettings::secretProvider. Blocks the calling thread (a
    // worker, never this object's thread) until an answer or the request's
    // cancellation.
    std::function<bool(const SecretRequest &, QString *)> provider();

    // The person's answer to asked(id); remember keeps it in the store.
    void answer(int id, const QString &secret, bool remember);
    void cancel(int id);
    QList<int> pending() const;
    SecretRequest question(int id) const;
    // Forgets every secret of this session (not the store's).
    void forgetSession();

Q_SIGNALS:
    // retry: the last answer for it was refused.
    void asked(int id, const antler::transport::SecretRequest &request);
    void withdrawn(int id);
    // Remember failed: one sentence, never the secret.
    void storeFailed(const QString &error);

private:
    struct Waiter;
    struct Question
    {
        int id = 0;
        SecretRequest request;
        QList<std::shared_ptr<Waiter>> waiters;
    };

    bool ask(const SecretRequest &request, QString *answer);
    void start(const SecretRequest &request, const std::shared_ptr<Waiter> &waiter);
    void askPerson(const SecretRequest &request, const std::shared_ptr<Waiter> &waiter);
    void abandon(const std::shared_ptr<Waiter> &waiter);
    static void deliver(const std::shared_ptr<Waiter> &waiter, bool ok, const QString &secret);

    QPointer<SecretStore> m_store;
    QHash<QString, QString> m_session; // key -> secret
    QList<Question> m_questions;
    int m_nextId = 1;
    // Shared with provider(): false once this object is gone.
    std::shared_ptr<std::atomic_bool> m_alive;
};

} // namespace antler::transport
