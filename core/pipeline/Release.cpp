#include "pipeline/Release.h"

#include <QRegularExpression>

namespace antler::pipeline {

bool Release::isDigest(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}\\z"));
    return pattern.match(text).hasMatch();
}

QString Release::shortDigest(const QString &digest)
{
    return digest.startsWith(QLatin1String("sha256:")) ? digest.left(7 + 12) : digest;
}

QJsonObject Release::toJson() const
{
    QJsonObject artifactsJson;
    for (auto it = artifacts.cbegin(); it != artifacts.cend(); ++it)
        artifactsJson.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("digest"), digest},
        {QStringLiteral("artifacts"), artifactsJson},
        {QStringLiteral("source_commit"), sourceCommit},
        {QStringLiteral("build_number"), buildNumber},
    };
}

Release Release::fromJson(const QJsonObject &object)
{
    Release release;
    release.digest = object.value(QLatin1String("digest")).toString();
    const QJsonObject artifactsJson = object.value(QLatin1String("artifacts")).toObject();
    for (auto it = artifactsJson.constBegin(); it != artifactsJson.constEnd(); ++it)
        release.artifacts.insert(it.key(), it.value().toString());
    release.sourceCommit = object.value(QLatin1String("source_commit")).toString();
    release.buildNumber = object.value(QLatin1String("build_number")).toInt();
    return release;
}

} // namespace antler::pipeline
