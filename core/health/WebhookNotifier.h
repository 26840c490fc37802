#pragma once

#include "health/HealthState.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace antler::health {

// Tells a webhook about every stage state change: an HTTP POST of
//   {"stage": "...", "from": "up", "to": "down", "time": "ISO 8601 UTC", "reason": "..."}
// with Content-Type application/json, asynchronously (QNetworkAccessManager),
// one request per change, never retried. delivered() or failed() follows each.
//
// The URL comes from notifications.yaml beside the profile's antler.yaml
// (for the built-in Local profile: antler/notifications.yaml in the user's
// configuration folder), kept apart from the pipeline's keys:
//   webhook: https://example.org/hook
// (also accepted nested as notifications: webhook: URL).
class WebhookNotifier : public QObject
{
    Q_OBJECT

public:
    explicit WebhookNotifier(const QUrl &url, QObject *parent = nullptr);

    QUrl url() const { return m_url; }
    bool isEnabled() const { return m_url.isValid() && !m_url.isEmpty(); }

    void notify(const QString &stage, antler::health::HealthState from, antler::health::HealthState to,
                const QString &reason, qint64 timeMs = 0);

    // The webhook of the profile whose antler.yaml is configPath (a path, or
    // the embedded ":/antler/antler.yaml"), from settingsPathFor(); an empty
    // URL when there is none. A value that is not an http(s) URL is an
    // error: false and one sentence in *error.
    static bool urlFromConfig(const QString &configPath, QUrl *url, QString *error);
    static QString settingsPathFor(const QString &configPath);
    static bool urlFromYaml(const QByteArray &yaml, const QString &sourceName, QUrl *url, QString *error);

Q_SIGNALS:
    void delivered(const QString &stage, int httpStatus);
    void failed(const QString &stage, const QString &error);

private:
    QUrl m_url;
    QNetworkAccessManager m_network;
};

} // namespace antler::health
