#include "cli/BashCompletion.h"

#include "cli/CommandArguments.h"

namespace antler::cli {

namespace {

QString kindName(CommandSpec::Completion completion)
{
    switch (completion) {
    case CommandSpec::Completion::None:
        return QStringLiteral("none");
    case CommandSpec::Completion::File:
        return QStringLiteral("file");
    case CommandSpec::Completion::Directory:
        return QStringLiteral("directory");
    case CommandSpec::Completion::Playbook:
        return QStringLiteral("playbook");
    case CommandSpec::Completion::Stage:
        return QStringLiteral("stage");
    case CommandSpec::Completion::Topic:
        return QStringLiteral("topic");
    }
    return QStringLiteral("none");
}

// The name the script calls a command by: "" for the window.
QString key(const CommandSpec &spec)
{
    return spec.invocation == CommandSpec::Invocation::Window ? QString() : spec.name;
}

QString casePattern(const QStringList &alternatives)
{
    QStringList quoted;
    for (const QString &alternative : alternatives)
        quoted.append(QLatin1Char('"') + alternative + QLatin1Char('"'));
    return quoted.join(QLatin1Char('|'));
}

QStringList dashedNames(const CommandSpec::Option &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append(CommandSpec::Option::dashed(name));
    return names;
}

} // namespace

QString BashCompletion::script(const QList<CommandSpec> &specs, const QStringList &helpTopics)
{
    QStringList words;
    QStringList switches;
    QString valueKinds;
    QString optionLists;
    QString argumentKinds;
    QString subcommandLists;
    const QStringList helpNames = dashedNames(CommandArguments::helpOption());

    for (const CommandSpec &spec : specs) {
        if (spec.hidden)
            continue;
        if (spec.invocation == CommandSpec::Invocation::Word)
            words.append(spec.name);
        if (spec.invocation == CommandSpec::Invocation::Switch && !spec.arguments.isEmpty())
            switches.append(QLatin1String("--") + spec.name);

        QStringList offered;
        for (const CommandSpec::Option &option : spec.options) {
            if (option.hidden)
                continue;
            if (!option.valueName.isEmpty()) {
                QStringList patterns;
                for (const QString &name : dashedNames(option))
                    patterns.append(key(spec) + QLatin1Char(' ') + name);
                valueKinds += QStringLiteral("        %1) echo %2 ;;\n")
                                  .arg(casePattern(patterns), kindName(option.completion));
            }
        }
        // Which options to offer: for a command with subcommands, the common
        // ones and the subcommand's own once the subcommand is known.
        auto namesOf = [&spec](const QStringList &only) {
            QStringList names;
            for (const CommandSpec::Option &option : spec.options) {
                if (!option.hidden && (only.isEmpty() || only.contains(option.names.constFirst())))
                    names += dashedNames(option);
            }
            return names;
        };
        offered = namesOf({}) + helpNames;
        if (spec.invocation == CommandSpec::Invocation::Window) {
            for (const CommandSpec &other : specs) {
                if (!other.hidden && other.invocation == CommandSpec::Invocation::Switch)
                    offered.append(QLatin1String("--") + other.name);
            }
        }
        optionLists += QStringLiteral("        %1) echo '%2' ;;\n")
                           .arg(casePattern({key(spec) + QLatin1Char(' ')}), offered.join(QLatin1Char(' ')));
        for (const CommandSpec::Subcommand &subcommand : spec.subcommands) {
            optionLists
                += QStringLiteral("        %1) echo '%2' ;;\n")
                       .arg(casePattern({key(spec) + QLatin1Char(' ') + subcommand.name}),
                            (namesOf(spec.commonOptions + subcommand.options) + helpNames).join(QLatin1Char(' ')));
            for (qsizetype i = 0; i < subcommand.arguments.size(); ++i) {
                argumentKinds
                    += QStringLiteral("        %1) echo %2 ;;\n")
                           .arg(casePattern({QStringLiteral("%1 %2 %3").arg(key(spec), subcommand.name).arg(i)}),
                                kindName(subcommand.arguments.at(i).completion));
            }
        }
        if (!spec.subcommands.isEmpty()) {
            QStringList names;
            for (const CommandSpec::Subcommand &subcommand : spec.subcommands)
                names.append(subcommand.name);
            subcommandLists += QStringLiteral("        %1) echo '%2' ;;\n")
                                   .arg(casePattern({key(spec)}), names.join(QLatin1Char(' ')));
        }
        for (qsizetype i = 0; i < spec.arguments.size(); ++i) {
            argumentKinds += QStringLiteral("        %1) echo %2 ;;\n")
                                 .arg(casePattern({QStringLiteral("%1  %2").arg(key(spec)).arg(i)}),
                                      kindName(spec.arguments.at(i).completion));
        }
        if (spec.invocation == CommandSpec::Invocation::Switch && !spec.arguments.isEmpty()) {
            // The switch's value is its first argument: --run-playbook FILE.
            valueKinds += QStringLiteral("        %1) echo %2 ;;\n")
                              .arg(casePattern({key(spec) + QLatin1String(" --") + spec.name}),
                                   kindName(spec.arguments.constFirst().completion));
        }
    }

    QString text
        = QString::fromUtf8(R"BASH(# bash completion for antler                                  -*- shell-script -*-
# Generated from antler's option declarations when antler is built; do not edit.

# The kind of value an option takes: file, directory, playbook, stage, none.
_antler_value_kind()
{
    case "$1 $2" in
@VALUES@    esac
}

# The options to offer for a command (and subcommand).
_antler_options()
{
    case "$1 $2" in
@OPTIONS@    esac
}

# The subcommands of a command.
_antler_subcommands()
{
    case "$1" in
@SUBCOMMANDS@    esac
}

# The kind of a positional argument: command, subcommand (empty for none), index.
_antler_argument_kind()
{
    case "$1 $2 $3" in
@ARGUMENTS@    esac
}

_antler_complete_kind()
{
    local kind=$1 cur=$2 config=$3 antler=$4
    case $kind in
        file)
            COMPREPLY=($(compgen -f -- "$cur"))
            compopt -o filenames 2>/dev/null
            ;;
        directory)
            COMPREPLY=($(compgen -d -- "$cur"))
            compopt -o filenames 2>/dev/null
            ;;
        playbook)
            local IFS=$'\n'
            COMPREPLY=($(compgen -d -- "$cur") $(compgen -G "$cur*.yml") $(compgen -G "$cur*.yaml"))
            compopt -o filenames 2>/dev/null
            ;;
        stage)
            local stages
            if [[ -n $config ]]; then
                stages=$("$antler" __complete stages --config "$config" 2>/dev/null)
            else
                stages=$("$antler" __complete stages 2>/dev/null)
            fi
            COMPREPLY=($(compgen -W "$stages" -- "$cur"))
            ;;
        topic)
            COMPREPLY=($(compgen -W '@TOPICS@' -- "$cur"))
            ;;
        *)
            COMPREPLY=()
            ;;
    esac
}

