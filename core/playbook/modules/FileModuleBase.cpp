#include "playbook/modules/FileModuleBase.h"

#include "playbook/modules/FileDiff.h"
#include "transport/Transport.h"

#include <QDir>
#include <QFileInfo>

namespace antler::playbook {

namespace {

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text.trimmed().split('\n').value(0).trimmed());
}

} // namespace

bool FileModuleBase::flag(const QVariantMap &arguments, const char *name, bool fallback)
{
    const QVariant value = arguments.value(QString::fromLatin1(name));
    if (!value.isValid() || value.isNull())
        return fallback;
    if (value.typeId() == QMetaType::QString) {
        const QString t = value.toString().trimmed().toLower();
        if (t.isEmpty())
            return fallback;
        return t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("on")
            || t == QLatin1String("1") || t == QLatin1String("y") || t == QLatin1String("t");
    }
    return value.toBool();
}

QString FileModuleBase::text(const QVariantMap &arguments, const char *name)
{
    const QVariant value = arguments.value(QString::fromLatin1(name));
    return value.isNull() ? QString() : value.toString();
}

QList<ModuleArgument> FileModuleBase::commonFileArguments()
{
    using Type = ModuleArgument::Type;
    QList<ModuleArgument> arguments {
        {QStringLiteral("mode"), Type::Raw, false, {}, {}, {}},
        {QStringLiteral("owner"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("group"), Type::Str, false, {}, {}, {}},
    };
    for (const char *ignored : {"seuser", "serole", "setype", "selevel", "attributes", "unsafe_writes"}) {
        ModuleArgument argument;
        argument.name = QString::fromLatin1(ignored);
        argument.type = Type::Raw;
        if (argument.name == QLatin1String("attributes"))
            argument.aliases = QStringList {QStringLiteral("attr")};
        arguments.append(argument);
    }
    return arguments;
}

ModuleArgument FileModuleBase::editedPathArgument()
{
    return {QStringLiteral("path"),
            ModuleArgument::Type::Path,
            true,
            {QStringLiteral("dest"), QStringLiteral("destfile"), QStringLiteral("name")},
            {},
            {}};
}

ModuleArgument FileModuleBase::presentOrAbsentArgument()
{
    return {QStringLiteral("state"),
            ModuleArgument::Type::Str,
            false,
            {},
            {QStringLiteral("absent"), QStringLiteral("present")},
            QStringLiteral("present")};
}

void FileModuleBase::probe(const RemoteFileScript::Probe &probe, ProbeDone done)
{
    transport::CommandSpec spec = commandSpec();
    spec.script = RemoteFileScript::probe(probe);
    spec.shareShell = true;
    spec.noSubshell = true; // it only looks
    spec.description = tr("status of %1").arg(probe.paths.join(QStringLiteral(", ")));
    runCommand(spec, [this, done = std::move(done), probe](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            const QString reason = result.status == transport::CommandResult::Status::Finished
                ? firstLine(result.stderrData)
                : result.error;
            fail(tr("Cannot read the status of %1 on %2: %3; check the path and the become settings.")
                     .arg(probe.paths.join(QStringLiteral(", ")), context().host, reason));
            return;
        }
        RemoteProbe state;
        QString error;
        if (!RemoteFileScript::parse(result.stdoutData, &state, &error)) {
            fail(tr("Cannot read the status of files on %1: %2").arg(context().host, error));
            return;
        }
        done(state);
    });
}

void FileModuleBase::change(const QByteArray &script, const QString &what, ProbeDone done, const QByteArray &stdinData,
                            const QString &stdinFile, bool inShell)
{
    transport::CommandSpec spec = commandSpec();
    spec.script = script;
    spec.stdinData = stdinData;
    spec.stdinFile = stdinFile;
    spec.description = what;
    spec.shareShell = true; // where it can (CommandSpec::shareShell)
    spec.stdinAsVariable = true; // the write scripts read ANTLER_STDIN when it is set
    spec.noSubshell = inShell;
    runCommand(spec, [this, done = std::move(done), what](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            QString reason = result.status == transport::CommandResult::Status::Finished ? firstLine(result.stderrData)
                                                                                         : result.error;
            if (reason.isEmpty())
                reason = tr("exit code %1").arg(result.exitCode);
            TaskResult failed
                = TaskResult::failed(tr("Cannot %1 on %2: %3; check the path, the permissions and the become settings.")
                                         .arg(what, context().host, reason));
            failed.data.insert(QStringLiteral("rc"), result.exitCode);
            if (!result.stderrData.isEmpty())
                failed.data.insert(QStringLiteral("stderr"), QString::fromUtf8(result.stderrData));
            finish(failed);
            return;
        }
        RemoteProbe state;
        QString error;
        if (!RemoteFileScript::parse(result.stdoutData, &state, &error)) {
            fail(tr("Cannot %1 on %2: %3").arg(what, context().host, error));
            return;
        }
        done(state);
    });
}

