#include "playbook/TaskKeywords.h"

#include "playbook/Templar.h"

namespace antler::playbook {

bool TaskKeywords::toBoolean(const QVariant &value, bool *out)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        *out = value.toBool();
        return true;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        if (value.toDouble() != 0 && value.toDouble() != 1)
            return false;
        *out = value.toDouble() == 1;
        return true;
    case QMetaType::QString: {
        const QString text = value.toString().trimmed().toLower();
        static const QStringList yes
            = {QStringLiteral("y"),    QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("1"),
               QStringLiteral("true"), QStringLiteral("t"),   QStringLiteral("1.0")};
        static const QStringList no
            = {QStringLiteral("n"),     QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("0"),
               QStringLiteral("false"), QStringLiteral("f"),  QStringLiteral("0.0")};
        if (yes.contains(text)) {
            *out = true;
            return true;
        }
        if (no.contains(text)) {
            *out = false;
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

bool TaskKeywords::renderBoolean(const QString &keyword, const QString &text, const SourceLocation &location,
                                 const QVariantMap &variables, bool *out, QString *error)
{
    QVariant rendered;
    QString problem;
    if (!Templar(variables).render(text, &rendered, &problem)) {
        *error = tr("“%1” of the task at %2 cannot be templated: %3; define the variable or fix the expression.")
                     .arg(keyword, location.fileAndLine(), problem);
        return false;
    }
    if (!toBoolean(rendered, out)) {
        *error = tr("“%1” of the task at %2 is “%3”, which is not a valid boolean; make the template give true "
                    "or false.")
                     .arg(keyword, location.fileAndLine(), Templar::toText(rendered));
        return false;
    }
    return true;
}

bool TaskKeywords::resolveOne(Task *task, const QString &keyword, const QVariantMap &variables, QString *error)
{
    const auto found = task->keywordTemplates.constFind(keyword);
    if (found == task->keywordTemplates.cend())
        return true;
    const QString &text = found.value();
    if (keyword == QLatin1String("retries") || keyword == QLatin1String("delay") || keyword == QLatin1String("async")
        || keyword == QLatin1String("poll")) {
        QVariant rendered;
        QString problem;
        if (!Templar(variables).render(text, &rendered, &problem)) {
            *error = tr("“%1” of the task at %2 cannot be templated: %3; define the variable or fix the expression.")
                         .arg(keyword, task->location.fileAndLine(), problem);
            return false;
        }
        bool ok = false;
        const int number = Templar::toText(rendered).trimmed().toInt(&ok);
        if (!ok || number < 0) {
            *error = tr("“%1” of the task at %2 is “%3”, which is not a whole number; make the template give one.")
                         .arg(keyword, task->location.fileAndLine(), Templar::toText(rendered));
            return false;
        }
        int *field = keyword == QLatin1String("retries") ? &task->retries
            : keyword == QLatin1String("delay")          ? &task->delay
            : keyword == QLatin1String("async")          ? &task->asyncSeconds
                                                         : &task->poll;
        *field = number;
        return true;
    }
    bool value = false;
    if (!renderBoolean(keyword, text, task->location, variables, &value, error))
        return false;
    if (keyword == QLatin1String("become"))
        task->become = value;
    else if (keyword == QLatin1String("ignore_errors"))
        task->ignoreErrors = value;
    else if (keyword == QLatin1String("no_log"))
        task->noLog = value;
    else if (keyword == QLatin1String("check_mode"))
        task->checkMode = value;
    else if (keyword == QLatin1String("diff"))
        task->diff = value;
    else if (keyword == QLatin1String("run_once"))
        task->runOnce = value;
    else if (keyword == QLatin1String("any_errors_fatal"))
        task->anyErrorsFatal = value;
    return true;
}

bool TaskKeywords::resolve(Task *task, const QVariantMap &variables, QString *error)
{
    const QStringList keywords = task->keywordTemplates.keys();
    for (const QString &keyword : keywords) {
        if (!resolveOne(task, keyword, variables, error))
            return false;
    }
    return true;
}

} // namespace antler::playbook
