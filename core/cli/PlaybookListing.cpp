#include "cli/PlaybookListing.h"

#include "inventory/Inventory.h"
#include "playbook/HostLimit.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookPreview.h"
#include "playbook/TagFilter.h"

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
    const bool hasLimit = !options.limit.isEmpty();
    if (hasLimit) {
        QString warning;
        limited = playbook::HostLimit::hosts(inventory, options.limit, &warning);
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
            const QList<playbook::Task> tasks = playbook::PlaybookPreview::listedTasks(play, filter);
            text += QLatin1String("    tasks:\n");
            for (const playbook::Task &task : tasks) {
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