namespace {

// Where shellOwner keeps what it learnt: a property of the host's transport
// (one connection), by the user commands become.
constexpr char shellOwnersProperty[] = "antlerShellOwners";

QString shellKey(const transport::CommandSpec &spec)
{
    return spec.become ? QStringLiteral("become:") + spec.becomeUser : QString();
}

} // namespace

void FileModuleBase::forgetShellOwners(transport::Transport *transport)
{
    if (transport)
        transport->setProperty(shellOwnersProperty, QVariant());
}

std::optional<FileStat> FileModuleBase::shellOwner() const
{
    if (!context().transport)
        return std::nullopt;
    const QVariantList known
        = context().transport->property(shellOwnersProperty).toMap().value(shellKey(commandSpec())).toList();
    if (known.size() != 4)
        return std::nullopt;
    FileStat owner;
    owner.uid = known.at(0).toLongLong();
    owner.gid = known.at(1).toLongLong();
    owner.owner = known.at(2).toString();
    owner.group = known.at(3).toString();
    return owner;
}

void FileModuleBase::rememberShellOwner(const RemoteFileState &written) const
{
    if (!context().transport || !written.ownedByShell || written.notStated || !written.stat.exists())
        return;
    QVariantMap known = context().transport->property(shellOwnersProperty).toMap();
    known.insert(shellKey(commandSpec()),
                 QVariantList {written.stat.uid, written.stat.gid, written.stat.owner, written.stat.group});
    context().transport->setProperty(shellOwnersProperty, known);
}

bool FileModuleBase::resolveMode(const QVariant &modeArgument, const FileStat &current, bool isDirectory, int umask,
                                 int *mode, QString *error) const
{
    *mode = -1;
    if (!FileMode::isSet(modeArgument))
        return true;
    FileMode::Current base;
    base.umask = umask;
    base.isDirectory = isDirectory;
    if (current.exists() && current.type != FileStat::Type::Link)
        base.mode = current.mode;
    else
        base.mode = (isDirectory ? 0777 : 0666) & ~umask;
    return FileMode::resolve(modeArgument, base, mode, error);
}

bool FileModuleBase::ownerMatches(const FileStat &current, const QString &owner)
{
    return owner.isEmpty() || owner == current.owner || owner == QString::number(current.uid);
}

bool FileModuleBase::groupMatches(const FileStat &current, const QString &group)
{
    return group.isEmpty() || group == current.group || group == QString::number(current.gid);
}

bool FileModuleBase::attributesDiffer(const FileStat &current, int mode, const QString &owner, const QString &group)
{
    if (!current.exists())
        return true;
    return (mode >= 0 && mode != current.mode) || !ownerMatches(current, owner) || !groupMatches(current, group);
}

