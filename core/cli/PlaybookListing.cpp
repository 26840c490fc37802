#include "cli/PlaybookListing.h"

#include "inventory/Inventory.h"
#include "playbook/Playbook.h"
#include "playbook/TagFilter.h"

#include <QFile>

#include <algorithm>

namespace antler::cli {

namespace {

// Python's repr of a list of strings: ['a', 'b'].
QString pythonList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(QLatin1Char('\'') + item + QLatin1Char('\''));
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

// ansible-playbook prints tags sorted and without repeats: [a, b].
QString tagList(QStringList tags)
{
    tags.removeDuplicates();
    tags.sort();
    return QLatin1Char('[') + tags.join(QLatin1String(", ")) + QLatin1Char(']');
}

// The tasks --list-tasks shows: blocks by their block: tasks (not rescue or
// always, as ansible-playbook), an include_tasks as itself.
void collectTasks(const QList<playbook::Task> &tasks, const playbook::TagFilter &filter, QList<playbook::Task> *out)
{
    for (const playbook::Task &task : tasks) {
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

void collectAllTags(const QList<playbook::Task> &tasks, const playbook::TagFilter &filter, QStringList *tags)
{
    for (const playbook::Task &task : tasks) {
        if (task.isBlock()) {
            collectAllTags(task.block, filter, tags);
        } else if (!task.isRoleComplete() && filter.shouldRun(task.tags)) {
            *tags += task.tags;
        }
    }
}

} // namespace

QString PlaybookListing::text(const playbook::Playbook &playbook, const inventory::Inventory &inventory,
                              const Request &options, QString *warnings)
{
    const playbook::TagFilter filter(options.tags, options.skipTags);
    QStringList limited;
    bool hasLimit = !options.limit.isEmpty();
    if (options.limit.startsWith(QLatin1Char('@'))) {
        QFile file(options.limit.mid(1));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QString host = QString::fromUtf8(line).trimmed();
                if (!host.isEmpty())
                    limited.append(host);
            }
        }
    } else if (hasLimit) {
        QString warning;
        limited = inventory.match(options.limit, &warning);
        if (!warning.isEmpty())
            *warnings += QLatin1String("[WARNING]: ") + warning + QLatin1Char('\n');
    }

    QString text = QLatin1String("\nplaybook: ") + playbook.path + QLatin1Char('\n');
    int number = 0;
    for (const playbook::Play &play : playbook.plays) {
        ++number;
        text += QStringLiteral("\n  play #%1 (%2): %3\tTAGS: %4\n")
                    .arg(number)
                    .arg(play.hosts, play.displayName(), tagList(play.tags));
        if (options.hosts) {
            QString warning;
            QStringList hosts = inventory.match(play.hosts, &warning);
            if (!warning.isEmpty())
                *warnings += QLatin1String("[WARNING]: ") + warning + QLatin1Char('\n');
            if (hasLimit) {
                hosts.erase(std::remove_if(hosts.begin(), hosts.end(),
                                           [&](const QString &host) { return !limited.contains(host); }),
                            hosts.end());
            }
            QStringList patterns;
            for (const QString &pattern : play.hosts.split(QLatin1Char(',')))
                patterns.append(pattern.trimmed());
            text += QStringLiteral("    pattern: %1\n    hosts (%2):\n").arg(pythonList(patterns)).arg(hosts.size());
            for (const QString &host : std::as_const(hosts))
                text += QLatin1String("      ") + host + QLatin1Char('\n');
        }
        if (options.tasks) {
            QList<playbook::Task> tasks;
            collectTasks(play.preTasks, filter, &tasks);
            collectTasks(play.tasks, filter, &tasks);
            collectTasks(play.postTasks, filter, &tasks);
            text += QLatin1String("    tasks:\n");
            for (const playbook::Task &task : std::as_const(tasks)) {
                // As ansible-playbook lists them: an unnamed task by its
                // action alone, a named include_role without its role.
                const QString name = task.name.isEmpty()           ? task.moduleAsWritten
                    : task.role.isValid() && !task.isIncludeRole() ? task.role.name + QLatin1String(" : ") + task.name
                                                                   : task.name;
                text += QStringLiteral("      %1\tTAGS: %2\n").arg(name, tagList(task.tags));
            }
        }
        if (options.tagList) {
            QStringList tags = play.tags;
            collectAllTags(play.preTasks, filter, &tags);
            collectAllTags(play.tasks, filter, &tags);
            collectAllTags(play.postTasks, filter, &tags);
            text += QStringLiteral("      TASK TAGS: %1\n").arg(tagList(tags));
        }
    }
    return text;
}

} // namespace antler::cli
