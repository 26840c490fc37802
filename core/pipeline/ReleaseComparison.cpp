#include "pipeline/ReleaseComparison.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace antler::pipeline {

namespace {

// relative path -> sha256 of the content; empty map when the folder is missing.
QMap<QString, QByteArray> fileHashes(const QString &folder)
{
    QMap<QString, QByteArray> hashes;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        hashes.insert(root.relativeFilePath(path), hash.result());
    }
    return hashes;
}

// id -> text of the facts file of an artifact folder.
QMap<int, QString> factsOf(const QString &folder)
{
    QMap<int, QString> facts;
    QFile file(folder + QLatin1String("/facts/moose-facts.json"));
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("facts")).toArray();
    for (const QJsonValue value : list) {
        const QJsonObject fact = value.toObject();
        facts.insert(fact.value(QLatin1String("id")).toInt(), fact.value(QLatin1String("text")).toString());
    }
    return facts;
}

QString artifactFolder(const Release &release)
{
    return release.artifacts.value(QStringLiteral("artifact"));
}

} // namespace

ReleaseComparison ReleaseComparison::compare(const Release &from, const Release &to)
{
    ReleaseComparison comparison;
    const QString newFolder = artifactFolder(to);
    const QString oldFolder = artifactFolder(from);
    if (newFolder.isEmpty() || !QFileInfo(newFolder).isDir()) {
        comparison.m_reason = tr("the files of %1 are not on this machine (it was built on the target), so only "
                                 "the digests can be compared.")
                                  .arg(Release::shortDigest(to.digest));
        return comparison;
    }
    if (!from.digest.isEmpty() && (oldFolder.isEmpty() || !QFileInfo(oldFolder).isDir())) {
        comparison.m_reason = tr("the files of %1 are not on this machine (it was built on the target), so only "
                                 "the digests can be compared.")
                                  .arg(Release::shortDigest(from.digest));
        return comparison;
    }
    comparison.m_available = true;
    const QMap<QString, QByteArray> before
        = from.digest.isEmpty() ? QMap<QString, QByteArray>() : fileHashes(oldFolder);
    const QMap<QString, QByteArray> after = fileHashes(newFolder);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            comparison.m_files.append({FileChange::Kind::Added, it.key()});
        else if (before.value(it.key()) != it.value())
            comparison.m_files.append({FileChange::Kind::Changed, it.key()});
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            comparison.m_files.append({FileChange::Kind::Removed, it.key()});
    }
    std::sort(comparison.m_files.begin(), comparison.m_files.end(),
              [](const FileChange &a, const FileChange &b) { return a.path < b.path; });

    const QMap<int, QString> oldFacts = from.digest.isEmpty() ? QMap<int, QString>() : factsOf(oldFolder);
    const QMap<int, QString> newFacts = factsOf(newFolder);
    for (auto it = newFacts.cbegin(); it != newFacts.cend(); ++it) {
        if (!oldFacts.contains(it.key()))
            comparison.m_facts.append({FactChange::Kind::Added, it.key(), {}, it.value()});
        else if (oldFacts.value(it.key()) != it.value())
            comparison.m_facts.append({FactChange::Kind::Changed, it.key(), oldFacts.value(it.key()), it.value()});
    }
    for (auto it = oldFacts.cbegin(); it != oldFacts.cend(); ++it) {
        if (!newFacts.contains(it.key()))
            comparison.m_facts.append({FactChange::Kind::Removed, it.key(), it.value(), {}});
    }
    std::sort(comparison.m_facts.begin(), comparison.m_facts.end(),
              [](const FactChange &a, const FactChange &b) { return a.id < b.id; });
    return comparison;
}

QString ReleaseComparison::toText() const
{
    if (!m_available)
        return m_reason;
    if (m_files.isEmpty())
        return tr("The two releases have the same files.");
    QStringList lines;
    lines.append(tr("%n file(s) differ:", nullptr, int(m_files.size())));
    for (const FileChange &change : m_files) {
        switch (change.kind) {
        case FileChange::Kind::Added:
            lines.append(tr("  added    %1").arg(change.path));
            break;
        case FileChange::Kind::Removed:
            lines.append(tr("  removed  %1").arg(change.path));
            break;
        case FileChange::Kind::Changed:
            lines.append(tr("  changed  %1").arg(change.path));
            break;
        }
    }
    if (!m_facts.isEmpty()) {
        lines.append(QString());
        lines.append(tr("%n fact(s) differ:", nullptr, int(m_facts.size())));
        for (const FactChange &change : m_facts) {
            lines.append(tr("fact %1:").arg(change.id));
            if (!change.before.isEmpty())
                lines.append(QLatin1String("- ") + change.before);
            if (!change.after.isEmpty())
                lines.append(QLatin1String("+ ") + change.after);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace antler::pipeline