QString FileModuleBase::findLocal(const QString &path, const QString &kind) const
{
    if (path.isEmpty())
        return {};
    QString expanded = path;
    if (expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    if (QFileInfo(expanded).isAbsolute())
        return QFileInfo::exists(expanded) ? expanded : QString();
    for (const QString &base : context().searchPaths) {
        const QDir dir(base);
        for (const QString &candidate : {dir.filePath(kind + u'/' + expanded), dir.filePath(expanded)}) {
            if (QFileInfo::exists(candidate))
                return QDir::cleanPath(candidate);
        }
    }
    if (context().searchPaths.isEmpty() && QFileInfo::exists(expanded))
        return QFileInfo(expanded).absoluteFilePath();
    return {};
}

QString FileModuleBase::notFoundMessage(const QString &path, const QString &kind) const
{
    QStringList searched;
    for (const QString &base : context().searchPaths) {
        searched << QDir(base).filePath(kind + u'/' + path) << QDir(base).filePath(path);
    }
    if (searched.isEmpty())
        return tr("Could not find or access '%1' on the Ansible Controller; give an absolute path or put it next "
                  "to the playbook.")
            .arg(path);
    return tr("Could not find or access '%1' on the Ansible Controller; searched: %2. Put the file in one of "
              "these places or give an absolute path.")
        .arg(path, searched.join(QStringLiteral(", ")));
}

FileModuleBase::Edit &FileModuleBase::Edit::fail(const QString &failure, int rc)
{
    failed = true;
    message = failure;
    if (rc >= 0)
        data.insert(QStringLiteral("rc"), rc);
    return *this;
}

bool FileModuleBase::Edit::take(const ContentEdit &outcome)
{
    if (!outcome.ok) {
        fail(outcome.error);
        return false;
    }
    changed = outcome.changed;
    message = outcome.message;
    content = outcome.content;
    return true;
}

void FileModuleBase::editFile(const QVariantMap &arguments, const QString &path, Editor editor)
{
    RemoteFileScript::Probe p;
    p.paths << path;
    p.contentPath = path;
    probe(p, [this, arguments, path, editor = std::move(editor)](const RemoteProbe &probe) {
        const RemoteFileState state = RemoteFileScript::find(probe, path);
        const QByteArray original = probe.hasContent ? probe.content : QByteArray();
        Edit edit = editor(state, original);
        if (edit.failed) {
            TaskResult failed = TaskResult::failed(edit.message);
            failed.data.insert(edit.data);
            finish(failed);
            return;
        }
        QVariantMap data = edit.data;
        data.insert(QStringLiteral("msg"), edit.message);
        if (edit.finished) {
            finishWith(edit.changed, data);
            return;
        }
        const FileStat &current = state.effective(true);
        int mode = -1;
        QString error;
        if (!resolveMode(arguments.value(QStringLiteral("mode")), current, false, probe.umask, &mode, &error)) {
            fail(error);
            return;
        }
        const QString owner = text(arguments, "owner");
        const QString group = text(arguments, "group");
        bool attributesChange = false;
        if (current.exists())
            attributesChange = attributesDiffer(current, mode, owner, group);
        else
            attributesChange = mode >= 0 && mode != (0666 & ~probe.umask);
        bool changed = edit.changed;
        QString message = edit.message;
        if (attributesChange) {
            if (changed)
                message += QLatin1String(" and ");
            message += QLatin1String("ownership, perms or SE linux context changed");
            changed = true;
        }
        data.insert(QStringLiteral("msg"), message);
        if (edit.backupKey == QLatin1String("backup"))
            data.insert(QStringLiteral("backup"), QString());
        const QVariant diff = FileDiff::text(edit.diffHeader, original, edit.changed ? edit.content : original);
        if (!changed || context().checkMode) {
            finishWith(changed, data, diff);
            return;
        }
        const auto done = [this, data, diff, edit](const RemoteProbe &after) {
            QVariantMap result = data;
            if (!after.backupFile.isEmpty())
                result.insert(edit.backupKey, after.backupFile);
            finishWith(true, result, diff);
        };
        if (edit.changed) {
            RemoteFileScript::Write w;
            w.path = path;
            w.mode = mode;
            w.owner = owner;
            w.group = group;
            w.backup = flag(arguments, "backup");
            w.validate = text(arguments, "validate");
            w.followLink = true;
            w.createParents = edit.createParents;
            w.umask = probe.umask;
            w.keptMode = state.target.exists() ? state.target.mode : 0666 & ~probe.umask;
            w.probeAfter = false; // done reads only the backup's name from the result
            change(RemoteFileScript::write(w), tr("write %1").arg(path), done, edit.content);
            return;
        }
        RemoteFileScript::Attributes a;
        a.path = path;
        a.mode = mode >= 0 && mode != current.mode ? mode : -1;
        a.owner = ownerMatches(current, owner) ? QString() : owner;
        a.group = groupMatches(current, group) ? QString() : group;
        change(RemoteFileScript::withProbe("set -e\n" + RemoteFileScript::attributes(a) + "set +e\n", {}),
               tr("change the attributes of %1").arg(path), done);
    });
}

void FileModuleBase::finishWith(bool changed, QVariantMap data, const QVariant &diff)
{
    data.insert(QStringLiteral("changed"), changed);
    if (context().diffMode && diff.isValid())
        data.insert(QStringLiteral("diff"), diff);
    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data = data;
    finish(result);
}

} // namespace antler::playbook
