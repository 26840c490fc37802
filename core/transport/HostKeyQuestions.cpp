#include "transport/HostKeyQuestions.h"

#include "transport/Transport.h"
#include "transport/TransportLog.h"

namespace antler::transport {

HostKeyQuestions::HostKeyQuestions(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<HostKeyInfo>();
}

void HostKeyQuestions::watch(Transport *transport)
{
    connect(transport, &Transport::unknownHostKey, this,
            [this, transport](const HostKeyInfo &info) { onUnknownKey(transport, info); });
    connect(transport, &Transport::hostKeyChanged, this,
            [this, transport](const HostKeyInfo &info) { Q_EMIT refused(transport->hostName(), info); });
    connect(transport, &Transport::stateChanged, this, [this, transport](Transport::State state) {
        if (state != Transport::State::Connecting)
            onStopped(transport);
    });
    connect(transport, &QObject::destroyed, this, [this, transport] { onStopped(transport); });
}

bool HostKeyQuestions::sameKey(const HostKeyInfo &a, const HostKeyInfo &b)
{
    return a.host == b.host && a.port == b.port && a.fingerprint == b.fingerprint
        && a.knownHostsFile == b.knownHostsFile;
}

void HostKeyQuestions::onUnknownKey(Transport *transport, const HostKeyInfo &info)
{
    for (Question &question : m_questions) {
        if (sameKey(question.info, info)) {
            question.waiting.append(transport);
            return;
        }
    }
    Question question;
    question.id = m_nextId++;
    question.info = info;
    question.waiting.append(transport);
    m_questions.append(question);
    qCDebug(lcSsh) << transport->hostName() << "asks about its host key" << info.fingerprint << "as question"
                   << question.id;
    Q_EMIT asked(question.id, transport->hostName(), info);
}

void HostKeyQuestions::onStopped(Transport *transport)
{
    for (qsizetype i = m_questions.size() - 1; i >= 0; --i) {
        Question &question = m_questions[i];
        // A destroyed transport is already null in its QPointer.
        question.waiting.removeIf(
            [transport](const QPointer<Transport> &waiting) { return !waiting || waiting.data() == transport; });
        if (question.waiting.isEmpty()) {
            const int id = question.id;
            m_questions.removeAt(i);
            Q_EMIT withdrawn(id);
        }
    }
}

void HostKeyQuestions::answer(int id, bool accept)
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).id != id)
            continue;
        const Question question = m_questions.takeAt(i);
        qCDebug(lcSsh) << question.info.host << "host key" << question.info.fingerprint
                       << (accept ? "accepted" : "rejected");
        for (const QPointer<Transport> &transport : question.waiting) {
            if (transport)
                transport->answerHostKey(accept);
        }
        return;
    }
}

QList<int> HostKeyQuestions::pending() const
{
    QList<int> ids;
    for (const Question &question : m_questions)
        ids.append(question.id);
    return ids;
}

HostKeyInfo HostKeyQuestions::question(int id) const
{
    for (const Question &question : m_questions) {
        if (question.id == id)
            return question.info;
    }
    return {};
}

} // namespace antler::transport
