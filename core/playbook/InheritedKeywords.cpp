#include "playbook/InheritedKeywords.h"

#include "playbook/YamlReader.h"
#include "playbook/YamlValue.h"

namespace antler::playbook {

InheritedKeywords InheritedKeywords::over(const InheritedKeywords &parent) const
{
    InheritedKeywords result = parent;
    result.when = parent.when + when;
    result.tags = tags;
    for (const QString &tag : parent.tags) {
        if (!result.tags.contains(tag))
            result.tags.append(tag);
    }
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        result.vars.insert(it.key(), it.value());
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        result.environment.insert(it.key(), it.value());
    if (become)
        result.become = become;
    if (!becomeUser.isEmpty())
        result.becomeUser = becomeUser;
    if (ignoreErrors)
        result.ignoreErrors = ignoreErrors;
    if (noLog)
        result.noLog = noLog;
    if (checkMode)
        result.checkMode = checkMode;
    if (diff)
        result.diff = diff;
    if (!delegateTo.isEmpty())
        result.delegateTo = delegateTo;
    if (runOnce)
        result.runOnce = runOnce;
    if (anyErrorsFatal)
        result.anyErrorsFatal = anyErrorsFatal;
    if (role.isValid())
        result.role = role;
    return result;
}

void InheritedKeywords::applyTo(Task *task) const
{
    task->when = when;
    task->tags = tags;
    task->vars = vars;
    task->environment = environment;
    task->become = become;
    task->becomeUser = becomeUser;
    task->ignoreErrors = ignoreErrors.value_or(false);
    task->noLog = noLog.value_or(false);
    task->checkMode = checkMode;
    task->diff = diff;
    task->delegateTo = delegateTo;
    task->runOnce = runOnce.value_or(false);
    task->anyErrorsFatal = anyErrorsFatal;
    task->role = role;
}

bool InheritedKeywords::read(YamlReader &yaml, const YamlEntry &entry)
{
    const QString &key = entry.key;
    if (key == QLatin1String("when")) {
        yaml.conditions(entry, &when);
    } else if (key == QLatin1String("tags")) {
        yaml.textList(entry, &tags, true);
    } else if (key == QLatin1String("vars")) {
        yaml.variables(entry, &vars);
    } else if (key == QLatin1String("environment")) {
        if (entry.value.IsScalar() && YamlReader::isTemplateText(YamlValue::fromStd(entry.value.Scalar()))) {
            yaml.fail(YamlReader::markOf(entry),
                      tr("“environment” takes a mapping in this version, not a template; "
                         "write one “NAME: value” per line below it."));
        } else {
            yaml.variables(entry, &environment, false);
        }
    } else if (key == QLatin1String("become")) {
        yaml.optionalBoolean(entry, &become);
    } else if (key == QLatin1String("become_user")) {
        yaml.text(entry, &becomeUser);
    } else if (key == QLatin1String("ignore_errors")) {
        yaml.optionalBoolean(entry, &ignoreErrors);
    } else if (key == QLatin1String("no_log")) {
        yaml.optionalBoolean(entry, &noLog);
    } else if (key == QLatin1String("check_mode")) {
        yaml.optionalBoolean(entry, &checkMode);
    } else if (key == QLatin1String("diff")) {
        yaml.optionalBoolean(entry, &diff);
    } else if (key == QLatin1String("delegate_to")) {
        yaml.text(entry, &delegateTo);
    } else if (key == QLatin1String("run_once")) {
        yaml.optionalBoolean(entry, &runOnce);
    } else if (key == QLatin1String("any_errors_fatal")) {
        yaml.optionalBoolean(entry, &anyErrorsFatal);
    } else {
        return false;
    }
    return true;
}

InheritedKeywords InheritedKeywords::passedByInclude(const InheritedKeywords &include)
{
    InheritedKeywords passed;
    passed.vars = include.vars;
    passed.environment = include.environment;
    passed.become = include.become;
    passed.becomeUser = include.becomeUser;
    passed.noLog = include.noLog;
    passed.checkMode = include.checkMode;
    passed.diff = include.diff;
    return passed;
}

InheritedKeywords InheritedKeywords::of(const Task &task)
{
    InheritedKeywords level;
    level.when = task.when;
    level.tags = task.tags;
    level.vars = task.vars;
    level.environment = task.environment;
    level.become = task.become;
    level.becomeUser = task.becomeUser;
    level.ignoreErrors = task.ignoreErrors;
    level.noLog = task.noLog;
    level.checkMode = task.checkMode;
    level.diff = task.diff;
    level.delegateTo = task.delegateTo;
    level.runOnce = task.runOnce;
    level.anyErrorsFatal = task.anyErrorsFatal;
    level.role = task.role;
    return level;
}

} // namespace antler::playbook
