#include "pipeline/BuildSources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <antler/BuildInfo.h>

namespace antler::pipeline {

namespace {

QString firstExisting(const QStringList &candidates, bool executable)
{
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (candidate.isEmpty() || !info.exists())
            continue;
        if (executable ? (info.isFile() && info.isExecutable()) : true)
            return info.absoluteFilePath();
    }
    return {};
}

QString sourceCommit(const QString &tree)
{
    if (!tree.isEmpty()) {
        QProcess git;
        git.setProgram(QStringLiteral("git"));
        git.setArguments({QStringLiteral("-C"), tree, QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        git.start();
        if (git.waitForFinished(5000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0) {
            const QString commit = QString::fromLatin1(git.readAllStandardOutput()).trimmed();
            if (!commit.isEmpty())
                return commit;
        }
    }
    return QLatin1String(antler::buildinfo::gitCommit);
}

} // namespace

QString BuildSources::sourceTree()
{
    // No path of the build machine is compiled in, so an installed antler
    // carries none: a build tree is recognised by the CMakeCache.txt in a
    // folder above the executable (build/gui/antler, build/tests/unit/tst_x),
    // which names the source tree it was configured from.
    if (!QCoreApplication::instance())
        return {};
    QDir dir(QCoreApplication::applicationDirPath());
    for (int level = 0; level < 4 && !dir.path().isEmpty(); ++level) {
        QFile cache(dir.filePath(QStringLiteral("CMakeCache.txt")));
        if (cache.open(QIODevice::ReadOnly | QIODevice::Text)) {
            static const QByteArray key = "Antler_SOURCE_DIR:STATIC=";
            while (!cache.atEnd()) {
                const QByteArray line = cache.readLine().trimmed();
                if (!line.startsWith(key))
                    continue;
                const QString tree = QFile::decodeName(line.mid(key.size()));
                return QFileInfo(tree + QLatin1String("/server")).isDir() ? tree : QString();
            }
            return {};
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

QString BuildSources::installedDataDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1String("/../share/antler"));
}

bool BuildSources::locate(const Overrides &overrides, BuildRequest *request, QString *error)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString tree = sourceTree();
    const QString share = installedDataDir();

    request->moosefactsBinary = !overrides.moosefacts.isEmpty()
        ? overrides.moosefacts
        : firstExisting({qEnvironmentVariable("ANTLER_MOOSEFACTS"), appDir + QLatin1String("/moosefacts"),
                         appDir + QLatin1String("/../server/moosefacts"),
                         QStandardPaths::findExecutable(QStringLiteral("moosefacts"))},
                        true);
    if (request->moosefactsBinary.isEmpty()) {
        *error = tr("cannot find the moosefacts program next to antler or on PATH; build it (ninja moosefacts) "
                    "or name it with --moosefacts FILE.");
        return false;
    }
    request->frontendDir = !overrides.frontend.isEmpty()
        ? overrides.frontend
        : firstExisting({tree.isEmpty() ? QString() : tree + QLatin1String("/resources/frontend"),
                         share + QLatin1String("/frontend")},
                        false);
    if (request->frontendDir.isEmpty()) {
        *error = tr("cannot find the frontend files (resources/frontend); name the folder with --frontend DIR.");
        return false;
    }
    request->factsFile = !overrides.facts.isEmpty()
        ? overrides.facts
        : firstExisting({tree.isEmpty() ? QString() : tree + QLatin1String("/server/data/moose-facts.json"),
                         share + QLatin1String("/moose-facts.json")},
                        false);
    if (request->factsFile.isEmpty()) {
        *error = tr("cannot find the facts file (server/data/moose-facts.json); name it with --facts FILE.");
        return false;
    }
    request->serverSourceDir = firstExisting(
        {tree.isEmpty() ? QString() : tree + QLatin1String("/server"), share + QLatin1String("/source/server")}, false);
    request->sourceCommit = sourceCommit(tree);
    return true;
}

} // namespace antler::pipeline
