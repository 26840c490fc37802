#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace antler::pipeline {

// What moves through the stages: one immutable release, named by its digest.
//
// digest is the identity ("sha256:" and 64 hex digits) that history records,
// promotion copies and /version reports. For the local runtime it is the
// digest of the artifact folder; for the container runtimes it is the
// backend image's digest. artifacts names every component's exact artifact
// by reference, e.g. "moosefacts" -> "127.0.0.1:5000/moosefacts@sha256:…",
// "frontend" -> "127.0.0.1:5000/moosefacts-frontend@sha256:…", or for the
// local runtime "artifact" -> the artifact folder. Never a mutable tag.
struct Release
{
    QString digest;
    QMap<QString, QString> artifacts;
    QString sourceCommit;
    int buildNumber = 0;

    bool isValid() const { return isDigest(digest); }
    // "sha256:" followed by 64 lowercase hex digits.
    static bool isDigest(const QString &text);
    // "sha256:0123456789ab", for tables.
    static QString shortDigest(const QString &digest);

    QJsonObject toJson() const;
    static Release fromJson(const QJsonObject &object);

    friend bool operator==(const Release &, const Release &) = default;
};

} // namespace antler::pipeline
