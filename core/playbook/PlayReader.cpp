#include "playbook/PlayReader.h"

#include "playbook/HandlerCheck.h"
#include "playbook/InheritedKeywords.h"
#include "playbook/PlaybookKeywords.h"
#include "playbook/PlaybookParser.h"
#include "playbook/RoleLoader.h"
#include "playbook/TaskReader.h"
#include "playbook/YamlReader.h"
#include "playbook/YamlValue.h"

#include <QDir>
#include <QRegularExpression>

namespace antler::playbook {

PlayReader::PlayReader(YamlReader &yaml, TaskReader &tasks, RoleLoader &roles)
    : m_yaml(yaml)
    , m_tasks(tasks)
    , m_roles(roles)
{
}

void PlayReader::readPlaybook(const YAML::Node &root, QList<Play> *plays)
{
    if (!root.IsDefined() || root.IsNull()) {
        m_yaml.fail(YAML::Mark::null_mark(),
                    tr("the playbook is empty; write a list of plays, each starting with "
                       "“- hosts:”."));
        return;
    }
    if (!root.IsSequence()) {
        m_yaml.fail(root.Mark(),
                    tr("a playbook must be a list of plays; start each play with “- hosts:” "
                       "and indent its keys below."));
        return;
    }
    if (root.size() == 0) {
        m_yaml.fail(root.Mark(), tr("the playbook has no plays; add one starting with “- hosts:”."));
        return;
    }
    for (const YAML::Node &node : root) {
        if (node.IsMap()) {
            bool isImport = false;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar()) {
                    const QString key = YamlValue::fromStd(it->first.Scalar());
                    if (key == QLatin1String("import_playbook")
                        || key == PlaybookKeywords::builtinPrefix() + QLatin1String("import_playbook"))
                        isImport = true;
                }
            }
            if (isImport) {
                readImportPlaybook(node, plays);
                continue;
            }
        }
        Play play;
        if (readPlay(node, &play))
            plays->append(play);
    }
}

void PlayReader::readImportPlaybook(const YAML::Node &node, QList<Play> *plays)
{
    std::optional<YamlEntry> file;
    for (const YamlEntry &entry : m_yaml.entries(node)) {
        if (entry.key.endsWith(QLatin1String("import_playbook"))) {
            file = entry;
        } else if (entry.key != QLatin1String("name")) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("“%1” is not supported beside import_playbook; only “name” is, "
                           "so move it into the imported plays.")
                            .arg(entry.key));
        }
    }
    QString name;
    if (!file || !m_yaml.text(*file, &name))
        return;
    if (YamlReader::isTemplateText(name)) {
        m_yaml.fail(YamlReader::markOf(*file),
                    tr("the file name of import_playbook is a template, which is read before any "
                       "variable exists; write the file name as plain text."));
        return;
    }
    const QString path = QDir(m_yaml.directory()).absoluteFilePath(name);
    m_yaml.withFile(path, YamlReader::markOf(*file), tr("imported playbook"), [&](const YAML::Node &root) {
        readPlaybook(root, plays);
        return true;
    });
}

