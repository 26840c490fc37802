#include "playbook/TaskLoop.h"

#include "playbook/TaskExecutor.h"
#include "playbook/Templar.h"

#include <QCoreApplication>

namespace antler::playbook {

bool TaskLoop::items(const Task &task, const QVariantMap &variables, QVariantList *items, QString *error)
{
    QVariant rendered;
    if (!Templar(variables).renderValue(task.loop, &rendered, error)) {
        *error = TaskExecutor::templateError(task, *error);
        return false;
    }
    if (task.loopKind == Task::LoopKind::WithLookup) {
        // As Ansible's listify: terms that are not a list are one term.
        const QVariantList terms
            = rendered.typeId() == QMetaType::QVariantList || rendered.typeId() == QMetaType::QStringList
            ? rendered.toList()
            : QVariantList {rendered};
        const QString subdirectory
            = task.module == QLatin1String("template") ? QStringLiteral("templates") : QStringLiteral("files");
        items->clear();
        if (!Templar(variables).runLookup(task.loopLookup, terms, subdirectory, items, error)) {
            *error = QCoreApplication::translate("antler::playbook::TaskExecutor",
                                                 "the loop “with_%1” of the task "
                                                 "at %2 failed: %3")
                         .arg(task.loopLookup, task.location.fileAndLine(), *error);
            return false;
        }
        return true;
    }
    if (rendered.typeId() != QMetaType::QVariantList && rendered.typeId() != QMetaType::QStringList) {
        if (task.loopKind == Task::LoopKind::WithItems && !rendered.toString().isEmpty()) {
            rendered = QVariantList {rendered};
        } else {
            *error = QCoreApplication::translate("antler::playbook::TaskExecutor",
                                                 "Invalid data passed to 'loop', it requires a list, got this "
                                                 "instead: %1. Hint: If you passed a list/dict of just one "
                                                 "element, try adding wantlist=True to your lookup invocation "
                                                 "or use q/query instead of lookup.")
                         .arg(Templar::toText(rendered));
            return false;
        }
    }
    const QVariantList list = rendered.toList();
    items->clear();
    for (const QVariant &item : list) {
        if (task.loopKind == Task::LoopKind::WithItems && item.typeId() == QMetaType::QVariantList)
            items->append(item.toList());
        else
            items->append(item);
    }
    return true;
}

} // namespace antler::playbook
