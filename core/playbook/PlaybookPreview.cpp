#include "playbook/PlaybookPreview.h"

#include "playbook/PlaybookParser.h"
#include "playbook/TagFilter.h"

#include <algorithm>

namespace antler::playbook {

namespace {

// The tasks --list-tasks shows: blocks by their block: tasks (not rescue or
// always, as ansible-playbook), an include as itself, no implicit meta.
void collectTasks(const QList<Task> &tasks, const TagFilter &filter, QList<Task> *out)
{
    for (const Task &task : tasks) {
        if (task.isBlock()) {
            collectTasks(task.block, filter, out);
            continue;
        }
        if (task.isRoleComplete())
            continue;
        if (filter.shouldRun(task.tags))
            out->append(task);
    }
}

void collectTags(const QList<Task> &tasks, QStringList *tags)
{
    for (const Task &task : tasks) {
        *tags += task.tags;
        collectTags(task.block, tags);
        collectTags(task.rescue, tags);
        collectTags(task.always, tags);
    }
}

} // namespace

bool PlaybookPreview::load(const QString &playbookPath, const QString &inventoryPath)
{
    *this = PlaybookPreview();
    QString error;
    if (!inventoryPath.isEmpty() && !m_inventory.load(inventoryPath, &error)) {
        m_inventoryProblem = error;
    } else {
        for (const QString &host : m_inventory.hostNames()) {
            m_inventory.connection(host, &error);
            if (!error.isEmpty()) {
                m_inventoryProblem = error;
                break;
            }
        }
    }
    const bool parsed = PlaybookParser::parseFile(playbookPath, &m_playbook, &m_errors);
    if (!parsed)
        m_playbook = Playbook();
    m_valid = parsed && m_inventoryProblem.isEmpty();
    return m_valid;
}

QList<PlaybookPreview::PlayEntry> PlaybookPreview::plays(const QStringList &tags, const QStringList &skipTags) const
{
    const TagFilter filter(tags, skipTags);
    QList<PlayEntry> entries;
    for (const Play &play : m_playbook.plays) {
        PlayEntry entry;
        entry.name = play.displayName();
        entry.pattern = play.hosts;
        entry.tags = play.tags;
        entry.location = play.location;
        const QList<Task> tasks = listedTasks(play, filter);
        for (const Task &task : tasks) {
            TaskEntry taskEntry;
            taskEntry.name = task.name.isEmpty() ? task.moduleAsWritten : task.name;
            if (task.role.isValid() && !task.isIncludeRole())
                taskEntry.role = task.role.name;
            taskEntry.tags = task.tags;
            taskEntry.tags.removeDuplicates();
            taskEntry.location = task.location;
            entry.tasks.append(taskEntry);
        }
        entries.append(entry);
    }
    return entries;
}

QList<Task> PlaybookPreview::listedTasks(const Play &play, const TagFilter &filter)
{
    QList<Task> tasks;
    collectTasks(play.preTasks, filter, &tasks);
    collectTasks(play.tasks, filter, &tasks);
    collectTasks(play.postTasks, filter, &tasks);
    return tasks;
}

QStringList PlaybookPreview::allTags() const
{
    QStringList tags;
    for (const Play &play : m_playbook.plays) {
        tags += play.tags;
        collectTags(play.preTasks, &tags);
        collectTags(play.tasks, &tags);
        collectTags(play.postTasks, &tags);
        collectTags(play.handlers, &tags);
    }
    tags.removeDuplicates();
    tags.sort();
    return tags;
}

QStringList PlaybookPreview::taskNames() const
{
    QStringList names;
    for (const PlayEntry &play : plays()) {
        for (const TaskEntry &task : play.tasks) {
            if (!names.contains(task.name))
                names.append(task.name);
        }
    }
    return names;
}

QStringList PlaybookPreview::limitHosts(const QString &limit, QString *warning) const
{
    if (limit.trimmed().isEmpty())
        return m_inventory.hostNames();
    return m_inventory.match(limit.trimmed(), warning);
}

QStringList PlaybookPreview::hosts(int index, const QString &limit, QString *warning) const
{
    if (index < 0 || index >= m_playbook.plays.size())
        return {};
    QStringList hosts = m_inventory.match(m_playbook.plays.at(index).hosts, warning);
    if (!limit.trimmed().isEmpty()) {
        const QStringList limited = limitHosts(limit, warning);
        hosts.erase(
            std::remove_if(hosts.begin(), hosts.end(), [&](const QString &host) { return !limited.contains(host); }),
            hosts.end());
    }
    return hosts;
}

} // namespace antler::playbook
