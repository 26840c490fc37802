#pragma once

#include "playbook/Task.h"
#include "playbook/YamlEntry.h"
#include "playbook/modules/ModuleSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace antler::playbook {

class YamlReader;

// Reads the arguments of a task's module, as a mapping, as key=value words or
// as a free-form command line (plus args:), and checks each against the
// module's spec: known names, types, choices, required ones.
class ModuleArgumentReader
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    explicit ModuleArgumentReader(YamlReader &yaml);

    // Fills task->arguments from the module entry and the task's args:.
    void read(const YamlEntry &module, const std::optional<YamlEntry> &args, Task *task);

private:
    static QString typeName(ModuleArgument::Type type);
    void setArgument(const ModuleSpec &spec, const QString &moduleKey, const QString &name, const YAML::Node *node,
                     const QVariant &writtenValue, const YAML::Mark &keyMark, const YAML::Mark &mark,
                     QVariantMap *arguments);
    QString takeFreeFormOptions(const ModuleSpec &spec, const QString &moduleKey, const QString &freeForm,
                                const YAML::Mark &mark, QVariantMap *arguments);

    YamlReader &m_yaml;
};

} // namespace antler::playbook
