#include "playbook/modules/FileModule.h"

#include "playbook/modules/FileDiff.h"

#include <QDateTime>
#include <QFileInfo>

namespace antler::playbook {

namespace {

QString dirName(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

ModuleSpec FileModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("file");
    spec.arguments = {
        {QStringLiteral("path"), Type::Path, true, {QStringLiteral("dest"), QStringLiteral("name")}, {}, {}},
        {QStringLiteral("state"),
         Type::Str,
         false,
         {},
         {QStringLiteral("absent"), QStringLiteral("directory"), QStringLiteral("file"), QStringLiteral("hard"),
          QStringLiteral("link"), QStringLiteral("touch")},
         {}},
        {QStringLiteral("src"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("recurse"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("force"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("follow"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("modification_time"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("modification_time_format"), Type::Str, false, {}, {}, QStringLiteral("%Y%m%d%H%M.%S")},
        {QStringLiteral("access_time"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("access_time_format"), Type::Str, false, {}, {}, QStringLiteral("%Y%m%d%H%M.%S")},
        {QStringLiteral("_original_basename"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("_diff_peek"), Type::Raw, false, {}, {}, {}},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

void FileModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_path = text(arguments, "path");
    m_state = text(arguments, "state");
    m_src = text(arguments, "src");
    m_owner = text(arguments, "owner");
    m_group = text(arguments, "group");
    m_follow = flag(arguments, "follow", true);
    m_force = flag(arguments, "force", false);
    m_recurse = flag(arguments, "recurse", false);
    if (m_path.isEmpty()) {
        fail(tr("file needs path: the file or folder on the host."));
        return;
    }
    if (m_path.size() > 1 && m_path.endsWith(u'/'))
        m_path.chop(1);
    if (!m_src.isEmpty() && !m_state.isEmpty() && m_state != QLatin1String("link")
        && m_state != QLatin1String("hard")) {
        fail(tr("src option requires state to be 'link' or 'hard' (path %1).").arg(m_path));
        return;
    }
    if (m_recurse && !m_state.isEmpty() && m_state != QLatin1String("directory")) {
        fail(tr("recurse option requires state to be 'directory' (path %1).").arg(m_path));
        return;
    }
    RemoteFileScript::Probe p;
    p.paths << m_path;
    if (!m_src.isEmpty()) {
        m_absSrc = m_src.startsWith(u'/') ? m_src : dirName(m_path) + u'/' + m_src;
        if (m_state == QLatin1String("hard") && !m_src.startsWith(u'/'))
            m_absSrc = m_src; // ln resolves a hard link's src from the working folder
        p.paths << m_absSrc;
    }
    // A folder to make, with a numeric mode or none: made with the probe,
    // in one round trip, when the probe finds nothing there (what decide
    // would then run does not depend on anything else the probe tells).
    const QVariant modeArg = arguments.value(QStringLiteral("mode"));
    int newMode = -1;
    QString error;
    if (m_state == QLatin1String("directory") && m_src.isEmpty() && m_owner.isEmpty() && m_group.isEmpty() && !m_recurse
        && !context().checkMode && !context().diffMode
        && (!FileMode::isSet(modeArg)
            || (!FileMode::isSymbolic(modeArg) && !FileMode::isPreserve(modeArg)
                && resolveMode(modeArg, FileStat(), true, 022, &newMode, &error) && newMode >= 0))) {
        RemoteFileScript::Probe after;
        after.paths << m_path;
        const QByteArray lines = "set -e\n" + mkdirLines(newMode) + "set +e\n" + RemoteFileScript::probeLines(after);
        change(
            RemoteFileScript::probeThenIfAbsent(m_path, QString(), false, lines),
            tr("set %1 to state %2").arg(m_path, m_state),
            [this](const RemoteProbe &answer) {
                if (answer.writtenFrom < 0) {
                    decide(answer);
                    return;
                }
                RemoteProbe state = answer;
                state.files = answer.files.mid(0, answer.writtenFrom);
                m_done = answer;
                m_done->files = answer.files.mid(answer.writtenFrom);
                decide(state);
            },
            QByteArray(), QString(), true);
        return;
    }
    probe(p, [this](const RemoteProbe &state) { decide(state); });
}

QByteArray FileModule::mkdirLines(int mode) const
{
    // Each missing folder along the path is made, in order; GNU mkdir -m
    // gives each the mode as a chmod after it would (set-group-ID of the
    // parent kept alike): one program, not two a folder.
    QByteArray lines = "set --\n";
    const bool absolute = m_path.startsWith(u'/');
    QString cur;
    for (const QString &part : m_path.split(u'/', Qt::SkipEmptyParts)) {
        cur = cur.isEmpty() && !absolute ? part : cur + u'/' + part;
        lines += "[ -e " + RemoteFileScript::quote(cur) + " ] || set -- \"$@\" " + RemoteFileScript::quote(cur) + "\n";
    }
    return lines + "[ $# -eq 0 ] || mkdir " + (mode >= 0 ? "-m " + QByteArray::number(mode, 8) + ' ' : QByteArray())
        + "-- \"$@\"\n";
}

QByteArray FileModule::attributeLines(const FileStat &current, const QString &path, bool follow, bool *changes,
                                      QVariantMap *before, QVariantMap *after, int umask, bool isDirectory)
{
    int mode = -1;
    QString error;
    if (!resolveMode(m_arguments.value(QStringLiteral("mode")), current, isDirectory, umask, &mode, &error)) {
        fail(error);
        *changes = false;
        return {};
    }
    RemoteFileScript::Attributes a;
    a.path = path;
    a.follow = follow;
    const bool newFile = !current.exists();
    if (mode >= 0 && (newFile || mode != current.mode)) {
        a.mode = mode;
        before->insert(QStringLiteral("mode"),
                       FileMode::format(newFile ? ((isDirectory ? 0777 : 0666) & ~umask) : current.mode));
        after->insert(QStringLiteral("mode"), FileMode::format(mode));
    }
    if (!m_owner.isEmpty() && (newFile || !ownerMatches(current, m_owner))) {
        a.owner = m_owner;
        before->insert(QStringLiteral("owner"), current.owner);
        after->insert(QStringLiteral("owner"), m_owner);
    }
    if (!m_group.isEmpty() && (newFile || !groupMatches(current, m_group))) {
        a.group = m_group;
        before->insert(QStringLiteral("group"), current.group);
        after->insert(QStringLiteral("group"), m_group);
    }
    // A new file or folder gets what the host gives it; only a difference
    // from that counts as a change of attributes.
    *changes = a.mode >= 0 || !a.owner.isEmpty() || !a.group.isEmpty();
    // A folder mkdir makes already has 0777 & ~umask: no chmod to the same bits.
    if (newFile && isDirectory && a.mode == (0777 & ~umask))
        a.mode = -1;
    return RemoteFileScript::attributes(a);
}

void FileModule::decide(const RemoteProbe &probe)
{
    const RemoteFileState state = RemoteFileScript::find(probe, m_path);
    m_initial = state;
    const FileStat &lstat = state.stat;
    QString prev = lstat.stateName();
    if (m_state.isEmpty())
        m_state = lstat.exists() ? prev : (m_recurse ? QStringLiteral("directory") : QStringLiteral("file"));
    QVariantMap before {{QStringLiteral("path"), m_path}};
    QVariantMap after {{QStringLiteral("path"), m_path}};
    const QByteArray p = RemoteFileScript::quote(m_path);

    if (m_state == QLatin1String("absent")) {
        if (!lstat.exists()) {
            finishWith(false, {{QStringLiteral("path"), m_path}, {QStringLiteral("state"), QStringLiteral("absent")}});
            return;
        }
        before.insert(QStringLiteral("state"), prev);
        after.insert(QStringLiteral("state"), QStringLiteral("absent"));
        apply("rm -rf -- " + p + "\n", true, m_path, before, after, false);
        return;
    }

    if (m_state == QLatin1String("file")) {
        const bool followLink = m_follow && lstat.type == FileStat::Type::Link;
        const FileStat &current = followLink ? state.target : lstat;
        const QString path = followLink && !state.linkTarget.isEmpty()
            ? (state.linkTarget.startsWith(u'/') ? state.linkTarget : dirName(m_path) + u'/' + state.linkTarget)
            : m_path;
        const QString currentState = current.stateName();
        if (currentState != QLatin1String("file") && currentState != QLatin1String("hard")) {
            TaskResult failed = TaskResult::failed(tr("file (%1) is %2, cannot continue").arg(m_path, currentState));
            failed.data.insert(QStringLiteral("path"), m_path);
            failed.data.insert(QStringLiteral("state"), currentState);
            finish(failed);
            return;
        }
        bool changes = false;
        const QByteArray lines = attributeLines(current, path, true, &changes, &before, &after, probe.umask, false);
        if (isFinished())
            return;
        apply(lines, changes, path, before, after, false);
        return;
    }

    if (m_state == QLatin1String("directory")) {
        const bool followLink = m_follow && lstat.type == FileStat::Type::Link;
        const FileStat &current = followLink ? state.target : lstat;
        before.insert(QStringLiteral("state"), current.stateName());
        after.insert(QStringLiteral("state"), QStringLiteral("directory"));
        if (!current.exists()) {
            // Each missing folder along the path is made and gets the
            // attributes, as Ansible does.
            QByteArray lines;
            const bool absolute = m_path.startsWith(u'/');
            QString cur;
            const QStringList parts = m_path.split(u'/', Qt::SkipEmptyParts);
            int mode = -1;
            QString error;
            resolveMode(m_arguments.value(QStringLiteral("mode")), current, true, probe.umask, &mode, &error);
            // Without an owner or group to set, one mkdir (mkdirLines).
            const bool oneMkdir = m_owner.isEmpty() && m_group.isEmpty();
            for (const QString &part : parts) {
                cur = cur.isEmpty() && !absolute ? part : cur + u'/' + part;
                bool changes = false;
                QVariantMap b, a;
                FileStat none;
                const QByteArray attrs = attributeLines(none, cur, true, &changes, &b, &a, probe.umask, true);
                if (isFinished())
                    return;
                const QByteArray q = RemoteFileScript::quote(cur);
                if (!oneMkdir)
                    lines += "if [ ! -e " + q + " ]; then mkdir -- " + q + "\n" + attrs + "fi\n";
            }
            // No -m for the bits mkdir gives anyway.
            if (oneMkdir)
                lines = mkdirLines(mode >= 0 && mode != (0777 & ~probe.umask) ? mode : -1);
            before.insert(QStringLiteral("mode"), FileMode::format(0777 & ~probe.umask));
            if (mode >= 0)
                after.insert(QStringLiteral("mode"), FileMode::format(mode));
            apply(lines, true, m_path, before, after, false);
            return;
        }
        if (current.type != FileStat::Type::Directory) {
            TaskResult failed = TaskResult::failed(tr("%1 already exists as a %2").arg(m_path, current.stateName()));
            failed.data.insert(QStringLiteral("path"), m_path);
            finish(failed);
            return;
        }
        bool changes = false;
        QByteArray lines = attributeLines(current, m_path, true, &changes, &before, &after, probe.umask, true);
        if (isFinished())
            return;
        if (m_recurse
            && (FileMode::isSet(m_arguments.value(QStringLiteral("mode"))) || !m_owner.isEmpty()
                || !m_group.isEmpty())) {
            // Below the folder: compare a listing of modes and owners before
            // and after; chmod -R with the (octal or symbolic) mode.
            QByteArray rec = "antler_sum() { find " + QByteArray(m_follow ? "-L " : "") + p + " -mindepth 1 "
                + "-printf '%m %u %g %p\\n' 2>/dev/null | md5sum; }\nantler_before=$(antler_sum)\n";
            if (!m_owner.isEmpty() || !m_group.isEmpty()) {
                QByteArray who = m_owner.toUtf8();
                if (!m_group.isEmpty())
                    who += ':' + m_group.toUtf8();
                rec += "find " + p + " -mindepth 1 -exec chown -h -- " + RemoteFileScript::quote(QString::fromUtf8(who))
                    + " {} +\n";
            }
            const QVariant modeArg = m_arguments.value(QStringLiteral("mode"));
            if (FileMode::isSet(modeArg)) {
                int mode = -1;
                QString error;
                if (FileMode::isSymbolic(modeArg)) {
                    rec += "find " + p + " -mindepth 1 ! -type l -exec chmod -- "
                        + RemoteFileScript::quote(modeArg.toString()) + " {} +\n";
                } else if (FileMode::resolve(modeArg, {}, &mode, &error)) {
                    rec += "find " + p + " -mindepth 1 ! -type l -exec chmod " + QByteArray::number(mode, 8)
                        + " {} +\n";
                }
            }
            rec += "[ \"$antler_before\" = \"$(antler_sum)\" ] || echo '@N changed'\n";
            if (context().checkMode) {
                // Predicting a recursive change would need the whole tree;
                // report the folder itself.
                apply(lines, changes, m_path, before, after, false);
                return;
            }
            lines += rec;
            apply(lines, changes, m_path, before, after, false);
            return;
        }
        apply(lines, changes, m_path, before, after, false);
        return;
    }

    if (m_state == QLatin1String("link")) {
        const RemoteFileState src = RemoteFileScript::find(probe, m_absSrc);
        if (m_src.isEmpty()) {
            if (lstat.type != FileStat::Type::Link) {
                fail(tr("src is required for creating new symlinks (path %1).").arg(m_path));
                return;
            }
            m_src = state.linkTarget;
        } else if (!m_force && !src.exists()) {
            fail(tr("src file does not exist, use \"force=yes\" if you really want to create the link: %1")
                     .arg(m_absSrc));
            return;
        }
        if (lstat.type == FileStat::Type::Directory && !m_force) {
            fail(tr("refusing to convert from directory to symlink for %1").arg(m_path));
            return;
        }
        if ((prev == QLatin1String("file") || prev == QLatin1String("hard")) && !m_force) {
            fail(tr("refusing to convert from %1 to symlink for %2").arg(prev, m_path));
            return;
        }
        before.insert(QStringLiteral("state"), prev);
        after.insert(QStringLiteral("state"), QStringLiteral("link"));
        bool changed = lstat.type != FileStat::Type::Link;
        if (lstat.type == FileStat::Type::Link && state.linkTarget != m_src) {
            before.insert(QStringLiteral("src"), state.linkTarget);
            after.insert(QStringLiteral("src"), m_src);
            changed = true;
        }
        QByteArray lines;
        if (changed) {
            if (lstat.type == FileStat::Type::Directory)
                lines += "rmdir -- " + p + "\n";
            lines += "ln -sfn -- " + RemoteFileScript::quote(m_src) + ' ' + p + "\n";
        }
        // Attributes go to the link's target when following (as Ansible),
        // to the link itself otherwise (mode cannot be set on a link).
        bool changes = false;
        const FileStat targetStat = changed ? src.stat : state.target;
        const bool attrsOnTarget = m_follow && targetStat.exists();
        QByteArray attrs;
        if (attrsOnTarget) {
            attrs = attributeLines(targetStat, m_path, true, &changes, &before, &after, probe.umask,
                                   targetStat.type == FileStat::Type::Directory);
        } else if (!m_owner.isEmpty() || !m_group.isEmpty()) {
            FileStat linkStat = changed ? FileStat() : lstat;
            RemoteFileScript::Attributes a;
            a.path = m_path;
            a.follow = false;
            if (!ownerMatches(linkStat, m_owner) || !linkStat.exists())
                a.owner = m_owner;
            if (!groupMatches(linkStat, m_group) || !linkStat.exists())
                a.group = m_group;
            attrs = RemoteFileScript::attributes(a);
            changes = !a.owner.isEmpty() || !a.group.isEmpty();
        }
        if (isFinished())
            return;
        apply(lines + attrs, changed || changes, m_path, before, after, true);
        return;
    }

    if (m_state == QLatin1String("hard")) {
        const RemoteFileState src = RemoteFileScript::find(probe, m_absSrc);
        if (m_src.isEmpty()) {
            fail(tr("src is required for creating new hard links (path %1).").arg(m_path));
            return;
        }
        if (!src.exists()) {
            fail(tr("src does not exist: %1 (for the hard link %2)").arg(m_absSrc, m_path));
            return;
        }
        if (lstat.type == FileStat::Type::Directory) {
            fail(tr("refusing to convert from directory to hard link for %1").arg(m_path));
            return;
        }
        if (lstat.exists() && !m_force && lstat.inode != src.stat.inode) {
            if (!(prev == QLatin1String("hard") || prev == QLatin1String("file") || prev == QLatin1String("link"))) {
                fail(tr("Cannot link %1: it exists as a %2").arg(m_path, prev));
                return;
            }
        }
        before.insert(QStringLiteral("state"), prev);
        after.insert(QStringLiteral("state"), QStringLiteral("hard"));
        const bool changed = !lstat.exists() || lstat.inode != src.stat.inode || lstat.dev != src.stat.dev;
        QByteArray lines;
        if (changed)
            lines += "ln -f -- " + RemoteFileScript::quote(m_src) + ' ' + p + "\n";
        bool changes = false;
        const QByteArray attrs = attributeLines(src.stat, m_path, true, &changes, &before, &after, probe.umask, false);
        if (isFinished())
            return;
        apply(lines + attrs, changed || changes, m_path, before, after, true);
        return;
    }

    // touch: creates the file, or updates its times (always a change).
    before.insert(QStringLiteral("state"), lstat.exists() ? prev : QStringLiteral("absent"));
    after.insert(QStringLiteral("state"), QStringLiteral("touch"));
    bool changes = false;
    const QByteArray attrs
        = attributeLines(lstat.exists() ? state.effective(m_follow) : FileStat(), m_path, m_follow, &changes, &before,
                         &after, probe.umask, lstat.type == FileStat::Type::Directory);
    if (isFinished())
        return;
    // modification_time/access_time: "now" (the default for touch),
    // "preserve" (an existing file keeps its times: idempotent), or a time
    // in modification_time_format (Ansible's default is touch -t's format).
    const QString mtimeArg = text(m_arguments, "modification_time");
    const QString atimeArg = text(m_arguments, "access_time");
    const QString mtimeFormat = text(m_arguments, "modification_time_format");
    const QString atimeFormat = text(m_arguments, "access_time_format");
    const auto isDefaultFormat
        = [](const QString &format) { return format.isEmpty() || format == QLatin1String("%Y%m%d%H%M.%S"); };
    QByteArray touch;
    bool timesChange = false;
    const auto timeLine = [&](const QString &value, const QString &format, const char *flagName, double current) {
        if (value == QLatin1String("preserve") && lstat.exists())
            return;
        if (value.isEmpty() || value == QLatin1String("now") || value == QLatin1String("preserve")
            || !isDefaultFormat(format)) {
            touch += QByteArray("touch ") + flagName + " -- " + p + "\n";
            timesChange = true;
            return;
        }
        const QDateTime wanted = QDateTime::fromString(value, QStringLiteral("yyyyMMddHHmm.ss"));
        if (lstat.exists() && wanted.isValid() && qint64(current) == wanted.toSecsSinceEpoch())
            return;
        touch += QByteArray("touch ") + flagName + " -t " + RemoteFileScript::quote(value) + " -- " + p + "\n";
        timesChange = true;
    };
    if (!lstat.exists())
        touch += "touch -- " + p + "\n";
    timeLine(mtimeArg, mtimeFormat, "-m", lstat.mtime);
    timeLine(atimeArg, atimeFormat, "-a", lstat.atime);
    apply(touch + attrs, !lstat.exists() || timesChange || changes, m_path, before, after, true);
}

void FileModule::apply(const QByteArray &lines, bool changed, const QString &reportPath, const QVariantMap &before,
                       const QVariantMap &after, bool useDest)
{
    const QString key = useDest ? QStringLiteral("dest") : QStringLiteral("path");
    const QVariant diff = FileDiff::attributes(before, after);
    const auto result = [this, key, useDest](const RemoteFileState &state, bool changed) {
        QVariantMap data;
        if (state.exists()) {
            data = state.attributes(false);
            data.remove(QStringLiteral("path"));
        } else {
            data.insert(QStringLiteral("state"), QStringLiteral("absent"));
        }
        data.insert(key, m_path);
        if (useDest && !m_src.isEmpty())
            data.insert(QStringLiteral("src"), m_src);
        Q_UNUSED(changed);
        return data;
    };
    if (lines.isEmpty() && !changed) {
        // Nothing to do: the probe already has every result key.
        finishWith(false, result(m_initial, false), diff);
        return;
    }
    if (context().checkMode || lines.isEmpty()) {
        QVariantMap data = m_initial.exists() ? result(m_initial, changed) : QVariantMap {{key, m_path}};
        if (useDest && !m_src.isEmpty())
            data.insert(QStringLiteral("src"), m_src);
        const QString predicted = after.value(QStringLiteral("state"), m_state).toString();
        data.insert(QStringLiteral("state"), predicted == QLatin1String("touch") ? QStringLiteral("file") : predicted);
        if (after.contains(QStringLiteral("mode")))
            data.insert(QStringLiteral("mode"), after.value(QStringLiteral("mode")));
        finishWith(changed, data, diff);
        return;
    }
    Q_UNUSED(reportPath);
    RemoteFileScript::Probe p;
    p.paths << m_path;
    const auto finished = [this, result, changed, diff](const RemoteProbe &done) {
        const bool reallyChanged = changed || done.notes.contains(QStringLiteral("changed"));
        finishWith(reallyChanged, result(RemoteFileScript::find(done, m_path), reallyChanged), diff);
    };
    if (m_done) {
        // The probe ran the change already.
        const RemoteProbe done = *m_done;
        m_done.reset();
        finished(done);
        return;
    }
    change(RemoteFileScript::withProbe("set -e\n" + lines + "set +e\n", p),
           tr("set %1 to state %2").arg(m_path, m_state), finished);
}

} // namespace antler::playbook
