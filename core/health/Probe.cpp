#include "health/Probe.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace antler::health {

namespace {

// The page's stable marker: the element the frontend writes the fact into.
const QByteArray frontendMarker = "id=\"fact-text\"";

QString describeContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed();
    return type.isEmpty() ? Probe::tr("no content type") : QString::fromLatin1(type);
}

} // namespace

Probe::Probe(const QString &stage, const QString &host, quint16 port, const ProbeSpec &spec,
             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_stage(stage)
    , m_host(host)
    , m_port(port)
    , m_spec(spec)
    , m_network(network)
{
    m_timer.setInterval(std::max(1, spec.intervalMs));
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Probe::onTimeout);
}

Probe::~Probe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Probe::start()
{
    m_timer.start();
    runOnce();
}

void Probe::stop()
{
    m_timer.stop();
}

QString Probe::where() const
{
    return m_host + QLatin1Char(':') + QString::number(m_port);
}

bool Probe::runOnce()
{
    if (m_busy)
        return false;
    m_busy = true;
    m_timedOut = false;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_elapsed.start();
    m_timeout.start(std::max(1, m_spec.timeoutMs));
    if (m_spec.kind == ProbeSpec::Kind::Tcp)
        runTcp();
    else if (m_spec.kind == ProbeSpec::Kind::Tls)
        runTls();
    else
        runHttp();
    return true;
}

void Probe::runHttp()
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(m_spec.path());
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("User-Agent", "antler-health");
    if (!m_network) {
        ProbeResult result;
        result.error = tr("the probe has no network access manager");
        finish(result);
        return;
    }
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &Probe::onHttpFinished);
}

void Probe::runTcp()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        ProbeResult result;
        result.ok = true;
        finish(result);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        ProbeResult result;
        if (error == QAbstractSocket::ConnectionRefusedError)
            result.error = tr("connection refused at %1").arg(where());
        else if (error == QAbstractSocket::HostNotFoundError)
            result.error = tr("host %1 not found; check the stage's host in antler.yaml").arg(m_host);
        else
            result.error = tr("cannot connect to %1: %2").arg(where(), m_socket->errorString());
        finish(result);
    });
    m_socket->connectToHost(m_host, m_port);
}

void Probe::runTls()
{
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    // Expiry is judged whoever signed the certificate: a self-signed one on
    // a Pi expires all the same. Trust is the browser's business.
    socket->setPeerVerifyMode(QSslSocket::QueryPeer);
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &) { socket->ignoreSslErrors(); });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        ProbeResult result;
        const QSslCertificate certificate = socket->peerCertificate();
        if (certificate.isNull()) {
            result.error = tr("%1 sent no TLS certificate").arg(where());
            finish(result);
            return;
        }
        const QDateTime expires = certificate.expiryDate();
        const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(expires);
        const int daysLeft = int(secondsLeft / 86400);
        result.certificateExpiresMs = expires.toMSecsSinceEpoch();
        result.certificateDaysLeft = daysLeft;
        result.certificateSubject = certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
        const QString date = expires.toUTC().toString(Qt::ISODate);
        if (secondsLeft <= 0) {
            result.error = tr("the TLS certificate of %1 expired on %2; renew it").arg(where(), date);
        } else if (daysLeft < m_spec.certificateWarningDays) {
            result.error = tr("the TLS certificate of %1 expires in %n day(s), on %2; renew it", nullptr, daysLeft)
                               .arg(where(), date);
        } else {
            result.ok = true;
        }
        finish(result);
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        ProbeResult result;
        if (error == QAbstractSocket::ConnectionRefusedError)
            result.error = tr("connection refused at %1").arg(where());
        else
            result.error = tr("no TLS handshake with %1: %2").arg(where(), socket->errorString());
        finish(result);
    });
    socket->connectToHostEncrypted(m_host, m_port);
}

void Probe::onTimeout()
{
    if (!m_busy)
        return;
    m_timedOut = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows, reported as the timeout
        return;
    }
    ProbeResult result;
    result.error = tr("timed out after %1 ms").arg(m_spec.timeoutMs);
    finish(result);
}

