#include "playbook/modules/CopyModule.h"

#include "playbook/AnsibleJson.h"
#include "playbook/jinja/Value.h"
#include "playbook/modules/FileDiff.h"
#include "transport/ShellQuote.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace antler::playbook {

namespace {

bool hashFile(const QString &path, QByteArray *sha1, QByteArray *md5)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash s(QCryptographicHash::Sha1);
    QCryptographicHash m(QCryptographicHash::Md5);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        s.addData(chunk);
        m.addData(chunk);
    }
    *sha1 = s.result().toHex();
    *md5 = m.result().toHex();
    return true;
}

int localMode(const QString &path)
{
    const QFileInfo info(path);
    const QFile::Permissions p = info.permissions();
    int mode = 0;
    if (p & QFile::ReadOwner)
        mode |= 0400;
    if (p & QFile::WriteOwner)
        mode |= 0200;
    if (p & QFile::ExeOwner)
        mode |= 0100;
    if (p & QFile::ReadGroup)
        mode |= 040;
    if (p & QFile::WriteGroup)
        mode |= 020;
    if (p & QFile::ExeGroup)
        mode |= 010;
    if (p & QFile::ReadOther)
        mode |= 04;
    if (p & QFile::WriteOther)
        mode |= 02;
    if (p & QFile::ExeOther)
        mode |= 01;
    return mode;
}

QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(u'/') ? dir + name : dir + u'/' + name;
}

} // namespace

