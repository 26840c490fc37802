#include "playbook/modules/TemplateModule.h"

#include "playbook/Templar.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>

namespace antler::playbook {

ModuleSpec TemplateModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("template");
    spec.arguments = {
        {QStringLiteral("src"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("dest"), Type::Path, true, {}, {}, {}},
        {QStringLiteral("backup"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("force"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("follow"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("validate"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("newline_sequence"),
         Type::Str,
         false,
         {},
         {QStringLiteral("\\n"), QStringLiteral("\\r"), QStringLiteral("\\r\\n")},
         QStringLiteral("\\n")},
        {QStringLiteral("trim_blocks"), Type::Bool, false, {}, {}, true},
        {QStringLiteral("lstrip_blocks"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("block_start_string"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("block_end_string"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("variable_start_string"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("variable_end_string"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("comment_start_string"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("comment_end_string"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("output_encoding"), Type::Str, false, {}, {}, QStringLiteral("utf-8")},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

QVariantMap TemplateModule::templateVariables(const QString &src, const QString &fullPath, const QString &dest)
{
    const QFileInfo info(fullPath);
    const QString host = QHostInfo::localHostName();
    const QString owner = info.owner().isEmpty() ? QString::number(info.ownerId()) : info.owner();
    return {
        {QStringLiteral("template_host"), host},
        {QStringLiteral("template_path"), src},
        {QStringLiteral("template_fullpath"), fullPath},
        {QStringLiteral("template_destpath"), dest},
        {QStringLiteral("template_uid"), owner},
        {QStringLiteral("template_mtime"), info.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"))},
        {QStringLiteral("template_run_date"),
         QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"))},
        {QStringLiteral("ansible_managed"), QStringLiteral("Ansible managed")},
    };
}

void TemplateModule::start(const QVariantMap &arguments)
{
    const QString src = text(arguments, "src");
    const QString dest = text(arguments, "dest");
    if (src.isEmpty() || dest.isEmpty()) {
        fail(tr("template needs src (a Jinja2 file next to the playbook or in the role's templates/) and dest."));
        return;
    }
    const QString local = findLocal(src, QStringLiteral("templates"));
    if (local.isEmpty()) {
        fail(notFoundMessage(src, QStringLiteral("templates")));
        return;
    }
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read the template %1 on the controller: %2.").arg(local, file.errorString()));
        return;
    }
    const QString source = QString::fromUtf8(file.readAll());
    QVariantMap variables = context().variables;
    const QVariantMap extra = templateVariables(src, local, dest);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        variables.insert(it.key(), it.value());
    Templar templar(variables);
    templar.setLookupLocation(QFileInfo(local).absolutePath());
    templar.setSourceLocation(local);
    Templar::TemplateOptions options;
    options.trimBlocks = flag(arguments, "trim_blocks", true);
    options.lstripBlocks = flag(arguments, "lstrip_blocks", false);
    QString rendered;
    QString error;
    if (!templar.renderTemplateFile(source, options, &rendered, &error)) {
        fail(tr("Cannot render the template %1: %2").arg(local, error));
        return;
    }
    const QString newline = text(arguments, "newline_sequence");
    if (newline == QLatin1String("\\r\\n"))
        rendered.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    else if (newline == QLatin1String("\\r"))
        rendered.replace(u'\n', u'\r');

    QVariantMap copyArguments = arguments;
    copyArguments.remove(QStringLiteral("src"));
    copyArguments.insert(QStringLiteral("content"), rendered);
    m_contentLabel = local;
    const QFile::Permissions p = QFileInfo(local).permissions();
    m_contentMode = ((p & QFile::ReadOwner) ? 0400 : 0) | ((p & QFile::WriteOwner) ? 0200 : 0)
        | ((p & QFile::ExeOwner) ? 0100 : 0) | ((p & QFile::ReadGroup) ? 040 : 0) | ((p & QFile::WriteGroup) ? 020 : 0)
        | ((p & QFile::ExeGroup) ? 010 : 0) | ((p & QFile::ReadOther) ? 04 : 0) | ((p & QFile::WriteOther) ? 02 : 0)
        | ((p & QFile::ExeOther) ? 01 : 0);
    CopyModule::start(copyArguments);
}

} // namespace antler::playbook