_antler()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    local antler=${COMP_WORDS[0]}
    command -v "$antler" >/dev/null 2>&1 || antler=antler
    local command= subcommand= config= word i
    local -a positional=()

    # A switch such as --run-playbook may stand anywhere on the line.
    for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
        ((i == COMP_CWORD)) && continue
        case ${COMP_WORDS[i]} in
@SWITCHES@        esac
    done
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --config) config=${COMP_WORDS[i + 1]} ;;
            --config=*) config=${word#*=} ;;
        esac
        if [[ $word == -* ]]; then
            if [[ $word != *=* && -n $(_antler_value_kind "$command" "$word") ]]; then
                ((i++))
                [[ ${COMP_WORDS[i]} == = ]] && ((i++))
            fi
            [[ $word == --*=* && $command == run-playbook && ${word%%=*} == --run-playbook ]] && positional+=("${word#*=}")
            continue
        fi
        if [[ -z $command ]]; then
            case " @WORDS@ " in
                *" $word "*) command=$word; continue ;;
            esac
        fi
        if [[ -z $subcommand && -n $(_antler_subcommands "$command") ]]; then
            subcommand=$word
            continue
        fi
        positional+=("$word")
    done

    if [[ $prev == -* ]]; then
        local kind
        kind=$(_antler_value_kind "$command" "$prev")
        if [[ -n $kind ]]; then
            _antler_complete_kind "$kind" "$cur" "$config" "$antler"
            return 0
        fi
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_antler_options "$command" "$subcommand")" -- "$cur"))
        return 0
    fi
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W '@WORDS@' -- "$cur"))
        return 0
    fi
    if [[ -z $subcommand && -n $(_antler_subcommands "$command") ]]; then
        COMPREPLY=($(compgen -W "$(_antler_subcommands "$command")" -- "$cur"))
        return 0
    fi
    _antler_complete_kind "$(_antler_argument_kind "$command" "$subcommand" ${#positional[@]})" "$cur" "$config" "$antler"
    return 0
}
complete -F _antler antler
)BASH");
    QString switchCases;
    for (const QString &name : switches) {
        switchCases += QStringLiteral("            %1|%1=*) command=%2 ;;\n").arg(name, name.mid(2));
    }
    text.replace(QLatin1String("@VALUES@"), valueKinds);
    text.replace(QLatin1String("@OPTIONS@"), optionLists);
    text.replace(QLatin1String("@SUBCOMMANDS@"), subcommandLists);
    text.replace(QLatin1String("@ARGUMENTS@"), argumentKinds);
    text.replace(QLatin1String("@SWITCHES@"), switchCases);
    text.replace(QLatin1String("@WORDS@"), words.join(QLatin1Char(' ')));
    text.replace(QLatin1String("@TOPICS@"), helpTopics.join(QLatin1Char(' ')));
    return text;
}

} // namespace antler::cli
