#include "playbook/modules/GetUrlModule.h"

#include <QUrl>

namespace antler::playbook {

ModuleSpec GetUrlModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("get_url");
    spec.arguments = {
        {QStringLiteral("url"), Type::Str, true, {}, {}, {}},
        {QStringLiteral("dest"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("checksum"), Type::Str, false, {}, {}, QString()},
        {QStringLiteral("force"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("backup"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("headers"), Type::Dict, false, {}, {}, {}},
        {QStringLiteral("timeout"), Type::Int, false, {}, {}, 10},
        {QStringLiteral("validate_certs"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("url_username"), Type::Str, false, {QStringLiteral("username")}, {}, {}},
        {QStringLiteral("url_password"), Type::Str, false, {QStringLiteral("password")}, {}, {}},
        {QStringLiteral("force_basic_auth"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("use_proxy"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("tmp_dest"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("http_agent"), Type::Str, false, {}, {}, QStringLiteral("ansible-httpget")},
        {QStringLiteral("validate"), Type::Str, false, {}, {}, {}},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

bool GetUrlModule::parseChecksum(const QString &checksum, QString *algorithm, QString *digest, QString *error)
{
    const qsizetype colon = checksum.indexOf(u':');
    if (colon <= 0) {
        *error = tr("The checksum parameter has to be in format <algorithm>:<checksum>, like "
                    "sha256:9f86d0…; got '%1'.")
                     .arg(checksum);
        return false;
    }
    *algorithm = checksum.left(colon).toLower();
    *digest = checksum.mid(colon + 1).trimmed().toLower();
    static const QStringList known {QStringLiteral("md5"),    QStringLiteral("sha1"),   QStringLiteral("sha224"),
                                    QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")};
    if (!known.contains(*algorithm)) {
        *error = tr("Unsupported checksum algorithm '%1'; use one of %2.").arg(*algorithm, known.join(u", "));
        return false;
    }
    return true;
}

void GetUrlModule::start(const QVariantMap &arguments)
{
    const QString url = text(arguments, "url");
    const QString dest = text(arguments, "dest");
    if (url.isEmpty() || dest.isEmpty()) {
        fail(tr("get_url needs url and dest."));
        return;
    }
    QString algorithm;
    QString digest;
    const QString checksum = text(arguments, "checksum");
    QString error;
    if (!checksum.isEmpty() && !parseChecksum(checksum, &algorithm, &digest, &error)) {
        fail(error);
        return;
    }
    const bool force = flag(arguments, "force");
    const bool checksumIsUrl = digest.contains(QLatin1String("://"));
    QString fileName = QUrl(url).fileName();
    if (fileName.isEmpty())
        fileName = QStringLiteral("index.html");

    // Everything below runs on the host. Lines "@N key value" report back.
    QByteArray s = "set -e\nurl=" + RemoteFileScript::quote(url) + "\nd=" + RemoteFileScript::quote(dest)
        + "\nif [ -d \"$d\" ]; then d=\"${d%/}/\"" + RemoteFileScript::quote(fileName)
        + "; fi\n"
          "printf '@N dest %s\\n' \"$d\"\n";
    // The downloader: curl, else wget.
    QByteArray curl
        = "curl -sS -f -L --max-time " + QByteArray::number(arguments.value(QStringLiteral("timeout"), 10).toInt());
    QByteArray wget = "wget -q -T " + QByteArray::number(arguments.value(QStringLiteral("timeout"), 10).toInt());
    if (!flag(arguments, "validate_certs", true)) {
        curl += " -k";
        wget += " --no-check-certificate";
    }
    // Credentials travel on standard input into a private file (curl -K,
    // wget --config), so they never show in the host's process list.
    const QString user = text(arguments, "url_username");
    QByteArray credentials;
    if (!user.isEmpty()) {
        const auto curlQuote = [](QString value) {
            value.replace(QLatin1String("\\"), QLatin1String("\\\\"))
                .replace(QLatin1String("\""), QLatin1String("\\\""));
            return value.toUtf8();
        };
        const QString password = text(arguments, "url_password");
        credentials = "user = \"" + curlQuote(user + u':' + password) + "\"\n";
        const QByteArray wgetrc = "user = " + user.toUtf8() + "\npassword = " + password.toUtf8() + "\n";
        s.prepend("cfg=$(mktemp) && wcfg=$(mktemp) || exit 125\ntrap 'rm -f -- \"$cfg\" \"$wcfg\"' EXIT\n"
                  "dd bs=1 count="
                  + QByteArray::number(credentials.size())
                  + " of=\"$cfg\" 2>/dev/null\n"
                    "cat > \"$wcfg\"\n");
        credentials += wgetrc;
        curl += " -K \"$cfg\"";
        wget += " --config=\"$wcfg\"";
    }
    const QVariantMap headers = arguments.value(QStringLiteral("headers")).toMap();
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QByteArray h = RemoteFileScript::quote(it.key() + QStringLiteral(": ") + it.value().toString());
        curl += " -H " + h;
        wget += " --header=" + h;
    }
    curl += " -A "
        + RemoteFileScript::quote(text(arguments, "http_agent").isEmpty() ? QStringLiteral("ansible-httpget")
                                                                          : text(arguments, "http_agent"));
    s += "antler_get() { if command -v curl >/dev/null 2>&1; then " + curl
        + " -o \"$1\" \"$2\"; "
          "elif command -v wget >/dev/null 2>&1; then "
        + wget
        + " -O \"$1\" \"$2\"; "
          "else echo 'neither curl nor wget is installed on this host' >&2; return 127; fi; }\n";
    if (checksumIsUrl) {
        // The digest is read from a checksum file (sha256sum format).
        s += "sums=$(mktemp)\ntrap 'rm -f -- \"$sums\" ${cfg:+\"$cfg\" \"$wcfg\"}' EXIT\nantler_get \"$sums\" "
            + RemoteFileScript::quote(digest) + "\nwant=$(awk -v f=" + RemoteFileScript::quote(fileName)
            + " '{n=$2; sub(/^\\*/, \"\", n); sub(/.*\\//, \"\", n); if (n == f || NF == 1) {print $1; exit}}' "
              "\"$sums\")\n"
              "[ -n \"$want\" ] || { echo 'the checksum file has no line for '"
            + RemoteFileScript::quote(fileName) + " >&2; exit 3; }\n";
    } else {
        s += "want=" + RemoteFileScript::quote(digest) + "\n";
    }
    const QByteArray algo = algorithm.isEmpty() ? QByteArray("sha1") : algorithm.toUtf8();
    s += "if [ -f \"$d\" ]; then\n"
         "  have=$("
        + algo + "sum < \"$d\"); have=${have%% *}; printf '@N dest_sum %s\\n' \"$have\"\n";
    if (!force)
        s += "  if [ -z \"$want\" ] || [ \"$have\" = \"$want\" ]; then echo '@N keep'; exit 0; fi\n";
    else if (!digest.isEmpty())
        s += "  if [ \"$have\" = \"$want\" ]; then echo '@N keep'; exit 0; fi\n";
    s += "fi\n";
    if (context().checkMode) {
        s += "echo '@N would'; exit 0\n";
    } else {
        s += "tmp=$(mktemp \"$(dirname -- \"$d\")/.antler-get.XXXXXX\")\n"
             "trap 'rm -f -- \"$tmp\" ${sums:+\"$sums\"} ${cfg:+\"$cfg\" \"$wcfg\"}' EXIT\n"
             "antler_get \"$tmp\" \"$url\"\n"
             "got=$("
            + algo
            + "sum < \"$tmp\"); got=${got%% *}\n"
              "if [ -n \"$want\" ] && [ \"$got\" != \"$want\" ]; then printf '@N mismatch %s\\n' \"$got\"; exit 4; fi\n"
              "src=$(sha1sum < \"$tmp\"); printf '@N src_sum %s\\n' \"${src%% *}\"\n"
              "printf '@N size %s\\n' \"$(wc -c < \"$tmp\")\"\n"
              "if [ -f \"$d\" ] && cmp -s \"$tmp\" \"$d\"; then echo '@N same'; exit 0; fi\n";
        if (flag(arguments, "backup"))
            s += "if [ -f \"$d\" ]; then b=\"$d.$$.$(date +%Y-%m-%d@%H:%M:%S~)\"; cp -p -- \"$d\" \"$b\"; "
                 "printf '@B %s\\n' \"$b\"; fi\n";
        s += "if [ -e \"$d\" ]; then chmod --reference=\"$d\" -- \"$tmp\"; "
             "else chmod \"$(printf %o $((0666 & ~0$(umask))))\" -- \"$tmp\"; fi\n"
             "mv -f -- \"$tmp\" \"$d\"\necho '@N downloaded'\n";
    }
    transport::CommandSpec spec = commandSpec();
    spec.script = s;
    spec.stdinData = credentials;
    spec.description = tr("download of %1").arg(url);
    runCommand(spec, [this, arguments, url, algorithm](const transport::CommandResult &result) {
        RemoteProbe report;
        QString parseError;
        RemoteFileScript::parse(result.stdoutData, &report, &parseError);
        QString finalDest;
        QString destSum;
        QString srcSum;
        QString mismatch;
        qint64 size = 0;
        for (const QString &note : std::as_const(report.notes)) {
            if (note.startsWith(QLatin1String("dest ")))
                finalDest = note.mid(5);
            else if (note.startsWith(QLatin1String("dest_sum ")))
                destSum = note.mid(9);
            else if (note.startsWith(QLatin1String("src_sum ")))
                srcSum = note.mid(8);
            else if (note.startsWith(QLatin1String("mismatch ")))
                mismatch = note.mid(9);
            else if (note.startsWith(QLatin1String("size ")))
                size = note.mid(5).trimmed().toLongLong();
        }
        if (!result.succeeded()) {
            if (result.status != transport::CommandResult::Status::Finished) {
                fail(result.error);
                return;
            }
            QString message;
            if (!mismatch.isEmpty())
                message = QStringLiteral("The checksum for %1 did not match %2; it was %3.")
                              .arg(finalDest, text(arguments, "checksum"), mismatch);
            else
                message = tr("Request failed: %1 could not be downloaded by %2: %3")
                              .arg(url, context().host, QString::fromUtf8(result.stderrData.trimmed()));
            TaskResult failed = TaskResult::failed(message);
            failed.data.insert(QStringLiteral("url"), url);
            failed.data.insert(QStringLiteral("dest"), finalDest);
            finish(failed);
            return;
        }
        const bool downloaded = report.notes.contains(QStringLiteral("downloaded"));
        const bool would = report.notes.contains(QStringLiteral("would"));
        QVariantMap data {{QStringLiteral("url"), url}, {QStringLiteral("dest"), finalDest}};
        if (report.notes.contains(QStringLiteral("keep"))) {
            data.insert(QStringLiteral("msg"), QStringLiteral("file already exists"));
            if (algorithm.isEmpty() || algorithm == QLatin1String("sha1"))
                data.insert(QStringLiteral("checksum_dest"), destSum);
        } else {
            data.insert(QStringLiteral("msg"),
                        would ? QStringLiteral("would download") : QStringLiteral("OK (%1 bytes)").arg(size));
            data.insert(QStringLiteral("status_code"), 200);
            if (!srcSum.isEmpty())
                data.insert(QStringLiteral("checksum_src"), srcSum);
            if (!destSum.isEmpty() && (algorithm.isEmpty() || algorithm == QLatin1String("sha1")))
                data.insert(QStringLiteral("checksum_dest"), destSum);
        }
        if (!report.backupFile.isEmpty())
            data.insert(QStringLiteral("backup_file"), report.backupFile);
        // mode/owner/group: a second command only when the file is there and
        // they are asked for (chmod/chown are idempotent; compare via probe).
        const bool wantsAttributes = FileMode::isSet(arguments.value(QStringLiteral("mode")))
            || !text(arguments, "owner").isEmpty() || !text(arguments, "group").isEmpty();
        if (!wantsAttributes || would || finalDest.isEmpty()) {
            finishWith(downloaded || would, data);
            return;
        }
        RemoteFileScript::Probe p;
        p.paths << finalDest;
        probe(p, [this, arguments, data, downloaded, finalDest](const RemoteProbe &state) {
            const RemoteFileState found = RemoteFileScript::find(state, finalDest);
            const FileStat &current = found.effective(true);
            int mode = -1;
            QString error;
            if (!resolveMode(arguments.value(QStringLiteral("mode")), current, false, state.umask, &mode, &error)) {
                fail(error);
                return;
            }
            const QString owner = text(arguments, "owner");
            const QString group = text(arguments, "group");
            if (!attributesDiffer(current, mode, owner, group)) {
                QVariantMap d = data;
                d.insert(RemoteFileScript::find(state, finalDest).attributes(true));
                d.insert(QStringLiteral("dest"), finalDest);
                finishWith(downloaded, d);
                return;
            }
            if (context().checkMode) {
                finishWith(true, data);
                return;
            }
            RemoteFileScript::Attributes a;
            a.path = finalDest;
            a.mode = mode;
            a.owner = owner;
            a.group = group;
            RemoteFileScript::Probe after;
            after.paths << finalDest;
            change(RemoteFileScript::withProbe("set -e\n" + RemoteFileScript::attributes(a) + "set +e\n", after),
                   tr("change the attributes of %1").arg(finalDest), [this, data, finalDest](const RemoteProbe &done) {
                       QVariantMap d = data;
                       d.insert(RemoteFileScript::find(done, finalDest).attributes(true));
                       d.insert(QStringLiteral("dest"), finalDest);
                       finishWith(true, d);
                   });
        });
    });
}

} // namespace antler::playbook
