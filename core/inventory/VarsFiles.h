#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::inventory {

// The host_vars/ and group_vars/ files beside an inventory, found as
// Ansible finds them: DIR/NAME, DIR/NAME.yml, .yaml or .json (the first that
// exists), or every such file under the folder DIR/NAME/ in name order, later
// files overriding earlier ones.
class VarsFiles
{
    Q_DECLARE_TR_FUNCTIONS(antler::inventory::VarsFiles)

public:
    static QStringList find(const QString &directory, const QString &name);
    // Reads the files for NAME into *vars; false with *error for a file that
    // is not YAML or not a mapping.
    static bool load(const QString &directory, const QString &name, QVariantMap *vars, QString *error);
    static bool loadFile(const QString &path, QVariantMap *vars, QString *error);

private:
    static void collect(const QString &folder, QStringList *files);
};

} // namespace antler::inventory