void Probe::onHttpFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    ProbeResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_timedOut) {
        result.error = tr("timed out after %1 ms").arg(m_spec.timeoutMs);
        finish(result);
        return;
    }
    if (!status.isValid()) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            result.error = tr("connection refused at %1").arg(where());
            break;
        case QNetworkReply::HostNotFoundError:
            result.error = tr("host %1 not found; check the stage's host in antler.yaml").arg(m_host);
            break;
        case QNetworkReply::RemoteHostClosedError:
            result.error = tr("%1 closed the connection before answering %2").arg(where(), m_spec.path());
            break;
        default:
            result.error = tr("no answer from %1%2: %3").arg(where(), m_spec.path(), reply->errorString());
            break;
        }
        finish(result);
        return;
    }
    result.httpStatus = status.toInt();
    judge(&result, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll());
    finish(result);
}

void Probe::judge(ProbeResult *result, const QByteArray &contentType, const QByteArray &body)
{
    const int status = result->httpStatus;
    const QString path = m_spec.path();
    auto expect200 = [&]() {
        if (status == 200)
            return true;
        result->error
            = tr("expected HTTP 200 from %1, got %2 (%3)").arg(path).arg(status).arg(describeContentType(contentType));
        return false;
    };
    auto jsonObject = [&](QJsonObject *out) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!contentType.startsWith("application/json") || !doc.isObject()) {
            return false;
        }
        *out = doc.object();
        return true;
    };

    switch (m_spec.kind) {
    case ProbeSpec::Kind::Tcp:
    case ProbeSpec::Kind::Tls:
        break;
    case ProbeSpec::Kind::Frontend:
        if (status != 200) {
            result->error = tr("expected the moose facts page at %1, got HTTP %2 (%3)")
                                .arg(path)
                                .arg(status)
                                .arg(describeContentType(contentType));
            return;
        }
        if (!body.contains(frontendMarker)) {
            result->error = tr("the page at %1 is not the moose facts frontend: it has no "
                               "element with id “fact-text” (%2)")
                                .arg(path, describeContentType(contentType));
            return;
        }
        result->ok = true;
        return;
    case ProbeSpec::Kind::Api: {
        if (!expect200())
            return;
        QJsonObject fact;
        if (!jsonObject(&fact)) {
            result->error = tr("expected JSON with a fact, got %1").arg(describeContentType(contentType));
            return;
        }
        if (fact.value(QLatin1String("text")).toString().isEmpty()) {
            result->error = tr("expected JSON with a fact, got an object without “text”");
            return;
        }
        result->ok = true;
        return;
    }
    case ProbeSpec::Kind::Healthz:
    case ProbeSpec::Kind::Readyz:
        if (!expect200())
            return;
        result->ok = true;
        return;
    case ProbeSpec::Kind::Version: {
        if (!expect200())
            return;
        QJsonObject version;
        if (!jsonObject(&version)) {
            result->error = tr("expected JSON from /version, got %1").arg(describeContentType(contentType));
            return;
        }
        result->version = version.value(QLatin1String("version")).toString();
        result->digest = version.value(QLatin1String("image_digest")).toString();
        if (!m_expectedDigest.isEmpty())
            result->drift = result->digest != m_expectedDigest;
        result->ok = true;
        return;
    }
    case ProbeSpec::Kind::Metrics: {
        if (!expect200())
            return;
        MetricsScrape scrape;
        QString error;
        if (!scrape.parse(body, m_startedAtMs, &error)) {
            result->error = error;
            return;
        }
        if (m_previousScrape)
            result->metrics = MetricsScrape::compare(*m_previousScrape, scrape);
        m_previousScrape = scrape;
        result->ok = true;
        return;
    }
    }
}

void Probe::finish(ProbeResult result)
{
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    result.stage = m_stage;
    result.kind = m_spec.kind;
    result.timeMs = m_startedAtMs;
    result.latencyMs = double(m_elapsed.nsecsElapsed()) / 1e6;
    m_busy = false;
    Q_EMIT finished(result);
}

} // namespace antler::health
