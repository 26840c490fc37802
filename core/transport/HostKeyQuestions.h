#pragma once

#include "transport/HostKeyInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace antler::transport {

class Transport;

// Where a front end with a window hears about host keys (HostKeyPolicy::Ask):
// every transport made with HostConnectionOptions::hostKeyQuestions reports
// here, on the thread that owns it. An unknown key becomes one question
// (asked()), shared by every connection waiting on the same host, port and
// key, so a playbook run and the Hosts view never ask twice; answer()
// continues or refuses all of them without blocking anybody: the SSH worker
// thread gets the answer as a queued call. A changed key is never a question:
// refused() only tells what was refused, with both fingerprints.
class HostKeyQuestions : public QObject
{
    Q_OBJECT

public:
    explicit HostKeyQuestions(QObject *parent = nullptr);

    // Follows transport's host-key signals until it is destroyed.
    void watch(Transport *transport);
    // The answer to asked(id): true trusts the key (it is appended to the
    // known_hosts file) and the logins go on; false refuses them.
    void answer(int id, bool accept);
    // The questions still waiting for an answer.
    QList<int> pending() const;
    HostKeyInfo question(int id) const;

Q_SIGNALS:
    // hostName: the inventory name of the first connection that asked.
    void asked(int id, const QString &hostName, const antler::transport::HostKeyInfo &info);
    // Nobody waits for the answer any more (the run was cancelled, the
    // connection given up): a dialog asking it can go.
    void withdrawn(int id);
    void refused(const QString &hostName, const antler::transport::HostKeyInfo &info);

private:
    struct Question
    {
        int id = 0;
        HostKeyInfo info;
        QList<QPointer<Transport>> waiting;
    };

    void onUnknownKey(Transport *transport, const HostKeyInfo &info);
    void onStopped(Transport *transport);
    static bool sameKey(const HostKeyInfo &a, const HostKeyInfo &b);

    QList<Question> m_questions;
    int m_nextId = 1;
};

} // namespace antler::transport
