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
