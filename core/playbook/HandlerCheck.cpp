#include "playbook/HandlerCheck.h"

#include "playbook/YamlReader.h"

#include <QSet>

#include <functional>

namespace antler::playbook {

void HandlerCheck::check(const Play &play, YamlReader &yaml, const QStringList &written)
{
    QSet<QString> known(written.cbegin(), written.cend());
    std::function<void(const QList<Task> &)> collect = [&](const QList<Task> &tasks) {
        for (const Task &task : tasks) {
            known.insert(task.name);
            for (const QString &topic : task.listen)
                known.insert(topic);
            if (task.role.isValid() && !task.name.isEmpty())
                known.insert(task.role.name + QLatin1String(" : ") + task.name);
        }
    };
    collect(play.handlers);
    std::function<void(const QList<Task> &)> check = [&](const QList<Task> &tasks) {
        for (const Task &task : tasks) {
            check(task.block);
            check(task.rescue);
            check(task.always);
            for (const QString &name : task.notify) {
                if (YamlReader::isTemplateText(name) || known.contains(name))
                    continue;
                yaml.report(PlaybookError(
                    task.location,
                    tr("the task notifies “%1”, but the play has no handler of that name or listen topic; "
                       "add the handler or fix the name.")
                        .arg(name)));
            }
        }
    };
    check(play.preTasks);
    check(play.tasks);
    check(play.postTasks);
    check(play.handlers);
}

} // namespace antler::playbook