bool PlayReader::readPlay(const YAML::Node &node, Play *play)
{
    const int before = m_yaml.errorCount();
    if (!node.IsMap()) {
        m_yaml.fail(node.Mark(),
                    tr("a play must be a mapping of keywords; write it as “- hosts: all” "
                       "followed by its name and tasks."));
        return false;
    }
    play->location = m_yaml.location(node.Mark());
    bool hasHosts = false;
    InheritedKeywords own;
    std::optional<YamlEntry> preTasks, roles, tasks, postTasks, handlers, varsFiles;
    for (const YamlEntry &entry : m_yaml.entries(node)) {
        const QString &key = entry.key;
        if (key == QLatin1String("name")) {
            m_yaml.text(entry, &play->name);
        } else if (key == QLatin1String("hosts")) {
            hasHosts = true;
            readHosts(entry, &play->hosts);
        } else if (key == QLatin1String("gather_facts")) {
            m_yaml.boolean(entry, &play->gatherFacts);
        } else if (key == QLatin1String("become")) {
            m_yaml.templatedBoolean(entry, &play->become, &play->keywordTemplates);
        } else if (key == QLatin1String("become_user")) {
            m_yaml.text(entry, &play->becomeUser);
        } else if (key == QLatin1String("vars")) {
            m_yaml.variables(entry, &play->vars);
        } else if (key == QLatin1String("vars_files")) {
            varsFiles = entry;
        } else if (key == QLatin1String("pre_tasks")) {
            preTasks = entry;
        } else if (key == QLatin1String("roles")) {
            roles = entry;
        } else if (key == QLatin1String("tasks")) {
            tasks = entry;
        } else if (key == QLatin1String("post_tasks")) {
            postTasks = entry;
        } else if (key == QLatin1String("handlers")) {
            handlers = entry;
        } else if (key == QLatin1String("strategy")) {
            QString strategy;
            if (m_yaml.text(entry, &strategy) && strategy != QLatin1String("linear")
                && strategy != QLatin1String("free")) {
                m_yaml.fail(YamlReader::markOf(entry),
                            tr("the strategy “%1” is not supported; Antler runs plays with the "
                               "linear or the free strategy, so remove “strategy” or write one of them.")
                                .arg(strategy));
            }
            play->freeStrategy = strategy == QLatin1String("free");
        } else if (key == QLatin1String("serial")) {
            readSerial(entry, &play->serial);
        } else if (key == QLatin1String("when") || key == QLatin1String("delegate_to")
                   || key == QLatin1String("run_once")) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("“%1” is not a play keyword; write it on the tasks, or on a "
                           "block around them.")
                            .arg(key));
        } else if (own.read(m_yaml, entry)) {
            // tags, environment, ignore_errors, no_log, check_mode, diff, any_errors_fatal
        } else if (PlaybookKeywords::refusedPlayKeywords().contains(key)) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("the play keyword “%1” is not supported by Antler (%2); remove "
                           "it, or run this playbook with ansible-playbook.")
                            .arg(key, PlaybookKeywords::refusedPlayKeywords().value(key)));
        } else if (key == QLatin1String("import_playbook")) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("import_playbook must be an entry of its own in the list of "
                           "plays; write “- import_playbook: FILE” at the top level."));
        } else if (PlaybookParser::moduleSpec(key)) {
            m_yaml.fail(entry.keyNode.Mark(),
                        tr("“%1” is a module, not a play keyword, so this looks like a list of "
                           "tasks; put the tasks under “tasks:” of a play with “hosts:”, or "
                           "import this file with import_tasks.")
                            .arg(key));
        } else {
            const QString close = PlaybookKeywords::closest(key, PlaybookKeywords::playKeywords());
            m_yaml.fail(
                entry.keyNode.Mark(),
                close.isEmpty()
                    ? tr("“%1” is not a play keyword; use one of: %2.")
                          .arg(key, PlaybookKeywords::playKeywords().join(QLatin1String(", ")))
                    : tr("“%1” is not a play keyword; check its spelling (did you mean “%2”?).").arg(key, close));
        }
    }
    if (!hasHosts) {
        m_yaml.fail(node.Mark(),
                    tr("this play has no “hosts”; add “hosts:” with an inventory pattern "
                       "such as all or a group name."));
    }
    play->tags = own.tags;
    play->anyErrorsFatal = own.anyErrorsFatal;
    // Play-level become/become_user/vars stay on the Play; the rest goes down.
    const InheritedKeywords base = own;
    m_roles.beginPlay(play, base, m_yaml.directory());

    if (varsFiles)
        readVarsFiles(*varsFiles, play);
    if (preTasks)
        m_tasks.readTaskList(*preTasks, base, &play->preTasks, false);
    if (roles)
        m_roles.readRoles(*roles, base, play);
    if (tasks)
        m_tasks.readTaskList(*tasks, base, &play->tasks, false);
    if (postTasks)
        m_tasks.readTaskList(*postTasks, base, &play->postTasks, false);
    // The names and listen topics written on the play's handlers, also of
    // one that could not be read (its own error says why): a task that
    // notifies it is no second problem.
    QStringList writtenHandlers;
    if (handlers) {
        QList<Task> own;
        m_tasks.readTaskList(*handlers, base, &own, true);
        play->handlers = own + play->handlers;
        if (handlers->value.IsSequence()) {
            for (const YAML::Node &item : handlers->value) {
                if (!item.IsMap())
                    continue;
                for (const char *key : {"name", "listen"}) {
                    // A missing key gives an invalid node, which only
                    // IsDefined() may be asked about.
                    const YAML::Node value = item[key];
                    if (!value.IsDefined())
                        continue;
                    if (value.IsScalar())
                        writtenHandlers.append(YamlValue::fromStd(value.Scalar()));
                    else if (value.IsSequence())
                        for (const YAML::Node &topic : value)
                            if (topic.IsScalar())
                                writtenHandlers.append(YamlValue::fromStd(topic.Scalar()));
                }
            }
        }
    }
    HandlerCheck::check(*play, m_yaml, writtenHandlers);
    m_roles.endPlay();
    return m_yaml.errorCount() == before;
}