ModuleSpec CopyModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("copy");
    spec.arguments = {
        {QStringLiteral("src"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("content"), Type::Raw, false, {}, {}, {}},
        {QStringLiteral("dest"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("backup"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("force"), Type::Bool, false, {QStringLiteral("thirsty")}, {}, true},
        {QStringLiteral("directory_mode"), Type::Raw, false, {}, {}, {}},
        {QStringLiteral("remote_src"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("follow"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("local_follow"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("checksum"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("validate"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("decrypt"), Type::Bool, false, {}, {}, true},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

void CopyModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    const bool hasContent
        = arguments.contains(QStringLiteral("content")) && !arguments.value(QStringLiteral("content")).isNull();
    const QString src = text(arguments, "src");
    const QString dest = text(arguments, "dest");
    if (dest.isEmpty()) {
        fail(tr("copy needs dest: the path on the host to write to."));
        return;
    }
    if (hasContent && !src.isEmpty()) {
        fail(tr("copy takes src or content, not both; remove one of them."));
        return;
    }
    if (!hasContent && src.isEmpty()) {
        fail(tr("copy needs src (a file next to the playbook) or content (the text to write)."));
        return;
    }
    if (hasContent && dest.endsWith(u'/')) {
        fail(tr("copy cannot use content with a folder as dest (%1); name the file to write.").arg(dest));
        return;
    }
    if (flag(arguments, "remote_src")) {
        startRemote(arguments);
        return;
    }
    if (!hasContent) {
        const QString local = findLocal(src, QStringLiteral("files"));
        if (local.isEmpty()) {
            fail(notFoundMessage(src, QStringLiteral("files")));
            return;
        }
        if (QFileInfo(local).isDir()) {
            startTree(arguments, local);
            return;
        }
    }
    startFile(arguments);
}

void CopyModule::startFile(const QVariantMap &arguments)
{
    Item item;
    const QString src = text(arguments, "src");
    const QString dest = text(arguments, "dest");
    if (!src.isEmpty()) {
        item.localPath = findLocal(src, QStringLiteral("files"));
        if (!hashFile(item.localPath, &item.checksum, &item.md5)) {
            fail(tr("Cannot read %1 on the controller; check its permissions.").arg(item.localPath));
            return;
        }
        item.localMode = localMode(item.localPath);
        m_srcLabel = item.localPath;
    } else {
        const QVariant content = arguments.value(QStringLiteral("content"));
        if (jinja::Value::isMap(content) || content.typeId() == QMetaType::QVariantList)
            item.content = AnsibleJson::dumps(content, 0, false).toUtf8(); // json.dumps(content), as Ansible's copy
        else
            item.content = jinja::Value::toText(content).toUtf8(); // True, as Python's str() writes it
        item.checksum = QCryptographicHash::hash(item.content, QCryptographicHash::Sha1).toHex();
        item.md5 = QCryptographicHash::hash(item.content, QCryptographicHash::Md5).toHex();
        item.localMode = m_contentMode;
    }
    const QString expected = text(arguments, "checksum");
    if (!expected.isEmpty() && expected.toLower().toUtf8() != item.checksum) {
        fail(tr("The SHA1 checksum of %1 is %2, not the expected %3; check the file or the checksum argument.")
                 .arg(src.isEmpty() ? QStringLiteral("content") : src, QString::fromLatin1(item.checksum), expected));
        return;
    }

    RemoteFileScript::Probe p;
    // Without force an existing file is kept whatever it holds (decide):
    // no digest of it to compute on the host.
    if (flag(arguments, "force", true))
        p.checksumAlgorithm = QStringLiteral("sha1");
    p.paths << dest;
    const QString inside = src.isEmpty() ? QString() : joinPath(dest, QFileInfo(src).fileName());
    if (!inside.isEmpty())
        p.paths << inside;
    if (context().diffMode) {
        // The content of whichever candidate is the file; the folder case
        // reads the one inside.
        p.contentPath = dest.endsWith(u'/') ? inside : dest;
    }
    const auto decideProbed = [this, arguments, item, dest, inside](const RemoteProbe &state) {
        Item target = item;
        const RemoteFileState destState = RemoteFileScript::find(state, dest);
        if (dest.endsWith(u'/') || destState.effective(true).type == FileStat::Type::Directory)
            target.dest = inside;
        else
            target.dest = dest;
        RemoteProbe adjusted = state;
        if (target.dest != dest && context().diffMode && !dest.endsWith(u'/')) {
            // The content read was of the folder path, which has none.
            adjusted.hasContent = false;
        }
        decide(arguments, target, adjusted, dest);
    };
    // A new file with content and a numeric mode is written the way decide
    // would write it whatever the probe says of it (its mode does not depend
    // on the remote umask): the write goes with the probe, in one round trip.
    const QVariant modeArg = arguments.value(QStringLiteral("mode"));
    int newMode = -1;
    QString error;
    if (!context().checkMode && !context().diffMode && item.localPath.isEmpty() && inside.isEmpty()
        && item.content.size() <= 16 * 1024 && FileMode::isSet(modeArg) && !FileMode::isPreserve(modeArg)
        && !FileMode::isSymbolic(modeArg) && resolveMode(modeArg, FileStat(), false, 022, &newMode, &error)
        && newMode >= 0) {
        Item target = item;
        target.dest = dest;
        RemoteFileState absent;
        absent.path = dest;
        const RemoteFileScript::Write w = writeFor(arguments, target, newMode, false, absent, 022);
        // The content goes in the script (ANTLER_STDIN, as change sets it),
        // which then runs in the shared shell itself.
        const QByteArray lines
            = "ANTLER_STDIN=" + transport::shellQuote(item.content) + "\n" + RemoteFileScript::writeLines(w);
        change(
            RemoteFileScript::probeThenIfAbsent(dest, p.checksumAlgorithm, true, lines), tr("write %1").arg(dest),
            [this, arguments, target, dest, decideProbed](const RemoteProbe &answer) {
                if (answer.writtenFrom < 0) {
                    decideProbed(answer);
                    return;
                }
                RemoteProbe state = answer;
                RemoteProbe written = answer;
                state.files = answer.files.mid(0, answer.writtenFrom);
                written.files = answer.files.mid(answer.writtenFrom);
                decide(arguments, target, state, dest, &written);
            },
            QByteArray(), QString(), true);
        return;
    }
    probe(p, decideProbed);
}

RemoteFileScript::Write CopyModule::writeFor(const QVariantMap &arguments, const Item &item, int mode,
                                             bool destIsDirArg, const RemoteFileState &state, int umask) const
{
    RemoteFileScript::Write w;
    w.path = item.dest;
    w.mode = mode;
    w.owner = text(arguments, "owner");
    w.group = text(arguments, "group");
    w.backup = flag(arguments, "backup");
    w.validate = text(arguments, "validate");
    w.createParents = destIsDirArg;
    w.followLink = flag(arguments, "follow");
    w.umask = umask;
    w.keptMode = state.target.exists() ? state.target.mode : 0666 & ~umask;
    // A file of the shell's own user and group needs no stat afterwards
    // when its mode and size are known here: the content sent (not a
    // local file, which may change while it goes), the mode set (no
    // setuid or setgid bits, which a chown would drop).
    const int finalMode = w.mode >= 0 ? w.mode : w.keptMode;
    w.trustOwnership = FileModuleBase::shellOwner() && item.localPath.isEmpty() && finalMode >= 0
        && !(finalMode & 06000) && w.owner.isEmpty() && w.group.isEmpty();
    return w;
}

void CopyModule::decide(const QVariantMap &arguments, const Item &item, const RemoteProbe &probe,
                        const QString &destArg, const RemoteProbe *alreadyWritten)
{
    const RemoteFileState state = RemoteFileScript::find(probe, item.dest);
    const FileStat &current = state.effective(flag(arguments, "follow"));
    if (current.type == FileStat::Type::Directory) {
        fail(tr("Cannot copy to %1 on %2: it is a folder; name a file or end dest with '/'.")
                 .arg(item.dest, context().host));
        return;
    }
    const bool destIsDirArg = destArg.endsWith(u'/');
    if (!state.parentIsDirectory && !destIsDirArg) {
        fail(tr("Destination directory %1 does not exist on %2; create it first (file: state=directory) or "
                "end dest with '/'.")
                 .arg(QFileInfo(item.dest).path(), context().host));
        return;
    }
    const bool exists = current.exists();
    const bool force = flag(arguments, "force", true);
    const bool contentChanges = !exists || (force && state.checksum != item.checksum);

    const QVariant modeArg = arguments.value(QStringLiteral("mode"));
    int mode = -1;
    QString error;
    if (FileMode::isPreserve(modeArg)) {
        mode = item.localMode;
    } else if (!resolveMode(modeArg, current, false, probe.umask, &mode, &error)) {
        fail(error);
        return;
    }
    const QString owner = text(arguments, "owner");
    const QString group = text(arguments, "group");
    const bool attributesChange = exists && attributesDiffer(current, mode, owner, group);

    QVariant diff;
    if (context().diffMode && contentChanges) {
        QByteArray after = item.content;
        if (!item.localPath.isEmpty()) {
            QFile file(item.localPath);
            if (QFileInfo(item.localPath).size() <= FileDiff::maxSize && file.open(QIODevice::ReadOnly))
                after = file.readAll();
        }
        const QByteArray before = exists && probe.hasContent ? probe.content : QByteArray();
        QVariantMap textDiff = FileDiff::text(item.dest, before,
                                              !m_contentLabel.isEmpty()      ? m_contentLabel
                                                  : item.localPath.isEmpty() ? QStringLiteral("dynamically generated")
                                                                             : item.localPath,
                                              after);
        // Like Ansible: a destination that does not exist yet has no header.
        if (!exists)
            textDiff.remove(QStringLiteral("before_header"));
        diff = textDiff;
    }

    QVariantMap data {{QStringLiteral("dest"), item.dest},
                      {QStringLiteral("checksum"), QString::fromLatin1(item.checksum)}};
    if (!item.localPath.isEmpty())
        data.insert(QStringLiteral("src"), item.localPath);

    if (!contentChanges && !attributesChange) {
        data.insert(state.attributes(true));
        data.insert(QStringLiteral("dest"), item.dest);
        if (!exists)
            data.remove(QStringLiteral("path"));
        finishWith(false, data, diff);
        return;
    }
    if (context().checkMode) {
        if (exists) {
            data.insert(state.attributes(true));
            data.remove(QStringLiteral("path"));
        }
        if (contentChanges) {
            data.insert(QStringLiteral("size"),
                        item.localPath.isEmpty() ? qint64(item.content.size()) : QFileInfo(item.localPath).size());
            data.insert(QStringLiteral("md5sum"), QString::fromLatin1(item.md5));
        }
        if (mode >= 0)
            data.insert(QStringLiteral("mode"), FileMode::format(mode));
        if (!owner.isEmpty())
            data.insert(QStringLiteral("owner"), owner);
        if (!group.isEmpty())
            data.insert(QStringLiteral("group"), group);
        data.insert(QStringLiteral("state"), QStringLiteral("file"));
        finishWith(true, data, diff);
        return;
    }

    const auto done = [this, data, item, contentChanges](const RemoteProbe &after) {
        QVariantMap result = data;
        const RemoteFileState written = after.files.isEmpty() ? RemoteFileState() : after.files.last();
        result.insert(written.attributes(true));
        result.remove(QStringLiteral("path"));
        result.insert(QStringLiteral("dest"), item.dest);
        if (contentChanges)
            result.insert(QStringLiteral("md5sum"), QString::fromLatin1(item.md5));
        else
            result.insert(QStringLiteral("path"), item.dest);
        if (!after.backupFile.isEmpty())
            result.insert(QStringLiteral("backup_file"), after.backupFile);
        finishWith(true, result, QVariant());
    };
    if (contentChanges) {
        const RemoteFileScript::Write w = writeFor(arguments, item, mode, destIsDirArg, state, probe.umask);
        const int finalMode = w.mode >= 0 ? w.mode : w.keptMode;
        const std::optional<FileStat> shellOwner
            = w.trustOwnership ? FileModuleBase::shellOwner() : std::optional<FileStat>();
        const auto report = [this, data, item, diff, shellOwner, finalMode](const RemoteProbe &after) {
            QVariantMap result = data;
            RemoteFileState written = after.files.isEmpty() ? RemoteFileState() : after.files.last();
            if (written.notStated && shellOwner) {
                FileStat &stat = written.stat;
                stat.mode = finalMode;
                stat.rawMode = 0100000 | finalMode;
                stat.uid = shellOwner->uid;
                stat.gid = shellOwner->gid;
                stat.owner = shellOwner->owner;
                stat.group = shellOwner->group;
                stat.size = item.content.size();
                written.target = stat;
            } else {
                rememberShellOwner(written);
            }
            result.insert(written.attributes(true));
            result.remove(QStringLiteral("path"));
            result.insert(QStringLiteral("dest"), item.dest);
            result.insert(QStringLiteral("md5sum"), QString::fromLatin1(item.md5));
            if (!after.backupFile.isEmpty())
                result.insert(QStringLiteral("backup_file"), after.backupFile);
            finishWith(true, result, diff);
        };
        if (alreadyWritten) {
            // The probe found the file absent and wrote it as w says (the
            // mode asked for does not depend on the umask the probe read).
            report(*alreadyWritten);
            return;
        }
        // The checksum of what is sent is known here (item.checksum): no digest afterwards.
        change(RemoteFileScript::write(w), tr("write %1").arg(item.dest), report,
               item.localPath.isEmpty() ? item.content : QByteArray(), item.localPath);
        return;
    }
    RemoteFileScript::Attributes a;
    a.path = item.dest;
    a.mode = mode >= 0 && mode != current.mode ? mode : -1;
    a.owner = ownerMatches(current, owner) ? QString() : owner;
    a.group = groupMatches(current, group) ? QString() : group;
    RemoteFileScript::Probe after;
    after.paths << item.dest;
    change(RemoteFileScript::withProbe("set -e\n" + RemoteFileScript::attributes(a) + "set +e\n", after),
           tr("change the attributes of %1").arg(item.dest), done);
}

void CopyModule::startRemote(const QVariantMap &arguments)
{
    const QString src = text(arguments, "src");
    const QString dest = text(arguments, "dest");
    RemoteFileScript::Probe p;
    p.checksumAlgorithm = QStringLiteral("sha1");
    const QString inside = joinPath(dest, QFileInfo(src).fileName());
    p.paths << src << dest << inside;
    probe(p, [this, arguments, src, dest, inside](const RemoteProbe &state) {
        const RemoteFileState source = RemoteFileScript::find(state, src);
        if (!source.exists()) {
            fail(tr("Source %1 not found on %2; check src or drop remote_src to copy from the controller.")
                     .arg(src, context().host));
            return;
        }
        if (source.effective(true).type == FileStat::Type::Directory) {
            // A folder: cp -a does it; changed when anything differs.
            const QByteArray target = RemoteFileScript::quote(dest);
            const QByteArray from = RemoteFileScript::quote(src);
            if (context().checkMode) {
                finishWith(true, {{QStringLiteral("dest"), dest}, {QStringLiteral("src"), src}});
                return;
            }
            QByteArray lines = "set -e\nmkdir -p -- " + target + "\n";
            if (src.endsWith(u'/'))
                lines += "cp -a -- " + from + ". " + target + "\n";
            else
                lines += "cp -a -- " + from + ' ' + target + "\n";
            RemoteFileScript::Probe after;
            after.paths << dest;
            change(RemoteFileScript::withProbe(lines + "set +e\n", after), tr("copy %1 to %2").arg(src, dest),
                   [this, dest, src](const RemoteProbe &) {
                       finishWith(true, {{QStringLiteral("dest"), dest}, {QStringLiteral("src"), src}});
                   });
            return;
        }
        const RemoteFileState destState = RemoteFileScript::find(state, dest);
        const QString finalDest
            = dest.endsWith(u'/') || destState.effective(true).type == FileStat::Type::Directory ? inside : dest;
        const RemoteFileState target = RemoteFileScript::find(state, finalDest);
        const FileStat &current = target.effective(false);
        const bool contentChanges
            = !current.exists() || (flag(arguments, "force", true) && target.checksum != source.checksum);
        int mode = -1;
        QString error;
        const QVariant modeArg = arguments.value(QStringLiteral("mode"));
        if (FileMode::isPreserve(modeArg))
            mode = source.effective(true).mode;
        else if (!resolveMode(modeArg, current, false, state.umask, &mode, &error)) {
            fail(error);
            return;
        }
        const QString owner = text(arguments, "owner");
        const QString group = text(arguments, "group");
        const bool attributesChange = current.exists() && attributesDiffer(current, mode, owner, group);
        QVariantMap data {{QStringLiteral("dest"), finalDest},
                          {QStringLiteral("src"), src},
                          {QStringLiteral("checksum"), QString::fromLatin1(source.checksum)}};
        if (!contentChanges && !attributesChange) {
            data.insert(target.attributes(true));
            data.insert(QStringLiteral("dest"), finalDest);
            finishWith(false, data);
            return;
        }
        if (context().checkMode) {
            finishWith(true, data);
            return;
        }
        QByteArray lines = "set -e\n";
        const QByteArray t = RemoteFileScript::quote(finalDest);
        if (contentChanges) {
            if (flag(arguments, "backup"))
                lines += "if [ -f " + t + " ]; then b=" + t + "\".$$.$(date +%Y-%m-%d@%H:%M:%S~)\"; cp -p -- " + t
                    + " \"$b\"; printf '@B %s\\n' \"$b\"; fi\n";
            lines += "tmp=$(mktemp \"$(dirname -- " + t
                + ")/.antler-XXXXXX\")\n"
                  "cp -- "
                + RemoteFileScript::quote(src) + " \"$tmp\"\n";
            if (mode < 0)
                lines += "if [ -e " + t + " ]; then chmod --reference=" + t
                    + " -- \"$tmp\"; "
                      "else chmod --reference="
                    + RemoteFileScript::quote(src) + " -- \"$tmp\"; fi\n";
            lines += "mv -f -- \"$tmp\" " + t + "\n";
        }
        RemoteFileScript::Attributes a;
        a.path = finalDest;
        a.mode = mode;
        a.owner = owner;
        a.group = group;
        lines += RemoteFileScript::attributes(a) + "set +e\n";
        RemoteFileScript::Probe after;
        after.paths << finalDest;
        after.checksumAlgorithm = QStringLiteral("sha1");
        change(RemoteFileScript::withProbe(lines, after), tr("copy %1 to %2").arg(src, finalDest),
               [this, data, finalDest](const RemoteProbe &written) {
                   QVariantMap result = data;
                   result.insert(RemoteFileScript::find(written, finalDest).attributes(true));
                   result.remove(QStringLiteral("path"));
                   if (!written.backupFile.isEmpty())
                       result.insert(QStringLiteral("backup_file"), written.backupFile);
                   finishWith(true, result);
               });
    });
}

void CopyModule::startTree(const QVariantMap &arguments, const QString &localDir)
{
    // src/ copies the folder's content into dest; src (no slash) copies the
    // folder itself into dest.
    const QString src = text(arguments, "src");
    QString base = text(arguments, "dest");
    if (!src.endsWith(u'/'))
        base = joinPath(base, QFileInfo(localDir).fileName());
    QList<Item> items;
    QStringList dirs {base};
    QDirIterator it(localDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QDir root(localDir);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            dirs << joinPath(base, relative);
            continue;
        }
        Item item;
        item.localPath = path;
        item.relative = relative;
        item.dest = joinPath(base, relative);
        if (!hashFile(path, &item.checksum, &item.md5)) {
            fail(tr("Cannot read %1 on the controller; check its permissions.").arg(path));
            return;
        }
        item.localMode = localMode(path);
        items << item;
    }
    std::sort(dirs.begin(), dirs.end());
    RemoteFileScript::Probe p;
    p.checksumAlgorithm = QStringLiteral("sha1");
    p.paths = dirs;
    for (const Item &item : std::as_const(items))
        p.paths << item.dest;
    probe(p, [this, arguments, items, dirs, base](const RemoteProbe &state) {
        // Changed files are written by one command each, started together
        // (they share the connection); missing folders are made first.
        QList<Item> changedItems;
        QVariant modeArg = arguments.value(QStringLiteral("mode"));
        const QString owner = text(arguments, "owner");
        const QString group = text(arguments, "group");
        for (const Item &item : items) {
            const RemoteFileState s = RemoteFileScript::find(state, item.dest);
            int mode = -1;
            QString error;
            if (FileMode::isPreserve(modeArg))
                mode = item.localMode;
            else if (!resolveMode(modeArg, s.stat, false, state.umask, &mode, &error)) {
                fail(error);
                return;
            }
            if (!s.exists() || s.checksum != item.checksum
                || (s.exists() && attributesDiffer(s.stat, mode, owner, group))) {
                Item changedItem = item;
                changedItem.localMode = mode;
                changedItems << changedItem;
            }
        }
        QStringList missingDirs;
        for (const QString &dir : dirs) {
            const RemoteFileState s = RemoteFileScript::find(state, dir);
            if (!s.exists())
                missingDirs << dir;
            else if (s.effective(true).type != FileStat::Type::Directory) {
                fail(tr("Cannot copy into %1 on %2: it exists and is not a folder.").arg(dir, context().host));
                return;
            }
        }
        const bool changed = !changedItems.isEmpty() || !missingDirs.isEmpty();
        if (!changed || context().checkMode) {
            finishWith(changed, {{QStringLiteral("dest"), base}, {QStringLiteral("src"), text(arguments, "src")}});
            return;
        }
        QByteArray mk = "set -e\n";
        for (const QString &dir : std::as_const(missingDirs))
            mk += "mkdir -p -- " + RemoteFileScript::quote(dir) + "\n";
        auto pending = std::make_shared<int>(int(changedItems.size()));
        auto uploadAll = [this, changedItems, pending, owner, group, arguments, base]() {
            if (changedItems.isEmpty()) {
                finishWith(true, {{QStringLiteral("dest"), base}, {QStringLiteral("src"), text(arguments, "src")}});
                return;
            }
            for (const Item &item : changedItems) {
                RemoteFileScript::Write w;
                w.path = item.dest;
                w.mode = item.localMode;
                w.owner = owner;
                w.group = group;
                change(
                    RemoteFileScript::write(w), tr("write %1").arg(item.dest),
                    [this, pending, arguments, base](const RemoteProbe &) {
                        if (--*pending == 0)
                            finishWith(
                                true,
                                {{QStringLiteral("dest"), base}, {QStringLiteral("src"), text(arguments, "src")}});
                    },
                    QByteArray(), item.localPath);
            }
        };
        if (missingDirs.isEmpty()) {
            uploadAll();
            return;
        }
        RemoteFileScript::Probe none;
        change(RemoteFileScript::withProbe(mk + "set +e\n", none), tr("create the folders under %1").arg(base),
               [uploadAll](const RemoteProbe &) { uploadAll(); });
    });
}

} // namespace antler::playbook
