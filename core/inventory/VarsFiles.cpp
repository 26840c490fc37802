#include "inventory/VarsFiles.h"

#include "inventory/YamlValue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <string>

namespace antler::inventory {

namespace {

const QStringList &extensions()
{
    static const QStringList list
        = {QString(), QStringLiteral(".yml"), QStringLiteral(".yaml"), QStringLiteral(".json")};
    return list;
}

} // namespace

void VarsFiles::collect(const QString &folder, QStringList *files)
{
    const QStringList names
        = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~')))
            continue;
        const QFileInfo info(folder + QLatin1Char('/') + name);
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot > 0 ? name.mid(dot) : QString();
        if (info.isDir() && extension.isEmpty())
            collect(info.filePath(), files);
        else if (info.isFile() && extensions().contains(extension))
            files->append(info.filePath());
    }
}

QStringList VarsFiles::find(const QString &directory, const QString &name)
{
    QStringList files;
    for (const QString &extension : extensions()) {
        const QFileInfo info(directory + QLatin1Char('/') + name + extension);
        if (!info.exists())
            continue;
        if (info.isDir())
            collect(info.filePath(), &files);
        else
            files.append(info.filePath());
        break;
    }
    return files;
}

bool VarsFiles::load(const QString &directory, const QString &name, QVariantMap *vars, QString *error)
{
    for (const QString &path : find(directory, name)) {
        if (!loadFile(path, vars, error))
            return false;
    }
    return true;
}

bool VarsFiles::loadFile(const QString &path, QVariantMap *vars, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = path + QLatin1String(": ")
                + tr("cannot read the variables file (%1); check that it is readable.").arg(file.errorString());
        }
        return false;
    }
    const QByteArray data = file.readAll();
    YAML::Node root;
    try {
        root = YAML::Load(std::string(data.constData(), size_t(data.size())));
    } catch (const YAML::Exception &exception) {
        if (error) {
            *error = QStringLiteral("%1:%2:%3: ").arg(path).arg(exception.mark.line + 1).arg(exception.mark.column + 1)
                + tr("this is not valid YAML (%1); correct the syntax at this position.")
                      .arg(QString::fromStdString(exception.msg));
        }
        return false;
    }
    if (!root.IsDefined() || root.IsNull())
        return true;
    if (!root.IsMap()) {
        if (error) {
            *error = QStringLiteral("%1:%2:%3: ").arg(path).arg(root.Mark().line + 1).arg(root.Mark().column + 1)
                + tr("a variables file must be a mapping of names to values; write one “name: "
                     "value” per line.");
        }
        return false;
    }
    const QVariantMap map = YamlValue::toVariant(root).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        vars->insert(it.key(), it.value());
    return true;
}

} // namespace antler::inventory
