#include "playbook/modules/StatModule.h"

namespace antler::playbook {

ModuleSpec StatModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("stat");
    spec.arguments = {
        {QStringLiteral("path"), Type::Path, true, {QStringLiteral("dest"), QStringLiteral("name")}, {}, {}},
        {QStringLiteral("follow"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("get_checksum"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("checksum_algorithm"),
         Type::Str,
         false,
         {QStringLiteral("checksum"), QStringLiteral("checksum_algo")},
         {QStringLiteral("md5"), QStringLiteral("sha1"), QStringLiteral("sha224"), QStringLiteral("sha256"),
          QStringLiteral("sha384"), QStringLiteral("sha512")},
         QStringLiteral("sha1")},
        {QStringLiteral("get_mime"),
         Type::Bool,
         false,
         {QStringLiteral("mime"), QStringLiteral("mime_type"), QStringLiteral("mime-type")},
         {},
         true},
        {QStringLiteral("get_attributes"),
         Type::Bool,
         false,
         {QStringLiteral("attr"), QStringLiteral("attributes")},
         {},
         true},
    };
    return spec;
}

QVariantMap StatModule::statResult(const RemoteFileState &state, bool follow, const QStringList &notes)
{
    if (!state.exists() || (follow && state.stat.type == FileStat::Type::Link && !state.target.exists()))
        return {{QStringLiteral("exists"), false}};
    const FileStat &s = state.effective(follow);
    const int raw = s.rawMode;
    const int type = raw & 0170000;
    const int m = s.mode;
    QVariantMap st {
        {QStringLiteral("exists"), true},
        {QStringLiteral("path"), state.path},
        {QStringLiteral("mode"), FileMode::format(m)},
        {QStringLiteral("isdir"), type == 0040000},
        {QStringLiteral("ischr"), type == 0020000},
        {QStringLiteral("isblk"), type == 0060000},
        {QStringLiteral("isreg"), type == 0100000},
        {QStringLiteral("isfifo"), type == 0010000},
        {QStringLiteral("islnk"), type == 0120000},
        {QStringLiteral("issock"), type == 0140000},
        {QStringLiteral("uid"), s.uid},
        {QStringLiteral("gid"), s.gid},
        {QStringLiteral("size"), s.size},
        {QStringLiteral("inode"), s.inode},
        {QStringLiteral("dev"), s.dev},
        {QStringLiteral("nlink"), s.nlink},
        {QStringLiteral("atime"), s.atime},
        {QStringLiteral("mtime"), s.mtime},
        {QStringLiteral("ctime"), s.ctime},
        {QStringLiteral("wusr"), bool(m & 0200)},
        {QStringLiteral("rusr"), bool(m & 0400)},
        {QStringLiteral("xusr"), bool(m & 0100)},
        {QStringLiteral("wgrp"), bool(m & 020)},
        {QStringLiteral("rgrp"), bool(m & 040)},
        {QStringLiteral("xgrp"), bool(m & 010)},
        {QStringLiteral("woth"), bool(m & 02)},
        {QStringLiteral("roth"), bool(m & 04)},
        {QStringLiteral("xoth"), bool(m & 01)},
        {QStringLiteral("isuid"), bool(m & 04000)},
        {QStringLiteral("isgid"), bool(m & 02000)},
        {QStringLiteral("readable"), notes.contains(QStringLiteral("r"))},
        {QStringLiteral("writeable"), notes.contains(QStringLiteral("w"))},
        {QStringLiteral("executable"), notes.contains(QStringLiteral("x"))},
    };
    if (s.owner != QLatin1String("UNKNOWN"))
        st.insert(QStringLiteral("pw_name"), s.owner);
    if (s.group != QLatin1String("UNKNOWN"))
        st.insert(QStringLiteral("gr_name"), s.group);
    if (!state.checksum.isEmpty() && type == 0100000)
        st.insert(QStringLiteral("checksum"), QString::fromLatin1(state.checksum));
    if (state.stat.type == FileStat::Type::Link) {
        st.insert(QStringLiteral("lnk_target"), state.linkTarget);
        for (const QString &note : notes) {
            if (note.startsWith(QLatin1String("real ")))
                st.insert(QStringLiteral("lnk_source"), note.mid(5));
        }
    }
    return st;
}

void StatModule::start(const QVariantMap &arguments)
{
    const QString path = arguments.value(QStringLiteral("path")).toString();
    if (path.isEmpty()) {
        fail(tr("stat needs path: the file to look at on the host."));
        return;
    }
    const QVariant followArg = arguments.value(QStringLiteral("follow"));
    const bool follow = followArg.typeId() == QMetaType::QString
        ? QStringList {QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("on"), QStringLiteral("1")}
              .contains(followArg.toString().toLower())
        : followArg.toBool();
    const QVariant getChecksum = arguments.value(QStringLiteral("get_checksum"), true);
    const bool checksum = getChecksum.typeId() == QMetaType::QString
        ? !QStringList {QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("off"), QStringLiteral("0")}
               .contains(getChecksum.toString().toLower())
        : getChecksum.toBool();
    QString algorithm = arguments.value(QStringLiteral("checksum_algorithm")).toString();
    if (algorithm.isEmpty())
        algorithm = QStringLiteral("sha1");

    RemoteFileScript::Probe p;
    p.paths << path;
    p.checksumAlgorithm = checksum ? algorithm : QString();
    const QByteArray q = RemoteFileScript::quote(path);
    // Access for the user the task runs as, and a link's resolved path.
    const QByteArray access = "[ -r " + q + " ] && echo '@N r'\n[ -w " + q + " ] && echo '@N w'\n[ -x " + q
        + " ] && echo '@N x'\n[ -L " + q + " ] && printf '@N real %s\\n' \"$(readlink -f -- " + q + ")\"\n";
    transport::CommandSpec spec = commandSpec();
    spec.script = RemoteFileScript::withProbe(access, p);
    spec.shareShell = true;
    spec.noSubshell = true; // it only looks
    spec.description = tr("stat of %1").arg(path);
    runCommand(spec, [this, follow](const transport::CommandResult &result) {
        RemoteProbe state;
        QString error;
        if (result.status != transport::CommandResult::Status::Finished
            || !RemoteFileScript::parse(result.stdoutData, &state, &error) || state.files.isEmpty()) {
            fail(tr("Cannot stat on %1: %2")
                     .arg(context().host, error.isEmpty() ? QString::fromUtf8(result.stderrData.trimmed()) : error));
            return;
        }
        finishWith(false, {{QStringLiteral("stat"), statResult(state.files.first(), follow, state.notes)}});
    });
}

} // namespace antler::playbook
