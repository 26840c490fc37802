#include "playbook/PlaybookParser.h"

#include "playbook/InheritedKeywords.h"
#include "playbook/KeyValueWords.h"
#include "playbook/ModuleArgumentReader.h"
#include "playbook/PlayReader.h"
#include "playbook/PlaybookKeywords.h"
#include "playbook/RoleLoader.h"
#include "playbook/TaskReader.h"
#include "playbook/YamlReader.h"
#include "playbook/modules/ModuleRegistry.h"
#include "playbook/modules/ModuleSpec.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace antler::playbook {

namespace {

// The readers of one parse, sharing one YamlReader: it holds the file being
// read and every problem found.
struct Readers
{
    explicit Readers(QList<PlaybookError> *errors)
        : yaml(errors)
        , arguments(yaml)
        , roles(yaml)
        , tasks(yaml, roles, arguments)
        , plays(yaml, tasks, roles)
    {
        roles.setTaskReader(&tasks);
    }

    YamlReader yaml;
    ModuleArgumentReader arguments;
    RoleLoader roles;
    TaskReader tasks;
    PlayReader plays;
};

} // namespace

bool PlaybookParser::splitKeyValueWords(const QString &text, QStringList *words, QString *error)
{
    return KeyValueWords::split(text, words, error);
}

QStringList PlaybookParser::supportedModules()
{
    return ModuleRegistry::instance().names();
}

QString PlaybookParser::shortModuleName(const QString &key)
{
    if (key.startsWith(PlaybookKeywords::builtinPrefix()))
        return key.mid(PlaybookKeywords::builtinPrefix().size());
    if (key.startsWith(PlaybookKeywords::legacyPrefix()))
        return key.mid(PlaybookKeywords::legacyPrefix().size());
    return key;
}

const ModuleSpec *PlaybookParser::moduleSpec(const QString &name)
{
    return ModuleRegistry::instance().find(name);
}

bool PlaybookParser::parseFile(const QString &path, Playbook *playbook, QList<PlaybookError> *errors,
                               const QStringList &rolesPath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(PlaybookError(SourceLocation(path, 0, 0),
                                     tr("cannot read the playbook (%1); check the path and its "
                                        "permissions.")
                                         .arg(file.errorString())));
        return false;
    }
    return parseData(file.readAll(), path, playbook, errors, rolesPath);
}

bool PlaybookParser::parseData(const QByteArray &data, const QString &sourceName, Playbook *playbook,
                               QList<PlaybookError> *errors, const QStringList &rolesPath)
{
    const qsizetype before = errors->size();
    Readers readers(errors);
    readers.roles.setRolesPath(rolesPath);
    Playbook result;
    result.path = sourceName;
    YAML::Node root;
    if (readers.yaml.load(data, sourceName, &root))
        readers.plays.readPlaybook(root, &result.plays);
    if (errors->size() != before)
        return false;
    *playbook = result;
    return true;
}

QString PlaybookParser::includedTaskFile(const QString &name, const Task &include)
{
    return TaskReader::taskFilePath(name, QFileInfo(include.location.file()).absolutePath(), include.role);
}

bool PlaybookParser::parseIncludedTasks(const QString &path, const Task &include, QList<Task> *tasks,
                                        QList<PlaybookError> *errors)
{
    const qsizetype before = errors->size();
    Readers readers(errors);
    readers.yaml.setSource(include.location.file());
    InheritedKeywords passed = InheritedKeywords::passedByInclude(InheritedKeywords::of(include));
    passed.role = include.role;
    QList<Task> result;
    const QString resolved = readers.tasks.resolveTaskFile(path, include.role);
    YAML::Mark mark;
    mark.line = include.location.line() - 1;
    mark.column = include.location.column() - 1;
    readers.tasks.readTaskFile(resolved, mark, passed, &result, false);
    if (errors->size() != before)
        return false;
    *tasks = result;
    return true;
}

} // namespace antler::playbook
