#include "playbook/modules/IncludeVarsModule.h"

#include "playbook/YamlValue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace antler::playbook {

IncludeVarsModule::IncludeVarsModule(const ModuleContext &context, QObject *parent)
    : FileModuleBase(context, parent)
{
}

ModuleSpec IncludeVarsModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("include_vars");
    spec.controllerOnly = true;
    spec.freeFormArgument = QStringLiteral("_raw_params");
    spec.arguments = {
        {QStringLiteral("_raw_params"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("file"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("dir"), Type::Path, false, {}, {}, {}},
        {QStringLiteral("name"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("depth"), Type::Int, false, {}, {}, 0},
        {QStringLiteral("files_matching"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("ignore_files"), Type::List, false, {}, {}, {}},
        {QStringLiteral("extensions"), Type::List, false, {}, {}, {}},
        {QStringLiteral("ignore_unknown_extensions"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("hash_behaviour"),
         Type::Str,
         false,
         {},
         {QStringLiteral("replace"), QStringLiteral("merge")},
         {}},
    };
    return spec;
}

bool IncludeVarsModule::load(const QString &path, QVariantMap *into, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the vars file %1: %2.").arg(path, file.errorString());
        return false;
    }
    YAML::Node root;
    try {
        root = YAML::Load(file.readAll().toStdString());
    } catch (const YAML::Exception &exception) {
        *error = tr("The vars file %1:%2:%3 is not valid YAML (%4); check the indentation and the quotes there.")
                     .arg(path)
                     .arg(exception.mark.line + 1)
                     .arg(exception.mark.column + 1)
                     .arg(YamlValue::fromStd(exception.msg));
        return false;
    }
    if (root.IsNull())
        return true;
    const QVariant value = YamlValue::toVariant(root);
    if (!root.IsMap()) {
        *error = tr("%1 must be stored as a dictionary/hash").arg(path);
        return false;
    }
    const QVariantMap vars = value.toMap();
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        into->insert(it.key(), it.value());
    return true;
}

QStringList IncludeVarsModule::folderFiles(const QString &dir, const QVariantMap &arguments, QString *error) const
{
    QStringList extensions;
    for (const QVariant &extension : arguments.value(QStringLiteral("extensions")).toList())
        extensions.append(extension.toString());
    if (extensions.isEmpty())
        extensions = {QStringLiteral("json"), QStringLiteral("yaml"), QStringLiteral("yml")};
    QStringList ignored;
    for (const QVariant &name : arguments.value(QStringLiteral("ignore_files")).toList())
        ignored.append(name.toString());
    QRegularExpression matching;
    const QString pattern = text(arguments, "files_matching");
    if (!pattern.isEmpty()) {
        matching.setPattern(pattern);
        if (!matching.isValid()) {
            *error = tr("files_matching “%1” is not a valid regular expression (%2); fix the pattern.")
                         .arg(pattern, matching.errorString());
            return {};
        }
    }
    const int depth = arguments.value(QStringLiteral("depth")).toInt();
    const bool ignoreUnknown = flag(arguments, "ignore_unknown_extensions");
    QStringList files;
    // Ansible walks the folder top-down, each folder's files sorted by name.
    std::function<bool(const QString &, int)> walk = [&](const QString &folder, int level) {
        QDir current(folder);
        const QStringList names = current.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            if (ignored.contains(name))
                continue;
            if (matching.isValid() && !pattern.isEmpty() && !matching.match(name).hasMatch())
                continue;
            const QString suffix = QFileInfo(name).suffix();
            if (!extensions.contains(suffix)) {
                if (ignoreUnknown)
                    continue;
                *error = tr("%1 does not have a valid extension: %2; rename it or set ignore_unknown_extensions.")
                             .arg(current.filePath(name), extensions.join(QStringLiteral(", ")));
                return false;
            }
            files.append(current.filePath(name));
        }
        if (depth > 0 && level >= depth)
            return true;
        for (const QString &sub : current.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (!walk(current.filePath(sub), level + 1))
                return false;
        }
        return true;
    };
    if (!walk(dir, 1))
        return {};
    return files;
}

void IncludeVarsModule::start(const QVariantMap &arguments)
{
    QString file = text(arguments, "file");
    QString dir = text(arguments, "dir");
    const QString raw = text(arguments, "_raw_params");
    // The free form is always a file, as in Ansible.
    if (file.isEmpty() && dir.isEmpty())
        file = raw.trimmed();
    if (!file.isEmpty() && !dir.isEmpty()) {
        fail(tr("You are mixing file only and dir only arguments, these are incompatible"));
        return;
    }
    if (file.isEmpty() && dir.isEmpty()) {
        fail(tr("include_vars needs a file or a dir; write “include_vars: FILE” or give file: or dir:."));
        return;
    }
    if (text(arguments, "hash_behaviour") == QLatin1String("merge")) {
        fail(tr("hash_behaviour: merge is not supported; Antler replaces variables, as Ansible does by default."));
        return;
    }
    QStringList files;
    QString error;
    if (!file.isEmpty()) {
        const QString found = findLocal(file, QStringLiteral("vars"));
        if (found.isEmpty() || QFileInfo(found).isDir()) {
            fail(notFoundMessage(file, QStringLiteral("vars")));
            return;
        }
        files.append(found);
    } else {
        // As Ansible: in a role a folder is relative to its vars/ (unless it
        // starts with vars/), elsewhere to the folder of the task's file.
        QString found = dir;
        if (QFileInfo(dir).isRelative()) {
            const QString rolePath = context().variables.value(QStringLiteral("role_path")).toString();
            if (!rolePath.isEmpty())
                found = dir.startsWith(QLatin1String("vars/")) ? QDir(rolePath).filePath(dir)
                                                               : QDir(rolePath).filePath(QStringLiteral("vars/") + dir);
            else
                found = QFileInfo(context().location.file()).dir().filePath(dir);
        }
        if (!QFileInfo(found).isDir()) {
            fail(tr("%1 directory does not exist").arg(QDir::cleanPath(found)));
            return;
        }
        files = folderFiles(QDir::cleanPath(found), arguments, &error);
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
    }
    QVariantMap vars;
    for (const QString &path : std::as_const(files)) {
        if (!load(path, &vars, &error)) {
            fail(error);
            return;
        }
    }
    const QString name = text(arguments, "name");
    QVariantMap facts = name.isEmpty() ? vars : QVariantMap {{name, vars}};
    QVariantList included;
    for (const QString &path : std::as_const(files))
        included.append(path);
    TaskResult result;
    result.data = {{QStringLiteral("changed"), false},
                   {QStringLiteral("ansible_facts"), facts},
                   {QStringLiteral("ansible_included_var_files"), included}};
    finish(result);
}

} // namespace antler::playbook
