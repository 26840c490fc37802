#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::playbook {

// Whether a task's conditions (when, changed_when, failed_when, until) hold
// on a host.
class TaskConditions
{
public:
    // All of the expressions hold. False with *error when one cannot be
    // evaluated; *failedCondition is the first that is false.
    static bool hold(const QStringList &conditions, const QVariantMap &variables, bool *holds, QString *failedCondition,
                     QString *error);
};

} // namespace antler::playbook
