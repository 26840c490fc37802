#include "pipeline/BuildSources.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <antler/BuildInfo.h>

#ifndef ANTLER_SOURCE_TREE
#define ANTLER_SOURCE_TREE ""
#endif

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
    const QString tree = QStringLiteral(ANTLER_SOURCE_TREE);
    return !tree.isEmpty() && QFileInfo(tree + QLatin1String("/server")).isDir() ? tree : QString();
}

bool BuildSources::locate(const Overrides &overrides, BuildRequest *request, QString *error)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString tree = sourceTree();
    const QString share = appDir + QLatin1String("/../share/antler");

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
    request->serverSourceDir = tree.isEmpty() ? QString() : tree + QLatin1String("/server");
    request->sourceCommit = sourceCommit(tree);
    return true;
}

} // namespace antler::pipeline
