#include "playbook/modules/RemoteFileScript.h"

#include "transport/ShellQuote.h"

#include <QCryptographicHash>

#include <optional>
#include <utility>

namespace antler::playbook {

namespace {

// One shell function probes a path: "@P path", then "S …" (lstat), for a
// link "L target" and "T …" (stat -L), "H digest" when asked, or "A" (absent)
// and "D" when the parent is a directory. A link's target comes from the
// same stat as its S line (%N, unquoted under QUOTING_STYLE=literal: no
// readlink to start); a stat that quotes it anyway (coreutils before 8.26)
// leaves it to readlink. The digest of a small regular file
// is made here instead, from its bytes ("B algorithm size", the bytes, a
// newline), which the shell reads without starting md5sum or sha1sum.
// antler_dir sets antler_d to the folder of $1 as dirname prints it (trailing
// slashes dropped; "." without a slash, "/" for the root) without a fork.
// antler_read puts the bytes of $1 in antler_c: a small regular file that
// antler_probe just stat'ed is read with the shell's `read` (an exec of cat or
// sha1sum costs more than a couple of thousand one-byte reads), and kept only
// when its byte count is the size stat gave (a NUL, which the shell drops,
// a multibyte character where the shell counts characters, or a file that
// changed since, and it fails). antler_cat prints them, or cat does.
const QByteArray probeFunction = QByteArrayLiteral(
    "antler_dir() {\n"
    "  antler_d=$1\n"
    "  case $antler_d in */) antler_d=${antler_d%\"${antler_d##*[!/]}\"} ;; esac\n"
    "  case $antler_d in\n"
    "    '') antler_d=/ ;;\n"
    "    */*) antler_d=${antler_d%/*}; antler_d=${antler_d%\"${antler_d##*[!/]}\"}; [ -n \"$antler_d\" ] || antler_d=/ "
    ";;\n"
    "    *) antler_d=. ;;\n"
    "  esac\n"
    "}\n"
    "antler_probe() {\n"
    "  printf '@P %s\\n' \"$1\"\n"
    "  antler_P=\n"
    "  antler_S=\n"
    "  antler_L=\n"
    "  if [ -L \"$1\" ]; then\n"
    "    antler_L=y\n"
    "    antler_S=$(QUOTING_STYLE=literal stat -c 'S %f %u %g %s %.9Y %.9X %.9Z %i %h %d %U %G\n"
    "N %N' -- \"$1\") || { echo E; return 0; }\n"
    "    antler_l=${antler_S#*\"${antler_nl}N $1 -> \"}\n"
    "    [ \"$antler_l\" != \"$antler_S\" ] || antler_l=$(readlink -- \"$1\")\n"
    "    antler_S=${antler_S%%\"${antler_nl}N \"*}\n"
    "  elif [ -e \"$1\" ]; then\n"
    "    antler_S=$(stat -c 'S %f %u %g %s %.9Y %.9X %.9Z %i %h %d %U %G' -- \"$1\") || { echo E; return 0; }\n"
    "  fi\n"
    "  if [ -n \"$antler_S\" ]; then\n"
    "    printf '%s\\n' \"$antler_S\"\n"
    "    antler_P=$1\n"
    "    if [ -n \"$antler_L\" ]; then\n"
    "      printf 'L %s\\n' \"$antler_l\"\n"
    "      if [ -e \"$1\" ]; then stat -L -c 'T %f %u %g %s %.9Y %.9X %.9Z %i %h %d %U %G' -- \"$1\"; fi\n"
    "    fi\n"
    "    if [ -n \"$2\" ] && [ -f \"$1\" ] && [ -r \"$1\" ]; then\n"
    "      if case $2 in md5|sha1|sha224|sha256|sha384|sha512) antler_read \"$1\" ;; *) false ;; esac; then\n"
    "        printf 'B %s %s\\n%s\\n' \"$2\" \"$antler_z\" \"$antler_c\"\n"
    "      else\n"
    "        set -- \"$1\" \"$2\" \"$(\"$2\"sum < \"$1\")\"\n"
    "        printf 'H %s\\n' \"${3%% *}\"\n"
    "      fi\n"
    "    fi\n"
    "  else\n"
    "    echo A\n"
    "    antler_dir \"$1\"\n"
    "    if [ -d \"$antler_d\" ]; then echo D; fi\n"
    "  fi\n"
    "}\n"
    "antler_read() {\n"
    "  [ \"$antler_P\" = \"$1\" ] && [ ! -L \"$1\" ] || return 1\n"
    "  antler_z=${antler_S#S * * * }; antler_z=${antler_z%% *}\n"
    "  case $antler_z in ''|*[!0-9]*) return 1 ;; esac\n"
    "  [ \"$antler_z\" -le \"$antler_small\" ] || return 1\n"
    "  antler_c=; antler_l=\n"
    "  while IFS= read -r antler_l; do antler_c=$antler_c$antler_l$antler_nl; done < \"$1\"\n"
    "  antler_c=$antler_c$antler_l\n"
    "  [ \"${#antler_c}\" = \"$antler_z\" ]\n"
    "}\n"
    "antler_cat() {\n"
    "  if antler_read \"$1\"; then printf '%s' \"$antler_c\"; return 0; fi\n"
    "  cat -- \"$1\"\n"
    "}\n"
    "antler_small=2048\n"
    "antler_nl='\n"
    "'\n"
    "printf '@U '\n"
    "umask\n");

QByteArray probeCalls(const RemoteFileScript::Probe &probe)
{
    QByteArray script;
    const QByteArray algorithm = RemoteFileScript::quote(probe.checksumAlgorithm);
    for (const QString &path : probe.paths)
        script += "antler_probe " + RemoteFileScript::quote(path) + ' ' + algorithm + '\n';
    if (!probe.contentPath.isEmpty()) {
        const QByteArray p = RemoteFileScript::quote(probe.contentPath);
        script += "if [ -f " + p + " ] && [ -r " + p + " ]; then echo @C; antler_cat " + p + "; fi\n";
    }
    return script;
}

// The digests the probe makes from a file's bytes, by the names of the
// coreutils programs (md5sum, sha1sum, …) it would otherwise start.
std::optional<QCryptographicHash::Algorithm> hashAlgorithm(const QByteArray &name)
{
    static const std::pair<const char *, QCryptographicHash::Algorithm> algorithms[] = {
        {"md5", QCryptographicHash::Md5},       {"sha1", QCryptographicHash::Sha1},
        {"sha224", QCryptographicHash::Sha224}, {"sha256", QCryptographicHash::Sha256},
        {"sha384", QCryptographicHash::Sha384}, {"sha512", QCryptographicHash::Sha512},
    };
    for (const auto &[known, algorithm] : algorithms) {
        if (name == known)
            return algorithm;
    }
    return std::nullopt;
}

bool parseStat(const QByteArray &line, FileStat *stat)
{
    // "S f-hex uid gid size mtime atime ctime inode nlink dev owner group"
    const QList<QByteArray> fields = line.split(' ');
    if (fields.size() < 13)
        return false;
    bool ok = false;
    const int raw = fields.at(1).toInt(&ok, 16);
    if (!ok)
        return false;
    stat->rawMode = raw;
    stat->mode = raw & 07777;
    switch (raw & 0170000) {
    case 0100000:
        stat->type = FileStat::Type::File;
        break;
    case 0040000:
        stat->type = FileStat::Type::Directory;
        break;
    case 0120000:
        stat->type = FileStat::Type::Link;
        break;
    default:
        stat->type = FileStat::Type::Other;
    }
    stat->uid = fields.at(2).toLongLong();
    stat->gid = fields.at(3).toLongLong();
    stat->size = fields.at(4).toLongLong();
    stat->mtime = fields.at(5).toDouble();
    stat->atime = fields.at(6).toDouble();
    stat->ctime = fields.at(7).toDouble();
    stat->inode = fields.at(8).toLongLong();
    stat->nlink = fields.at(9).toLongLong();
    stat->dev = fields.at(10).toLongLong();
    stat->owner = QString::fromUtf8(fields.at(11));
    stat->group = QString::fromUtf8(fields.mid(12).join(' '));
    return true;
}

} // namespace

QByteArray RemoteFileScript::quote(const QString &text)
{
    return transport::shellQuote(text.toUtf8());
}

QByteArray RemoteFileScript::probe(const Probe &probe)
{
    return probeFunction + probeCalls(probe);
}

QByteArray RemoteFileScript::withProbe(const QByteArray &lines, const Probe &probe)
{
    return probeFunction + lines + probeCalls(probe);
}

QByteArray RemoteFileScript::attributes(const Attributes &a)
{
    QByteArray script;
    const QByteArray p = quote(a.path);
    const QByteArray recurse = a.recurse ? "-R " : "";
    if (!a.owner.isEmpty() || !a.group.isEmpty()) {
        QByteArray who = a.owner.toUtf8();
        if (!a.group.isEmpty())
            who += ':' + a.group.toUtf8();
        script += "chown " + recurse + (a.follow ? "" : "-h ") + "-- " + transport::shellQuote(who) + ' ' + p + '\n';
    }
    if (a.mode >= 0)
        script += "chmod " + recurse + QByteArray::number(a.mode, 8) + " -- " + p + '\n';
    return script;
}

namespace {

QByteArray writeBody(const RemoteFileScript::Write &w, const QString &checksumAlgorithm);

} // namespace

QByteArray RemoteFileScript::write(const Write &w, const QString &checksumAlgorithm)
{
    return probeFunction + writeBody(w, checksumAlgorithm);
}

QByteArray RemoteFileScript::probeThenIfAbsent(const QString &path, const QString &checksumAlgorithm, bool needParent,
                                               const QByteArray &lines)
{
    const QByteArray p = quote(path);
    // antler_probe sets antler_d to the folder of an absent path.
    return probeFunction + "antler_probe " + p + ' ' + quote(checksumAlgorithm) + "\nif [ ! -L " + p + " ] && [ ! -e "
        + p + " ]" + (needParent ? " && [ -d \"$antler_d\" ]" : "") + "; then\necho @W\n(\n" + lines + ")\nfi\n";
}

QByteArray RemoteFileScript::writeLines(const Write &w, const QString &checksumAlgorithm)
{
    return writeBody(w, checksumAlgorithm);
}

QByteArray RemoteFileScript::probeLines(const Probe &probe)
{
    return probeCalls(probe);
}

namespace {

QByteArray writeBody(const RemoteFileScript::Write &w, const QString &checksumAlgorithm)
{
    const auto quote = RemoteFileScript::quote;
    QByteArray script = "set -e\nt=" + quote(w.path) + "\n";
    if (w.followLink)
        script += "if [ -L \"$t\" ]; then t=$(readlink -f -- \"$t\"); fi\n";
    script += "antler_dir \"$t\"\n";
    if (w.createParents)
        script += "[ -d \"$antler_d\" ] || mkdir -p -- \"$antler_d\"\n";

    // The mode the file ends with, when known here: the one asked for, or
    // the replaced file's. The temporary file is created (O_EXCL through
    // noclobber, under a umask set for it) with those bits, plus owner
    // read/write so it can be filled; a chmod follows only when that is not
    // already the final mode.
    const int finalMode = w.mode >= 0 ? w.mode : w.keptMode;
    int createMode = 0600;
    if (finalMode >= 0 && w.umask >= 0)
        createMode = (finalMode & 0666) | 0600;
    const QByteArray createUmask = "umask " + QByteArray::number(0777 & ~createMode, 8).rightJustified(4, '0');
    // Quiet while the name is taken; loud (the shell's own message) once it is not.
    const auto create = [&](bool quiet) -> QByteArray {
        const QByteArray line = QByteArray("true ") + (quiet ? "2>/dev/null " : "") + "> \"$tmp\"";
        return w.umask >= 0 ? line : "( " + createUmask + "; " + line + " )";
    };
    script += "b=${t##*/}\n"
              "tmp=$antler_d/.$b.antler-$$\n"
              "n=0\n"
              "set -C\n";
    if (w.umask >= 0)
        script += createUmask + '\n';
    // A name taken by someone else: the next one; any other error: report it.
    script += "until " + create(true)
        + "; do\n"
          "  [ -e \"$tmp\" ] || [ -L \"$tmp\" ] || { "
        + create(false)
        + " && break; exit 1; }\n"
          "  n=$((n + 1)); tmp=$antler_d/.$b.antler-$$-$n\n"
          "done\n"
          "set +C\n";
    if (w.umask >= 0)
        script += "umask " + QByteArray::number(w.umask, 8).rightJustified(4, '0') + '\n';
    script += "trap 'rm -f -- \"$tmp\"' EXIT\n";
    script += "if [ -n \"${ANTLER_STDIN+set}\" ]; then printf %s \"$ANTLER_STDIN\" > \"$tmp\"; "
              "else cat > \"$tmp\"; fi\n";
    if (!w.validate.isEmpty()) {
        QByteArray validate = w.validate.toUtf8();
        validate.replace("%s", "\"$tmp\"");
        script += "if ! ( " + validate + " ) >&2; then echo 'antler: validation failed: '" + quote(w.validate)
            + " >&2; exit 3; fi\n";
    }
    if (finalMode >= 0) {
        if (finalMode != createMode)
            script += "chmod " + QByteArray::number(finalMode, 8) + " -- \"$tmp\"\n";
    } else {
        const QByteArray fresh = w.umask >= 0 ? QByteArray::number(0666 & ~w.umask, 8)
                                              : QByteArray("\"$(printf %o $((0666 & ~0$(umask))))\"");
        script += "if [ -e \"$t\" ]; then chmod --reference=\"$t\" -- \"$tmp\"; else chmod " + fresh
            + " -- \"$tmp\"; fi\n";
    }
    // Keep the replaced file's owner and group; no chown when the new file
    // already has them (both belong to this user and its group).
    if (w.owner.isEmpty() || w.group.isEmpty())
        script += "if [ -e \"$t\" ] && ! { [ -O \"$t\" ] && [ -G \"$t\" ] && [ -G \"$tmp\" ]; }; then "
                  "chown --reference=\"$t\" -- \"$tmp\" 2>/dev/null || true; fi\n";
    if (!w.owner.isEmpty() || !w.group.isEmpty()) {
        QByteArray who = w.owner.toUtf8();
        if (!w.group.isEmpty())
            who += ':' + w.group.toUtf8();
        script += "chown -- " + transport::shellQuote(who) + " \"$tmp\"\n";
    }
    if (w.backup)
        script += "if [ -f \"$t\" ]; then b=\"$t.$$.$(date +%Y-%m-%d@%H:%M:%S~)\"; cp -p -- \"$t\" \"$b\"; "
                  "printf '@B %s\\n' \"$b\"; fi\n";
    script += "mv -f -- \"$tmp\" \"$t\"\ntrap - EXIT\nset +e\n";
    if (!w.probeAfter)
        return script;
    const QByteArray owned = "[ -O \"$t\" ] && [ -G \"$t\" ]";
    const QByteArray probe = "antler_probe \"$t\" " + quote(checksumAlgorithm) + '\n';
    if (w.trustOwnership) {
        // No stat, no program to start, for the usual case.
        return script + "if [ -f \"$t\" ] && [ ! -L \"$t\" ] && " + owned + "; then printf '@O %s\\n' \"$t\"; else "
            + probe + "fi\n";
    }
    return script + probe + "if " + owned + "; then echo @I; fi\n";
}

} // namespace

bool RemoteFileScript::parse(const QByteArray &output, RemoteProbe *out, QString *error)
{
    *out = RemoteProbe();
    qsizetype pos = 0;
    RemoteFileState *current = nullptr;
    while (pos < output.size()) {
        qsizetype end = output.indexOf('\n', pos);
        if (end < 0)
            end = output.size();
        const QByteArray line = output.mid(pos, end - pos);
        pos = end + 1;
        if (line == "@C") {
            out->hasContent = true;
            out->content = pos < output.size() ? output.mid(pos) : QByteArray();
            break;
        }
        if (line.startsWith("@U ")) {
            bool ok = false;
            const int umask = line.mid(3).trimmed().toInt(&ok, 8);
            if (ok)
                out->umask = umask;
        } else if (line.startsWith("@P ")) {
            RemoteFileState state;
            state.path = QString::fromUtf8(line.mid(3));
            out->files.append(state);
            current = &out->files.last();
        } else if (line.startsWith("@B ")) {
            out->backupFile = QString::fromUtf8(line.mid(3));
        } else if (line.startsWith("@O ")) {
            RemoteFileState state;
            state.path = QString::fromUtf8(line.mid(3));
            state.stat.type = FileStat::Type::File;
            state.ownedByShell = true;
            state.notStated = true;
            out->files.append(state);
            current = &out->files.last();
        } else if (line == "@W") {
            out->writtenFrom = int(out->files.size());
            current = nullptr;
        } else if (line == "@I") {
            if (current)
                current->ownedByShell = true;
        } else if (line.startsWith("@N ")) {
            out->notes.append(QString::fromUtf8(line.mid(3)));
        } else if (!current) {
            continue;
        } else if (line.startsWith("S ")) {
            if (!parseStat(line, &current->stat)) {
                if (error)
                    *error = tr("unexpected answer '%1' from stat for %2; the host needs GNU coreutils.")
                                 .arg(QString::fromUtf8(line.left(200)), current->path);
                return false;
            }
        } else if (line.startsWith("T ")) {
            parseStat(line, &current->target);
        } else if (line.startsWith("L ")) {
            current->linkTarget = QString::fromUtf8(line.mid(2));
        } else if (line.startsWith("H ")) {
            current->checksum = line.mid(2).trimmed();
        } else if (line.startsWith("B ")) {
            // "B algorithm size", then size bytes and a newline.
            const QList<QByteArray> fields = line.split(' ');
            bool ok = false;
            const qsizetype size = fields.value(2).toLongLong(&ok);
            const std::optional<QCryptographicHash::Algorithm> algorithm = hashAlgorithm(fields.value(1));
            if (fields.size() != 3 || !ok || size < 0 || pos + size > output.size() || !algorithm) {
                if (error)
                    *error = tr("unexpected answer '%1' for the digest of %2.")
                                 .arg(QString::fromUtf8(line.left(200)), current->path);
                return false;
            }
            current->checksum = QCryptographicHash::hash(output.mid(pos, size), *algorithm).toHex();
            pos += size + 1;
        } else if (line == "A") {
            current->stat = FileStat();
        } else if (line == "D") {
            current->parentIsDirectory = true;
        } else if (line == "E") {
            current->unreadable = true;
        }
    }
    for (RemoteFileState &state : out->files) {
        if (state.exists())
            state.parentIsDirectory = true;
        if (state.stat.type != FileStat::Type::Link)
            state.target = state.stat;
    }
    return true;
}

RemoteFileState RemoteFileScript::find(const RemoteProbe &probe, const QString &path)
{
    for (const RemoteFileState &state : probe.files) {
        if (state.path == path)
            return state;
    }
    RemoteFileState absent;
    absent.path = path;
    return absent;
}

} // namespace antler::playbook
