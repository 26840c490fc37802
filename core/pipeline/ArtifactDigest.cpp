#include "pipeline/ArtifactDigest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace antler::pipeline {

QString ArtifactDigest::compute(const QString &folder, QString *error)
{
    const QDir root(folder);
    QList<QByteArray> paths;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(root.relativeFilePath(it.next()).toUtf8());
    std::sort(paths.begin(), paths.end());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &path : std::as_const(paths)) {
        QFile file(root.filePath(QString::fromUtf8(path)));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = tr("%1: cannot read this file of the artifact (%2).").arg(file.fileName(), file.errorString());
            }
            return {};
        }
        const bool executable = QFileInfo(file).isExecutable();
        hash.addData(path);
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(executable ? QByteArrayView("x") : QByteArrayView("-"));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray::number(file.size()));
        hash.addData(QByteArrayView("\0", 1));
        if (!hash.addData(&file)) {
            if (error)
                *error = tr("%1: cannot read this file of the artifact.").arg(file.fileName());
            return {};
        }
    }
    return QLatin1String("sha256:") + QString::fromLatin1(hash.result().toHex());
}

} // namespace antler::pipeline
