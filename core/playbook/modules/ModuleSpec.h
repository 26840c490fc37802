#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace antler::playbook {

// What a module accepts, so the PlaybookParser can refuse a bad argument name
// or type with its file:line:column before any host is contacted.
struct ModuleArgument
{
    enum class Type { Raw, Str, Bool, Int, Float, List, Dict, Path };

    QString name;
    Type type = Type::Str;
    bool required = false;
    QStringList aliases;
    // When not empty, the (templated) value must be one of these.
    QStringList choices;
    QVariant defaultValue;
};

// An argument for a module's spec, the common fields in one call.
inline ModuleArgument moduleArgument(const QString &name, ModuleArgument::Type type, const QVariant &defaultValue = {},
                                     const QStringList &aliases = {}, const QStringList &choices = {})
{
    ModuleArgument argument;
    argument.name = name;
    argument.type = type;
    argument.defaultValue = defaultValue;
    argument.aliases = aliases;
    argument.choices = choices;
    return argument;
}

struct ModuleSpec
{
    // The short name ("copy"); "ansible.builtin.copy" and "ansible.legacy.copy"
    // are accepted too.
    QString name;
    QList<ModuleArgument> arguments;
    // command/shell/raw/script/set_fact style: a free-form string after the
    // module key ("shell: echo hi") becomes the argument named here ("cmd",
    // or "_raw_params" for modules that parse k=v themselves).
    QString freeFormArgument;
    // set_fact and similar: any argument name is allowed.
    bool anyArguments = false;
    // false: in --check the task is reported "skipped in check mode" (command,
    // shell, raw, script without creates/removes…), visibly.
    bool supportsCheckMode = true;
    // Runs on the controller only (debug, set_fact, assert, fail, pause,
    // meta…): no transport is needed.
    bool controllerOnly = false;

    const ModuleArgument *argument(const QString &nameOrAlias) const
    {
        for (const ModuleArgument &argument : arguments) {
            if (argument.name == nameOrAlias || argument.aliases.contains(nameOrAlias))
                return &argument;
        }
        return nullptr;
    }
};

} // namespace antler::playbook
