#include "playbook/modules/UnarchiveModule.h"

namespace antler::playbook {

ModuleSpec UnarchiveModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("unarchive");
    spec.arguments = {
        {QStringLiteral("src"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("dest"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("remote_src"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("copy"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("creates"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("list_files"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("exclude"), Type::List, false, {}, {}, {}},
        {QStringLiteral("include"), Type::List, false, {}, {}, {}},
        {QStringLiteral("keep_newer"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("extra_opts"), Type::List, false, {}, {}, {}},
        {QStringLiteral("validate_certs"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("io_buffer_size"), Type::Int, false, {}, {}, 65536},
        {QStringLiteral("decrypt"), Type::Bool, false, {}, {}, true},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

void UnarchiveModule::start(const QVariantMap &arguments)
{
    const QString src = text(arguments, "src");
    const QString dest = text(arguments, "dest");
    if (src.isEmpty() || dest.isEmpty()) {
        fail(tr("unarchive needs src (the archive) and dest (an existing folder on the host)."));
        return;
    }
    const bool remote = flag(arguments, "remote_src") || !flag(arguments, "copy", true);
    QString local;
    if (!remote) {
        local = findLocal(src, QStringLiteral("files"));
        if (local.isEmpty()) {
            fail(notFoundMessage(src, QStringLiteral("files")));
            return;
        }
    }
    run(arguments, local);
}

void UnarchiveModule::run(const QVariantMap &arguments, const QString &local)
{
    const QString src = text(arguments, "src");
    const QString dest = text(arguments, "dest");
    const QByteArray d = RemoteFileScript::quote(dest);
    QByteArray s;
    const QString creates = text(arguments, "creates");
    if (!creates.isEmpty())
        s += "if [ -e " + RemoteFileScript::quote(creates) + " ]; then cat >/dev/null; echo '@N skip'; exit 0; fi\n";
    s += "if [ ! -d " + d + " ]; then cat >/dev/null; echo \"dest '\"" + d
        + "\"' must be an existing dir\" >&2; exit 4; fi\n";
    if (!local.isEmpty()) {
        s += "a=$(mktemp \"${TMPDIR:-/tmp}/antler-archive.XXXXXX\") || exit 125\n"
             "trap 'rm -f -- \"$a\"' EXIT\ncat > \"$a\"\n";
    } else {
        s += "a=" + RemoteFileScript::quote(src)
            + "\n"
              "[ -f \"$a\" ] || { echo \"Source '\"$a\"' does not exist\" >&2; exit 5; }\n";
    }
    QByteArray opts;
    for (const QVariant &e : arguments.value(QStringLiteral("exclude")).toList())
        opts += " --exclude=" + RemoteFileScript::quote(e.toString());
    for (const QVariant &e : arguments.value(QStringLiteral("extra_opts")).toList())
        opts += ' ' + RemoteFileScript::quote(e.toString());
    QByteArray members;
    for (const QVariant &e : arguments.value(QStringLiteral("include")).toList())
        members += ' ' + RemoteFileScript::quote(e.toString());
    const QString owner = text(arguments, "owner");
    const QString group = text(arguments, "group");
    QByteArray extractOpts = opts;
    if (flag(arguments, "keep_newer"))
        extractOpts += " --keep-newer-files";
    // tar reads gzip, bzip2 and xz by itself; --diff exits 1 when dest differs.
    s += "tar -tf \"$a\"" + opts + members + " > /dev/null || { echo \"Failed to find handler for '\""
        + RemoteFileScript::quote(src)
        + "\"'. Make sure the required command to extract the file is installed.\" >&2; exit 6; }\n";
    if (owner.isEmpty() && group.isEmpty()) {
        s += "if tar -C " + d + " -df \"$a\"" + opts + members + " >/dev/null 2>&1";
    } else {
        // The owner asked for differs from the archive's by design: only
        // other differences count, and the ownership is checked apart.
        s += "if [ -z \"$(tar -C " + d + " -df \"$a\"" + opts + members
            + " 2>&1 | grep -v -e ': Uid differs$' -e ': Gid differs$')\" ]";
        // Ownership is part of the comparison: every member must have it.
        s += " && [ -z \"$(cd " + d + " && tar -tf \"$a\"" + opts + members
            + " | while IFS= read -r m; do "
              "stat -c '%U %G' -- \"$m\" 2>/dev/null | grep -qv -- "
            + RemoteFileScript::quote(QStringLiteral("^%1 %2$").arg(owner.isEmpty() ? QStringLiteral("[^ ]*") : owner,
                                                                    group.isEmpty() ? QStringLiteral("[^ ]*") : group))
            + " && echo x; done)\" ]";
    }
    s += "; then echo '@N same'\n";
    if (context().checkMode) {
        s += "else echo '@N would'\n";
    } else {
        s += "else tar -C " + d + " -xf \"$a\"" + extractOpts + members + " || exit 7\n";
        if (!owner.isEmpty() || !group.isEmpty()) {
            QByteArray who = owner.toUtf8();
            if (!group.isEmpty())
                who += ':' + group.toUtf8();
            s += "  (cd " + d + " && tar -tf \"$a\"" + opts + members + " | while IFS= read -r m; do chown -h -- "
                + RemoteFileScript::quote(QString::fromUtf8(who)) + " \"$m\"; done)\n";
        }
        s += "  echo '@N extracted'\n";
    }
    s += "fi\n";
    if (flag(arguments, "list_files"))
        s += "tar -tf \"$a\"" + opts + members + " | sed 's/^/@N file /'\n";
    s += "printf '@P %s\\n' " + d + "\nstat -c 'S %f %u %g %s %.9Y %.9X %.9Z %i %h %d %U %G' -- " + d + "\n";

    transport::CommandSpec spec = commandSpec();
    spec.script = s;
    spec.stdinFile = local;
    spec.description = tr("unarchive of %1").arg(src);
    runCommand(spec, [this, src, dest, arguments](const transport::CommandResult &result) {
        RemoteProbe report;
        QString error;
        RemoteFileScript::parse(result.stdoutData, &report, &error);
        if (!result.succeeded()) {
            if (result.status != transport::CommandResult::Status::Finished) {
                fail(result.error);
                return;
            }
            TaskResult failed = TaskResult::failed(
                result.exitCode == 4 || result.exitCode == 5 || result.exitCode == 6
                    ? QString::fromUtf8(result.stderrData.trimmed())
                    : tr("Cannot extract %1 into %2 on %3: %4")
                          .arg(src, dest, context().host, QString::fromUtf8(result.stderrData.trimmed())));
            failed.data.insert(QStringLiteral("dest"), dest);
            failed.data.insert(QStringLiteral("src"), src);
            finish(failed);
            return;
        }
        if (report.notes.contains(QStringLiteral("skip"))) {
            TaskResult skipped;
            skipped.status = TaskResult::Status::Skipped;
            skipped.data
                = {{QStringLiteral("changed"), false},
                   {QStringLiteral("msg"), QStringLiteral("skipped, since %1 exists").arg(text(arguments, "creates"))}};
            finish(skipped);
            return;
        }
        QVariantMap data;
        if (!report.files.isEmpty()) {
            data = report.files.first().attributes();
            data.remove(QStringLiteral("path"));
        }
        data.insert(QStringLiteral("dest"), dest);
        data.insert(QStringLiteral("src"), src);
        data.insert(QStringLiteral("handler"), QStringLiteral("TgzArchive"));
        QStringList files;
        for (const QString &note : std::as_const(report.notes)) {
            if (note.startsWith(QLatin1String("file ")))
                files << note.mid(5);
        }
        if (flag(arguments, "list_files"))
            data.insert(QStringLiteral("files"), files);
        const bool changed
            = report.notes.contains(QStringLiteral("extracted")) || report.notes.contains(QStringLiteral("would"));
        finishWith(changed, data);
    });
}

} // namespace antler::playbook
