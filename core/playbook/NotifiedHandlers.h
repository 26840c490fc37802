#pragma once

#include "playbook/Task.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// Which handlers of a play a notify: entry queues at run time: those whose
// (templated) name, "role : name" or listen topic it names.
class NotifiedHandlers
{
public:
    // The indices into handlers; *wanted is the notify name as templated
    // with variables (as written when it cannot be).
    static QList<int> matching(const QList<Task> &handlers, const QString &notify, const QVariantMap &variables,
                               QString *wanted);
};

} // namespace antler::playbook
