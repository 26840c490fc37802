#include "playbook/modules/ScriptModule.h"

#include <QFileInfo>

namespace antler::playbook {

ModuleSpec ScriptModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("script");
    spec.freeFormArgument = QStringLiteral("_raw_params");
    spec.supportsCheckMode = false;
    spec.arguments = {
        {QStringLiteral("_raw_params"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("cmd"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("creates"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("removes"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("chdir"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("executable"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("decrypt"), Type::Bool, false, {}, {}, true},
    };
    return spec;
}

void ScriptModule::splitCommand(const QString &command, QString *script, QString *rest)
{
    const QString trimmed = command.trimmed();
    qsizetype end = 0;
    QChar quote;
    QString word;
    for (; end < trimmed.size(); ++end) {
        const QChar c = trimmed.at(end);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c.isSpace()) {
            break;
        } else {
            word += c;
        }
    }
    *script = word;
    *rest = trimmed.mid(end).trimmed();
}

void ScriptModule::start(const QVariantMap &arguments)
{
    QString command = text(arguments, "cmd");
    if (command.isEmpty())
        command = text(arguments, "_raw_params");
    QString script;
    QString rest;
    splitCommand(command, &script, &rest);
    if (script.isEmpty()) {
        fail(tr("script needs the path of a local script (script: files/setup.sh --flag)."));
        return;
    }
    const QString local = findLocal(script, QStringLiteral("files"));
    if (local.isEmpty()) {
        fail(notFoundMessage(script, QStringLiteral("files")));
        return;
    }
    const QString creates = text(arguments, "creates");
    const QString removes = text(arguments, "removes");
    if (context().checkMode && creates.isEmpty() && removes.isEmpty()) {
        TaskResult skipped;
        skipped.status = TaskResult::Status::Skipped;
        skipped.data = {{QStringLiteral("changed"), false},
                        {QStringLiteral("msg"), QStringLiteral("Check mode is not supported for this task.")}};
        finish(skipped);
        return;
    }
    // The script goes to a temporary file first (stdin is its content); the
    // creates/removes tests come after, so stdin is always read.
    QByteArray body = "t=$(mktemp \"${TMPDIR:-/tmp}/antler-script.XXXXXX\") || exit 125\n"
                      "trap 'rm -f -- \"$t\"' EXIT\ncat > \"$t\"\nchmod 700 \"$t\"\n";
    if (!creates.isEmpty())
        body += "if [ -e " + RemoteFileScript::quote(creates) + " ]; then echo '@ANTLER skip creates'; exit 0; fi\n";
    if (!removes.isEmpty())
        body += "if [ ! -e " + RemoteFileScript::quote(removes) + " ]; then echo '@ANTLER skip removes'; exit 0; fi\n";
    if (context().checkMode) {
        body += "echo '@ANTLER would run'; exit 0\n";
    }
    const QString chdir = text(arguments, "chdir");
    if (!chdir.isEmpty())
        body += "cd -- " + RemoteFileScript::quote(chdir) + " || exit 1\n";
    const QString executable = text(arguments, "executable");
    body += "echo '@ANTLER run'\n";
    body += (executable.isEmpty() ? QByteArray() : executable.toUtf8() + ' ') + "\"$t\"";
    if (!rest.isEmpty())
        body += ' ' + rest.toUtf8();
    body += " </dev/null\n";
    transport::CommandSpec spec = commandSpec();
    spec.script = body;
    spec.stdinFile = local;
    spec.description = tr("script %1").arg(script);
    runCommand(spec, [this, creates, removes](const transport::CommandResult &result) {
        QByteArray out = result.stdoutData;
        const QByteArray marker = out.left(out.indexOf('\n'));
        if (marker.startsWith("@ANTLER skip")) {
            const bool byCreates = marker.endsWith("creates");
            TaskResult skipped;
            skipped.status = TaskResult::Status::Skipped;
            skipped.data = {{QStringLiteral("changed"), false},
                            {QStringLiteral("msg"),
                             byCreates ? QStringLiteral("skipped, since %1 exists").arg(creates)
                                       : QStringLiteral("skipped, since %1 does not exist").arg(removes)}};
            finish(skipped);
            return;
        }
        if (marker == "@ANTLER would run") {
            finishWith(true, {{QStringLiteral("msg"), QStringLiteral("The script would run.")}});
            return;
        }
        if (marker == "@ANTLER run")
            out = out.mid(marker.size() + 1);
        if (result.status != transport::CommandResult::Status::Finished) {
            fail(result.error);
            return;
        }
        const QString stdoutText = QString::fromUtf8(out);
        const QString stderrText = QString::fromUtf8(result.stderrData);
        const auto lines = [](const QString &t) {
            QStringList l = t.split(u'\n');
            if (!l.isEmpty() && l.last().isEmpty())
                l.removeLast();
            return l;
        };
        QVariantMap data {{QStringLiteral("rc"), result.exitCode},
                          {QStringLiteral("stdout"), stdoutText},
                          {QStringLiteral("stdout_lines"), lines(stdoutText)},
                          {QStringLiteral("stderr"), stderrText},
                          {QStringLiteral("stderr_lines"), lines(stderrText)},
                          {QStringLiteral("changed"), true}};
        TaskResult r;
        r.data = data;
        if (result.exitCode != 0) {
            r.status = TaskResult::Status::Failed;
            r.data.insert(QStringLiteral("msg"), QStringLiteral("non-zero return code"));
        } else {
            r.status = TaskResult::Status::Changed;
        }
        finish(r);
    });
}

} // namespace antler::playbook