void PlayReader::readHosts(const YamlEntry &entry, QString *hosts)
{
    if (entry.value.IsSequence()) {
        QStringList patterns;
        for (const YAML::Node &item : entry.value) {
            if (!item.IsScalar()) {
                m_yaml.fail(item.Mark(),
                            tr("each entry of “hosts” must be a host or group name; write "
                               "one pattern per entry."));
                return;
            }
            patterns.append(YamlValue::fromStd(item.Scalar()));
        }
        *hosts = patterns.join(QLatin1Char(','));
        if (patterns.isEmpty())
            m_yaml.fail(YamlReader::markOf(entry), tr("“hosts” is empty; name a host, a group or all."));
    } else if (m_yaml.text(entry, hosts) && hosts->trimmed().isEmpty()) {
        m_yaml.fail(YamlReader::markOf(entry), tr("“hosts” is empty; name a host, a group or all."));
    }
    if (YamlReader::isTemplateText(*hosts)) {
        m_yaml.fail(YamlReader::markOf(entry),
                    tr("“hosts” is a template, which this version does not resolve; write the "
                       "pattern itself, such as all, and narrow it with --limit."));
    }
}

// serial: 2, "30%", or a list of them, as ansible-playbook takes it; a
// template is refused (the batches are known before any host is contacted).
void PlayReader::readSerial(const YamlEntry &entry, QVariantList *serial)
{
    QList<YAML::Node> items;
    if (entry.value.IsSequence()) {
        for (const YAML::Node &item : entry.value)
            items.append(item);
    } else {
        items.append(entry.value);
    }
    static const QRegularExpression size(QStringLiteral("^\\s*(\\d+)\\s*(%?)\\s*$"));
    for (const YAML::Node &item : std::as_const(items)) {
        const QString text = item.IsScalar() ? YamlValue::fromStd(item.Scalar()) : QString();
        const QRegularExpressionMatch match = size.match(text);
        if (!match.hasMatch()) {
            m_yaml.fail(item.Mark(),
                        tr("“serial” takes a number of hosts, a percentage such as 30%, or a list of them, "
                           "not “%1”; write for example serial: 2.")
                            .arg(text));
            return;
        }
        if (match.captured(2).isEmpty())
            serial->append(match.captured(1).toInt());
        else
            serial->append(match.captured(1) + QLatin1Char('%'));
    }
    if (items.isEmpty())
        m_yaml.fail(YamlReader::markOf(entry), tr("“serial” is an empty list; write a number of hosts, such as 2."));
}

void PlayReader::readVarsFiles(const YamlEntry &entry, Play *play)
{
    QList<YAML::Node> items;
    if (entry.value.IsScalar()) {
        items.append(entry.value);
    } else if (entry.value.IsSequence()) {
        for (const YAML::Node &item : entry.value)
            items.append(item);
    } else if (!entry.value.IsNull()) {
        m_yaml.fail(YamlReader::markOf(entry),
                    tr("“vars_files” must be a list of file names; write one per line starting "
                       "with “- ”."));
        return;
    }
    for (const YAML::Node &item : items) {
        if (!item.IsScalar()) {
            m_yaml.fail(item.Mark(),
                        tr("each entry of “vars_files” must be one file name; lists of "
                           "alternatives are not supported, so name the file to load."));
            continue;
        }
        const QString name = YamlValue::fromStd(item.Scalar());
        if (YamlReader::isTemplateText(name)) {
            m_yaml.fail(item.Mark(),
                        tr("the vars_files name “%1” is a template, which this version does not "
                           "resolve; write the file name as plain text.")
                            .arg(name));
            continue;
        }
        const QString path = QDir(m_yaml.directory()).absoluteFilePath(name);
        m_yaml.withFile(path, item.Mark(), tr("vars file"), [&](const YAML::Node &root) {
            if (root.IsNull())
                return true;
            if (!root.IsMap()) {
                m_yaml.fail(root.Mark(),
                            tr("a vars file must be a mapping of variable names to values; write "
                               "one “name: value” per line."));
                return false;
            }
            QVariantMap vars;
            YamlEntry whole {QStringLiteral("vars_files"), YAML::Node(), root};
            if (!m_yaml.variables(whole, &vars))
                return false;
            for (auto it = vars.cbegin(); it != vars.cend(); ++it)
                play->varsFromFiles.insert(it.key(), it.value());
            play->varsFiles.append(path);
            return true;
        });
    }
}

} // namespace antler::playbook
