#include "transport/SecretQuestions.h"

#include "transport/SecretStore.h"
#include "transport/TransportLog.h"

#include <QMetaObject>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

namespace antler::transport {

struct SecretQuestions::Waiter
{
    QSemaphore done;
    QMutex mutex;
    bool ok = false;
    QString secret;
    bool delivered = false;
};

SecretQuestions::SecretQuestions(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_alive(std::make_shared<std::atomic_bool>(true))
{
    qRegisterMetaType<SecretRequest>();
}

SecretQuestions::~SecretQuestions()
{
    m_alive->store(false);
    for (const Question &question : std::as_const(m_questions)) {
        for (const std::shared_ptr<Waiter> &waiter : question.waiters)
            deliver(waiter, false, {});
    }
}

SecretStore *SecretQuestions::store() const
{
    return m_store;
}

QString SecretQuestions::rememberUnavailableReason() const
{
    if (!m_store)
        return tr("Secrets cannot be remembered here: Antler was built without a system keyring.");
    return m_store->unavailableReason();
}

std::function<bool(const SecretRequest &, QString *)> SecretQuestions::provider()
{
    return [self = QPointer<SecretQuestions>(this), alive = m_alive](const SecretRequest &request, QString *answer) {
        if (!alive->load() || !self)
            return false;
        return self->ask(request, answer);
    };
}

void SecretQuestions::deliver(const std::shared_ptr<Waiter> &waiter, bool ok, const QString &secret)
{
    QMutexLocker locker(&waiter->mutex);
    if (waiter->delivered)
        return;
    waiter->delivered = true;
    waiter->ok = ok;
    waiter->secret = secret;
    waiter->done.release();
}

bool SecretQuestions::ask(const SecretRequest &request, QString *answer)
{
    // Waiting here on this object's own thread would wait for itself.
    if (QThread::currentThread() == thread())
        return false;
    const std::shared_ptr<std::atomic_bool> alive = m_alive;
    auto waiter = std::make_shared<Waiter>();
    QMetaObject::invokeMethod(
        this, [this, request, waiter] { start(request, waiter); }, Qt::QueuedConnection);
    while (!waiter->done.tryAcquire(1, 100)) {
        if (request.isCancelled() || !alive->load()) {
            if (alive->load())
                QMetaObject::invokeMethod(
                    this, [this, waiter] { abandon(waiter); }, Qt::QueuedConnection);
            deliver(waiter, false, {});
            waiter->done.acquire();
            break;
        }
    }
    QMutexLocker locker(&waiter->mutex);
    if (waiter->ok && answer)
        *answer = waiter->secret;
    return waiter->ok;
}

void SecretQuestions::start(const SecretRequest &request, const std::shared_ptr<Waiter> &waiter)
{
    const QString key = request.key();
    if (request.retry) {
        // The answer given was refused: neither memory nor the keyring has it right.
        m_session.remove(key);
        if (m_store)
            m_store->remove(key);
        askPerson(request, waiter);
        return;
    }
    if (const auto it = m_session.constFind(key); it != m_session.cend()) {
        deliver(waiter, true, *it);
        return;
    }
    if (!m_store || !m_store->unavailableReason().isEmpty()) {
        askPerson(request, waiter);
        return;
    }
    m_store->read(key,
                  [this, self = QPointer<SecretQuestions>(this), request, waiter](bool found, const QString &secret) {
                      if (!self)
                          return;
                      if (found) {
                          qCDebug(lcSsh) << request.hostName << "secret" << request.key() << "read from the keyring";
                          m_session.insert(request.key(), secret);
                          deliver(waiter, true, secret);
                          return;
                      }
                      askPerson(request, waiter);
                  });
}

void SecretQuestions::askPerson(const SecretRequest &request, const std::shared_ptr<Waiter> &waiter)
{
    {
        QMutexLocker locker(&waiter->mutex);
        if (waiter->delivered)
            return; // abandoned meanwhile
    }
    const QString key = request.key();
    for (Question &question : m_questions) {
        if (question.request.key() == key) {
            question.waiters.append(waiter);
            return;
        }
    }
    Question question;
    question.id = m_nextId++;
    question.request = request;
    question.request.cancelled.reset();
    question.waiters.append(waiter);
    m_questions.append(question);
    qCDebug(lcSsh) << request.hostName << "asks for the secret" << key;
    Q_EMIT asked(question.id, question.request);
}

void SecretQuestions::abandon(const std::shared_ptr<Waiter> &waiter)
{
    for (qsizetype i = m_questions.size() - 1; i >= 0; --i) {
        Question &question = m_questions[i];
        question.waiters.removeAll(waiter);
        if (question.waiters.isEmpty()) {
            const int id = question.id;
            m_questions.removeAt(i);
            Q_EMIT withdrawn(id);
        }
    }
}

void SecretQuestions::answer(int id, const QString &secret, bool remember)
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).id != id)
            continue;
        const Question question = m_questions.takeAt(i);
        const QString key = question.request.key();
        m_session.insert(key, secret);
        if (remember && m_store && m_store->unavailableReason().isEmpty()) {
            m_store->write(key, secret, [self = QPointer<SecretQuestions>(this)](bool ok, const QString &error) {
                if (self && !ok)
                    Q_EMIT self->storeFailed(error);
            });
        }
        for (const std::shared_ptr<Waiter> &waiter : question.waiters)
            deliver(waiter, true, secret);
        return;
    }
}

void SecretQuestions::cancel(int id)
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).id != id)
            continue;
        const Question question = m_questions.takeAt(i);
        for (const std::shared_ptr<Waiter> &waiter : question.waiters)
            deliver(waiter, false, {});
        return;
    }
}

QList<int> SecretQuestions::pending() const
{
    QList<int> ids;
    for (const Question &question : m_questions)
        ids.append(question.id);
    return ids;
}

SecretRequest SecretQuestions::question(int id) const
{
    for (const Question &question : m_questions) {
        if (question.id == id)
            return question.request;
    }
    return {};
}

void SecretQuestions::forgetSession()
{
    m_session.clear();
}

} // namespace antler::transport
