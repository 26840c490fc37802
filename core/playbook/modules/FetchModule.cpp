#include "playbook/modules/FetchModule.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace antler::playbook {

namespace {

QByteArray localDigest(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(algorithm);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

ModuleSpec FetchModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("fetch");
    spec.arguments = {
        {QStringLiteral("src"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("dest"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("flat"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("fail_on_missing"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("validate_checksum"), Type::Bool, false, {}, {}, true},
    };
    return spec;
}

QString FetchModule::localDestination(const QString &dest, const QString &host, const QString &src, bool flat,
                                      const QString &baseDirectory)
{
    QString base = dest;
    if (base.startsWith(QLatin1String("~/")))
        base = QDir::homePath() + base.mid(1);
    const bool endsWithSlash = base.endsWith(u'/');
    if (!QFileInfo(base).isAbsolute())
        base = QDir(baseDirectory).filePath(base);
    if (flat) {
        if (endsWithSlash)
            return QDir::cleanPath(base + u'/' + QFileInfo(src).fileName());
        return QDir::cleanPath(base);
    }
    // dest/HOST/path/of/src: a relative src keeps its relative form.
    QString source = src;
    if (!source.startsWith(u'/'))
        source = u'/' + source;
    return QDir::cleanPath(base + u'/' + host + source);
}

void FetchModule::start(const QVariantMap &arguments)
{
    const QString src = text(arguments, "src");
    const QString dest = text(arguments, "dest");
    if (src.isEmpty() || dest.isEmpty()) {
        fail(tr("fetch needs src (the file on the host) and dest (a folder on the controller)."));
        return;
    }
    const bool flat = flag(arguments, "flat");
    const bool failOnMissing = flag(arguments, "fail_on_missing", true);
    // A relative dest is relative to the playbook's folder: the first search
    // path that is not a role's or a files/ or templates/ folder.
    QString baseDirectory = QDir::currentPath();
    for (const QString &path : context().searchPaths) {
        if (!path.contains(QLatin1String("/roles/")) && !path.endsWith(QLatin1String("/files"))
            && !path.endsWith(QLatin1String("/templates"))) {
            baseDirectory = path;
            break;
        }
    }
    const QString local = localDestination(dest, context().host, src, flat, baseDirectory);

    RemoteFileScript::Probe p;
    p.paths << src;
    p.checksumAlgorithm = QStringLiteral("sha1");
    probe(p, [this, src, local, failOnMissing](const RemoteProbe &state) {
        const RemoteFileState remote = RemoteFileScript::find(state, src);
        const FileStat &s = remote.effective(true);
        if (!s.exists() || s.type == FileStat::Type::Directory) {
            const bool missing = !s.exists();
            QString message = missing ? QStringLiteral("the remote file does not exist, not transferring, ignored")
                                      : QStringLiteral("remote file is a directory, fetch cannot work on directories");
            if (failOnMissing) {
                if (missing)
                    message = QStringLiteral("file not found: %1").arg(src);
                TaskResult failed = TaskResult::failed(message);
                failed.data.insert(QStringLiteral("file"), src);
                finish(failed);
                return;
            }
            if (!missing)
                message += QStringLiteral(", not transferring, ignored");
            finishWith(false, {{QStringLiteral("msg"), message}, {QStringLiteral("file"), src}});
            return;
        }
        const QString remoteChecksum = QString::fromLatin1(remote.checksum);
        const QByteArray localChecksum = localDigest(local, QCryptographicHash::Sha1);
        QVariantMap data {{QStringLiteral("dest"), local},
                          {QStringLiteral("remote_checksum"), remoteChecksum},
                          {QStringLiteral("remote_md5sum"), QVariant()},
                          {QStringLiteral("checksum"), remoteChecksum}};
        if (!localChecksum.isEmpty() && localChecksum == remote.checksum) {
            data.insert(QStringLiteral("file"), src);
            data.insert(QStringLiteral("md5sum"), QString::fromLatin1(localDigest(local, QCryptographicHash::Md5)));
            finishWith(false, data);
            return;
        }
        if (context().checkMode) {
            finishWith(true, data);
            return;
        }
        transport::CommandSpec spec = commandSpec();
        spec.script = "exec cat -- " + RemoteFileScript::quote(src);
        spec.description = tr("fetch of %1").arg(src);
        runCommand(spec, [this, src, local, data](const transport::CommandResult &result) {
            if (!result.succeeded()) {
                fail(tr("Cannot read %1 on %2: %3; check the path and the become settings.")
                         .arg(src, context().host, QString::fromUtf8(result.stderrData.trimmed())));
                return;
            }
            const QByteArray got = QCryptographicHash::hash(result.stdoutData, QCryptographicHash::Sha1).toHex();
            if (QString::fromLatin1(got) != data.value(QStringLiteral("remote_checksum")).toString()) {
                TaskResult failed = TaskResult::failed(QStringLiteral("checksum mismatch"));
                failed.data.insert(data);
                failed.data.insert(QStringLiteral("file"), src);
                finish(failed);
                return;
            }
            QDir().mkpath(QFileInfo(local).absolutePath());
            QSaveFile out(local);
            if (!out.open(QIODevice::WriteOnly) || out.write(result.stdoutData) != result.stdoutData.size()
                || !out.commit()) {
                fail(tr("Cannot write %1 on the controller: %2.").arg(local, out.errorString()));
                return;
            }
            QVariantMap done = data;
            done.insert(
                QStringLiteral("md5sum"),
                QString::fromLatin1(QCryptographicHash::hash(result.stdoutData, QCryptographicHash::Md5).toHex()));
            finishWith(true, done);
        });
    });
}

} // namespace antler::playbook
