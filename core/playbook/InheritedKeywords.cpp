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
    // A literal on this level replaces the parent's template, a template its literal.
    auto take = [&result, this](const char *keyword, const std::optional<bool> &own, std::optional<bool> *out) {
        const QString key = QLatin1String(keyword);
        if (own) {
            *out = own;
            result.templates.remove(key);
        } else if (templates.contains(key)) {
            out->reset();
            result.templates.insert(key, templates.value(key));
        }
    };
    take("become", become, &result.become);
    take("ignore_errors", ignoreErrors, &result.ignoreErrors);
    take("no_log", noLog, &result.noLog);
    take("check_mode", checkMode, &result.checkMode);
    take("diff", diff, &result.diff);
    take("run_once", runOnce, &result.runOnce);
    take("any_errors_fatal", anyErrorsFatal, &result.anyErrorsFatal);
    if (!becomeUser.isEmpty())
        result.becomeUser = becomeUser;
    if (!delegateTo.isEmpty())
        result.delegateTo = delegateTo;
    result.environmentTemplates = parent.environmentTemplates + environmentTemplates;
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
    // The task's own retries/delay templates stay.
    for (auto it = templates.cbegin(); it != templates.cend(); ++it)
        task->keywordTemplates.insert(it.key(), it.value());
    task->environmentTemplates = environmentTemplates;
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
            environmentTemplates.append(YamlValue::fromStd(entry.value.Scalar()));
        } else {
            yaml.variables(entry, &environment, false);
        }
    } else if (key == QLatin1String("become")) {
        yaml.templatedBoolean(entry, &become, &templates);
    } else if (key == QLatin1String("become_user")) {
        yaml.text(entry, &becomeUser);
    } else if (key == QLatin1String("ignore_errors")) {
        yaml.templatedBoolean(entry, &ignoreErrors, &templates);
    } else if (key == QLatin1String("no_log")) {
        yaml.templatedBoolean(entry, &noLog, &templates);
    } else if (key == QLatin1String("check_mode")) {
        yaml.templatedBoolean(entry, &checkMode, &templates);
    } else if (key == QLatin1String("diff")) {
        yaml.templatedBoolean(entry, &diff, &templates);
    } else if (key == QLatin1String("delegate_to")) {
        yaml.text(entry, &delegateTo);
    } else if (key == QLatin1String("run_once")) {
        yaml.templatedBoolean(entry, &runOnce, &templates);
    } else if (key == QLatin1String("any_errors_fatal")) {
        yaml.templatedBoolean(entry, &anyErrorsFatal, &templates);
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
    for (const char *keyword : {"become", "no_log", "check_mode", "diff"}) {
        const QString key = QLatin1String(keyword);
        if (include.templates.contains(key))
            passed.templates.insert(key, include.templates.value(key));
    }
    passed.environmentTemplates = include.environmentTemplates;
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
    level.templates = task.keywordTemplates;
    level.environmentTemplates = task.environmentTemplates;
    level.role = task.role;
    return level;
}

} // namespace antler::playbook
