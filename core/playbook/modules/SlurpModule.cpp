#include "playbook/modules/SlurpModule.h"

namespace antler::playbook {

ModuleSpec SlurpModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("slurp");
    spec.arguments = {
        {QStringLiteral("src"), ModuleArgument::Type::Path, true, {QStringLiteral("path")}, {}, {}},
    };
    return spec;
}

void SlurpModule::start(const QVariantMap &arguments)
{
    const QString src = text(arguments, "src");
    if (src.isEmpty()) {
        fail(tr("slurp needs src: the file on the host to read."));
        return;
    }
    const QByteArray q = RemoteFileScript::quote(src);
    transport::CommandSpec spec = commandSpec();
    // Exit 3: missing, 4: a folder, 5: unreadable; Ansible's messages follow.
    spec.script = "if [ ! -e " + q + " ]; then exit 3; fi\nif [ -d " + q
        + " ]; then exit 4; fi\n"
          "if [ ! -r "
        + q + " ]; then exit 5; fi\nexec cat -- " + q + "\n";
    spec.description = tr("read %1").arg(src);
    spec.shareShell = true;
    runCommand(spec, [this, src](const transport::CommandResult &result) {
        if (result.succeeded()) {
            finishWith(false,
                       {{QStringLiteral("content"), QString::fromLatin1(result.stdoutData.toBase64())},
                        {QStringLiteral("encoding"), QStringLiteral("base64")},
                        {QStringLiteral("source"), src}});
            return;
        }
        QString message;
        if (result.status != transport::CommandResult::Status::Finished)
            message = result.error;
        else if (result.exitCode == 3)
            message = QStringLiteral("file not found: %1").arg(src);
        else if (result.exitCode == 4)
            message = QStringLiteral("source is a directory and must be a file: %1").arg(src);
        else if (result.exitCode == 5)
            message = QStringLiteral("file is not readable: %1").arg(src);
        else
            message = tr("Cannot read %1 on %2: %3")
                          .arg(src, context().host, QString::fromUtf8(result.stderrData.trimmed()));
        fail(message);
    });
}

} // namespace antler::playbook
