#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace antler::pipeline {

// Antler's own check that a rollout is live, used by every runtime: through
// http://host:port (the stage's frontend address, or a private one), GET
// /readyz when asked, then `/` (an HTML page), `/api/facts/random` (a JSON
// fact, through the frontend's proxy on the container runtimes) and
// `/version`, whose "image_digest" must be the expected digest. It retries
// every retryMs until all pass or timeoutMs passes, and then emits finished()
// once, with the last failure as one sentence.
class RolloutCheck : public QObject
{
    Q_OBJECT

public:
    RolloutCheck(const QString &host, quint16 port, const QString &expectedDigest, int timeoutMs,
                 QObject *parent = nullptr);

    void setCheckReadiness(bool check) { m_checkReadiness = check; }
    void setRetryInterval(int ms) { m_retryMs = ms; }
    // Ends early (finished(false, …)) when this returns a non-empty reason,
    // e.g. the process being checked has exited.
    void setAbortCondition(std::function<QString()> condition) { m_abort = std::move(condition); }

    void start();
    QString lastFailure() const { return m_lastFailure; }

Q_SIGNALS:
    void finished(bool ok, const QString &reason);
    // One line per failed attempt, for the operation's log.
    void attemptFailed(const QString &reason);

private:
    void runAttempt();
    void runStep(int step);
    void attemptFailedWith(const QString &reason);

    QString m_host;
    quint16 m_port;
    QString m_digest;
    int m_timeoutMs;
    int m_retryMs = 200;
    bool m_checkReadiness = true;
    bool m_done = false;
    std::function<QString()> m_abort;
    QString m_lastFailure;
    QElapsedTimer m_clock;
    QNetworkAccessManager *m_network;
};

} // namespace antler::pipeline
