#include "playbook/NotifiedHandlers.h"

#include "playbook/Templar.h"

namespace antler::playbook {

QList<int> NotifiedHandlers::matching(const QList<Task> &handlers, const QString &notify, const QVariantMap &variables,
                                      QString *wanted)
{
    const Templar templar(variables);
    *wanted = notify;
    QString error;
    templar.renderText(notify, wanted, &error);
    QList<int> indices;
    for (qsizetype i = 0; i < handlers.size(); ++i) {
        const Task &handler = handlers.at(i);
        QString handlerName = handler.name;
        templar.renderText(handler.name, &handlerName, &error);
        if (handlerName == *wanted || handler.name == *wanted || handler.listen.contains(*wanted)
            || (handler.role.isValid() && handler.role.name + QStringLiteral(" : ") + handlerName == *wanted))
            indices.append(int(i));
    }
    return indices;
}

} // namespace antler::playbook
