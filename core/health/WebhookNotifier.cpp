#include "health/WebhookNotifier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace antler::health {

namespace {

// Why a delivery failed, without the URL that QNetworkReply::errorString() names.
QString networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return WebhookNotifier::tr("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return WebhookNotifier::tr("the connection was closed");
    case QNetworkReply::HostNotFoundError:
        return WebhookNotifier::tr("host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return WebhookNotifier::tr("no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return WebhookNotifier::tr("the TLS handshake failed");
    default:
        return WebhookNotifier::tr("network error %1").arg(int(error));
    }
}

} // namespace

WebhookNotifier::WebhookNotifier(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
}

void WebhookNotifier::notify(const QString &stage, HealthState from, HealthState to, const QString &reason,
                             qint64 timeMs)
{
    if (!isEnabled())
        return;
    const qint64 when = timeMs > 0 ? timeMs : QDateTime::currentMSecsSinceEpoch();
    const QJsonObject body {
        {QStringLiteral("stage"), stage},
        {QStringLiteral("from"), healthStateName(from)},
        {QStringLiteral("to"), healthStateName(to)},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(when, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("reason"), reason},
    };
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("User-Agent", "antler-health");
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, stage] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            Q_EMIT delivered(stage, status);
            return;
        }
        // Only scheme, host and port: a webhook's path and query usually are
        // its secret (a chat service's token), and this message is printed,
        // logged and kept in the Events dock. Qt's error string names the
        // whole URL, so it is left out too.
        const QString where
            = m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        const QString why = status ? tr("HTTP %1").arg(status) : networkProblem(reply->error());
        Q_EMIT failed(stage,
                      tr("the webhook at %1 did not take the notification about %2: %3; check "
                         "notifications.webhook in notifications.yaml.")
                          .arg(where, stage, why));
    });
}

QString WebhookNotifier::settingsPathFor(const QString &configPath)
{
    if (configPath.isEmpty() || configPath.startsWith(QLatin1Char(':'))) {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QLatin1String("/antler/notifications.yaml");
    }
    return QFileInfo(configPath).absoluteDir().filePath(QStringLiteral("notifications.yaml"));
}

bool WebhookNotifier::urlFromConfig(const QString &configPath, QUrl *url, QString *error)
{
    const QString settings = settingsPathFor(configPath);
    QFile file(settings);
    if (!file.open(QIODevice::ReadOnly)) {
        *url = QUrl();
        return true; // PipelineConfig reports unreadable files; no webhook here
    }
    return urlFromYaml(file.readAll(), settings, url, error);
}

bool WebhookNotifier::urlFromYaml(const QByteArray &yaml, const QString &sourceName, QUrl *url, QString *error)
{
    *url = QUrl();
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &) {
        return true; // PipelineConfig reports syntax errors with their position
    }
    if (!root.IsMap())
        return true;
    YAML::Node webhook;
    if (root["webhook"]) {
        webhook = root["webhook"];
    } else if (root["notifications"] && root["notifications"].IsMap() && root["notifications"]["webhook"]) {
        webhook = root["notifications"]["webhook"];
    } else {
        return true;
    }
    const YAML::Mark mark = webhook.Mark();
    const QString where = QStringLiteral("%1:%2:%3").arg(sourceName).arg(mark.line + 1).arg(mark.column + 1);
    if (!webhook.IsScalar()) {
        if (error)
            *error = tr("%1: notifications.webhook must be a URL such as https://example.org/hook.").arg(where);
        return false;
    }
    const QString text = QString::fromStdString(webhook.Scalar()).trimmed();
    if (text.isEmpty())
        return true;
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty()) {
        if (error) {
            *error = tr("%1: notifications.webhook “%2” is not an http or https URL; write it "
                        "like https://example.org/hook.")
                         .arg(where, text);
        }
        return false;
    }
    *url = parsed;
    return true;
}

} // namespace antler::health
