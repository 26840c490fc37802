#include "pipeline/RolloutCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace antler::pipeline {

namespace {

enum Step { Readiness, Page, Api, Version, Done };

const char *pathOf(int step)
{
    switch (step) {
    case Readiness:
        return "/readyz";
    case Page:
        return "/";
    case Api:
        return "/api/facts/random";
    default:
        return "/version";
    }
}

} // namespace

RolloutCheck::RolloutCheck(const QString &host, quint16 port, const QString &expectedDigest, int timeoutMs,
                           QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_digest(expectedDigest)
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void RolloutCheck::start()
{
    m_clock.start();
    runAttempt();
}

void RolloutCheck::runAttempt()
{
    if (m_done)
        return;
    if (m_abort) {
        const QString reason = m_abort();
        if (!reason.isEmpty()) {
            m_done = true;
            m_lastFailure = reason;
            Q_EMIT finished(false, reason);
            return;
        }
    }
    runStep(m_checkReadiness ? Readiness : Page);
}

void RolloutCheck::runStep(int step)
{
    if (step == Done) {
        m_done = true;
        Q_EMIT finished(true, {});
        return;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1String(pathOf(step)));
    QNetworkRequest request(url);
    // A fresh connection each time: a kept-alive one could still lead to the
    // process that is being replaced.
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(qBound(500, m_timeoutMs, 5000));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, step, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QString where = url.toString();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            attemptFailedWith(tr("%1 did not answer (%2).").arg(where, reply->errorString()));
            return;
        }
        if (status != 200) {
            attemptFailedWith(tr("%1 answered HTTP %2 instead of 200.").arg(where).arg(status));
            return;
        }
        if (step == Page
            && !reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QLatin1String("html"))) {
            attemptFailedWith(tr("%1 did not answer with the HTML page.").arg(where));
            return;
        }
        if (step == Api && !QJsonDocument::fromJson(body).isObject()) {
            attemptFailedWith(tr("%1 did not answer with a JSON fact.").arg(where));
            return;
        }
        if (step == Version) {
            const QString digest
                = QJsonDocument::fromJson(body).object().value(QLatin1String("image_digest")).toString();
            if (digest != m_digest) {
                attemptFailedWith(
                    tr("%1 reports digest %2, not %3.").arg(where, digest.isEmpty() ? tr("none") : digest, m_digest));
                return;
            }
        }
        runStep(step + 1);
    });
}

void RolloutCheck::attemptFailedWith(const QString &reason)
{
    m_lastFailure = reason;
    Q_EMIT attemptFailed(reason);
    if (m_clock.elapsed() + m_retryMs >= m_timeoutMs) {
        m_done = true;
        Q_EMIT finished(false, reason);
        return;
    }
    QTimer::singleShot(m_retryMs, this, &RolloutCheck::runAttempt);
}

} // namespace antler::pipeline
