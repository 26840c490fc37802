#include "playbook/modules/UriModule.h"

#include "playbook/AnsibleJson.h"
#include "playbook/jinja/Value.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace antler::playbook {

ModuleSpec UriModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("uri");
    spec.arguments = {
        {QStringLiteral("url"), Type::Str, true, {}, {}, {}},
        {QStringLiteral("method"), Type::Str, false, {}, {}, QStringLiteral("GET")},
        {QStringLiteral("body"), Type::Raw, false, {}, {}, {}},
        {QStringLiteral("body_format"),
         Type::Str,
         false,
         {},
         {QStringLiteral("form-urlencoded"), QStringLiteral("json"), QStringLiteral("raw"),
          QStringLiteral("form-multipart")},
         QStringLiteral("raw")},
        {QStringLiteral("status_code"), Type::List, false, {}, {}, QVariantList {200}},
        {QStringLiteral("return_content"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("headers"), Type::Dict, false, {}, {}, {}},
        {QStringLiteral("timeout"), Type::Int, false, {}, {}, 30},
        {QStringLiteral("validate_certs"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("url_username"), Type::Str, false, {QStringLiteral("user")}, {}, {}},
        {QStringLiteral("url_password"), Type::Str, false, {QStringLiteral("password")}, {}, {}},
        {QStringLiteral("force_basic_auth"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("follow_redirects"), Type::Str, false, {}, {}, QStringLiteral("safe")},
        {QStringLiteral("dest"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("creates"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("removes"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("src"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("remote_src"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("use_proxy"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("http_agent"), Type::Str, false, {}, {}, QStringLiteral("ansible-httpget")},
        {QStringLiteral("unix_socket"), Type::Path, false, {}, {}, {}},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

QVariantMap UriModule::parseResponse(const QByteArray &output, bool returnContent, QString *error)
{
    // "@S code url\n@H\n<header blocks>\n@E\n<body>"
    QVariantMap result;
    const qsizetype h = output.indexOf("\n@H\n");
    const qsizetype e = output.indexOf("\n@E\n", h < 0 ? 0 : h);
    if (!output.startsWith("@S ") || h < 0 || e < 0) {
        if (error)
            *error = QStringLiteral("unexpected answer from curl: %1").arg(QString::fromUtf8(output.left(200)));
        return {};
    }
    const QList<QByteArray> status = output.mid(3, h - 3).split(' ');
    result.insert(QStringLiteral("status"), status.value(0).toInt());
    result.insert(QStringLiteral("url"), QString::fromUtf8(status.value(1)));
    const QByteArray headerText = output.mid(h + 4, e - h - 4);
    const QByteArray body = output.mid(e + 4);
    // With redirects there are several blocks; the last one counts.
    QByteArray normalised = headerText;
    normalised.replace("\r\n", "\n");
    const QList<QByteArray> parts = normalised.trimmed().split('\n');
    QVariantMap headers;
    int statusLines = 0;
    for (const QByteArray &line : parts) {
        if (line.startsWith("HTTP/")) {
            headers.clear();
            ++statusLines;
            const QList<QByteArray> words = line.split(' ');
            QByteArray reason = words.mid(2).join(' ').trimmed();
            result.insert(QStringLiteral("msg"), QStringLiteral("OK (%1 bytes)").arg(body.size()));
            if (!reason.isEmpty())
                result.insert(QStringLiteral("reason"), QString::fromUtf8(reason));
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QString key = QString::fromUtf8(line.left(colon)).trimmed().toLower();
        key.replace(u'-', u'_');
        headers.insert(key, QString::fromUtf8(line.mid(colon + 1).trimmed()));
    }
    result.insert(headers);
    result.insert(QStringLiteral("redirected"), statusLines > 1);
    const QString contentType = headers.value(QStringLiteral("content_type")).toString();
    if (contentType.contains(QLatin1String("json"))) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            result.insert(QStringLiteral("json"), doc.toVariant());
    }
    if (returnContent)
        result.insert(QStringLiteral("content"), QString::fromUtf8(body));
    result.insert(QStringLiteral("elapsed"), 0);
    return result;
}

void UriModule::start(const QVariantMap &arguments)
{
    const QString url = text(arguments, "url");
    if (url.isEmpty()) {
        fail(tr("uri needs url."));
        return;
    }
    const QString method
        = text(arguments, "method").isEmpty() ? QStringLiteral("GET") : text(arguments, "method").toUpper();
    QVariantMap headers = arguments.value(QStringLiteral("headers")).toMap();
    const QString bodyFormat
        = text(arguments, "body_format").isEmpty() ? QStringLiteral("raw") : text(arguments, "body_format");
    const QVariant bodyArg = arguments.value(QStringLiteral("body"));
    QByteArray body;
    bool hasBody = bodyArg.isValid() && !bodyArg.isNull();
    if (hasBody) {
        if (bodyFormat == QLatin1String("json")) {
            body = (bodyArg.typeId() == QMetaType::QString ? bodyArg.toString() : AnsibleJson::compact(bodyArg))
                       .toUtf8();
            bool hasType = false;
            for (auto it = headers.cbegin(); it != headers.cend(); ++it)
                hasType = hasType || it.key().toLower() == QLatin1String("content-type");
            if (!hasType)
                headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        } else if (bodyFormat == QLatin1String("form-urlencoded") && jinja::Value::isMap(bodyArg)) {
            QUrlQuery query;
            const QVariantMap form = bodyArg.toMap();
            for (auto it = form.cbegin(); it != form.cend(); ++it)
                query.addQueryItem(it.key(), it.value().toString());
            body = query.toString(QUrl::FullyEncoded).toUtf8();
            headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded"));
        } else {
            body = bodyArg.toString().toUtf8();
        }
    }
    QList<int> expected;
    const QVariant statusArg = arguments.value(QStringLiteral("status_code"));
    const QVariantList statusList = statusArg.typeId() == QMetaType::QVariantList ? statusArg.toList()
        : statusArg.isValid() && !statusArg.isNull()                              ? QVariantList {statusArg}
                                                                                  : QVariantList {200};
    for (const QVariant &v : statusList) {
        for (const QString &part : v.toString().split(u',', Qt::SkipEmptyParts))
            expected << part.trimmed().toInt();
    }

    QByteArray curl = "curl -sS -X " + RemoteFileScript::quote(method) + " --max-time "
        + QByteArray::number(arguments.value(QStringLiteral("timeout"), 30).toInt());
    const QString follow = text(arguments, "follow_redirects");
    if (follow != QLatin1String("none") && follow != QLatin1String("no") && follow != QLatin1String("false"))
        curl += " -L";
    if (!flag(arguments, "validate_certs", true))
        curl += " -k";
    // Credentials come first on standard input (read byte by byte into a
    // private file for curl -K), then the body: never on a command line.
    const QString user = text(arguments, "url_username");
    QByteArray credentials;
    if (!user.isEmpty()) {
        QString both = user + u':' + text(arguments, "url_password");
        both.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        credentials = "user = \"" + both.toUtf8() + "\"\n";
        if (flag(arguments, "force_basic_auth"))
            credentials += "basic\n";
        curl += " -K \"$cfg\"";
    }
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        curl += " -H " + RemoteFileScript::quote(it.key() + QStringLiteral(": ") + it.value().toString());
    curl += " -A "
        + RemoteFileScript::quote(text(arguments, "http_agent").isEmpty() ? QStringLiteral("ansible-httpget")
                                                                          : text(arguments, "http_agent"));
    if (hasBody)
        curl += " --data-binary @-";
    const QString creates = text(arguments, "creates");
    const QString removes = text(arguments, "removes");
    QByteArray s;
    if (!creates.isEmpty())
        s += "if [ -e " + RemoteFileScript::quote(creates) + " ]; then echo '@SKIP creates'; exit 0; fi\n";
    if (!removes.isEmpty())
        s += "if [ ! -e " + RemoteFileScript::quote(removes) + " ]; then echo '@SKIP removes'; exit 0; fi\n";
    s += "command -v curl >/dev/null 2>&1 || { echo 'curl is not installed on this host; install it or use get_url' "
         ">&2; exit 127; }\n"
         "h=$(mktemp) && b=$(mktemp) && cfg=$(mktemp) || exit 125\ntrap 'rm -f -- \"$h\" \"$b\" \"$cfg\"' EXIT\n"
         "dd bs=1 count="
        + QByteArray::number(credentials.size())
        + " of=\"$cfg\" 2>/dev/null\n"
          "w=$("
        + curl + " -D \"$h\" -o \"$b\" -w '%{http_code} %{url_effective}' " + RemoteFileScript::quote(url)
        + ") || exit $?\nprintf '@S %s\\n@H\\n' \"$w\"\ncat \"$h\"\nprintf '\\n@E\\n'\ncat \"$b\"\n";
    transport::CommandSpec spec = commandSpec();
    spec.script = s;
    spec.stdinData = credentials + body;
    spec.description = tr("%1 %2").arg(method, url);
    const bool returnContent = flag(arguments, "return_content");
    runCommand(spec, [this, url, expected, returnContent, creates, removes](const transport::CommandResult &result) {
        if (result.stdoutData.startsWith("@SKIP")) {
            finishWith(false,
                       {{QStringLiteral("msg"),
                         result.stdoutData.startsWith("@SKIP creates")
                             ? QStringLiteral("%1 exists, not calling url").arg(creates)
                             : QStringLiteral("%1 does not exist, not calling url").arg(removes)}});
            return;
        }
        if (!result.succeeded()) {
            QStringList list;
            for (int code : expected)
                list << QString::number(code);
            TaskResult failed = TaskResult::failed(
                result.status == transport::CommandResult::Status::Finished
                    ? QStringLiteral("Status code was -1 and not [%1]: Request failed: %2")
                          .arg(list.join(QStringLiteral(", ")), QString::fromUtf8(result.stderrData.trimmed()))
                    : result.error);
            failed.data.insert(QStringLiteral("status"), -1);
            failed.data.insert(QStringLiteral("url"), url);
            finish(failed);
            return;
        }
        QString error;
        QVariantMap data = parseResponse(result.stdoutData, returnContent, &error);
        if (data.isEmpty()) {
            fail(tr("Cannot read the answer to %1 on %2: %3").arg(url, context().host, error));
            return;
        }
        const int status = data.value(QStringLiteral("status")).toInt();
        if (!expected.contains(status)) {
            QStringList list;
            for (int code : expected)
                list << QString::number(code);
            TaskResult failed;
            failed.status = TaskResult::Status::Failed;
            failed.data = data;
            failed.data.insert(QStringLiteral("changed"), false);
            failed.data.insert(
                QStringLiteral("msg"),
                QStringLiteral("Status code was %1 and not [%2]: HTTP Error %1: %3")
                    .arg(status)
                    .arg(list.join(QStringLiteral(", ")), data.value(QStringLiteral("reason")).toString()));
            finish(failed);
            return;
        }
        finishWith(false, data);
    });
}

} // namespace antler::playbook
