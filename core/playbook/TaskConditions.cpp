#include "playbook/TaskConditions.h"

#include "playbook/Templar.h"

#include <QCoreApplication>

namespace antler::playbook {

bool TaskConditions::hold(const QStringList &conditions, const QVariantMap &variables, bool *holds,
                          QString *failedCondition, QString *error)
{
    *holds = true;
    const Templar templar(variables);
    for (const QString &condition : conditions) {
        bool value = false;
        QString message;
        if (!templar.evaluateCondition(condition, &value, &message)) {
            *error = QCoreApplication::translate("antler::playbook::TaskExecutor",
                                                 "The conditional check '%1' failed. The error was: %2")
                         .arg(condition, message);
            return false;
        }
        if (!value) {
            *holds = false;
            if (failedCondition)
                *failedCondition = condition;
            return true;
        }
    }
    return true;
}

} // namespace antler::playbook
