#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace antler::cli {

// What one mode of antler accepts, declared once: the parser of the command
// (CommandArguments), `antler help`, the man page and the bash completion are
// all made from it, so none of them can say what another does not accept.
struct CommandSpec
{
    // What a shell can offer for a value or a positional argument.
    enum class Completion {
        None,
        File,
        Directory,
        Playbook, // *.yml and *.yaml files
        Stage, // the stages of the active profile (antler __complete stages)
        Topic, // the topics of antler help
    };

    struct Option
    {
        // The first name is the one help shows; the others are listed as
        // "also". One letter is a short option (-C), more a long one (--check).
        QStringList names;
        // Empty for a flag.
        QString valueName;
        QString description;
        // Counted: a flag that may repeat and counts (-vvv), shown as "-v...".
        // Repeated: each value is kept (-e a=1 -e b=2), shown as "[-e ...]...".
        // Both may be given more than once; a plain option keeps its last value
        // unless the command joins them.
        enum class Repeat { Once, Counted, Repeated };
        Repeat repeat = Repeat::Once;
        bool hidden = false;
        Completion completion = Completion::None;

        QString displayName() const; // "--check", "-i"
        QStringList aliases() const; // "-C" for --check
        QString term() const; // "-i INVENTORY", "-v..."
        QString synopsis() const; // "[-i INVENTORY]", "[-e K=V|@file]..."
        static QString dashed(const QString &name); // "C" -> "-C", "check" -> "--check"

        // The options several commands share, declared once.
        static Option config(); // --config FILE: the profile
        static Option json(); // --json
    };

    struct Argument
    {
        QString name; // "FILE", "STAGE"
        QString description;
        Completion completion = Completion::None;
        bool optional = false;
    };

    // A word after the command, with its own arguments, that takes some of
    // the command's options (antler pipeline deploy STAGE [--digest D]).
    struct Subcommand
    {
        QString name;
        QList<Argument> arguments;
        // Long names of the command's options this subcommand takes besides
        // the common ones.
        QStringList options;
        QString description;

        QString term() const; // "promote FROM TO"
    };

    enum class Invocation {
        Window, // antler [OPTIONS]
        Word, // antler NAME [OPTIONS]
        Switch, // antler --NAME ARGUMENT [OPTIONS], options before or after
    };

    QString name;
    Invocation invocation = Invocation::Word;
    bool hidden = false;
    // The heading of the command's part of the help ("Running playbooks").
    QString title;
    QString summary;
    QList<Option> options;
    QList<Argument> arguments;
    QList<Subcommand> subcommands;
    // Long names of the options every subcommand takes.
    QStringList commonOptions;
    // Paragraphs after the options: output, exit codes, limits.
    QStringList notes;

    // "antler --run-playbook", "antler pipeline", "antler".
    QString invocationText() const;
    const Option *option(const QString &name) const;
    const Subcommand *subcommand(const QString &name) const;
    // The options help and the man page show, in declaration order.
    QList<Option> visibleOptions() const;
    // Full synopsis words of the command or of one subcommand:
    // {"antler", "--run-playbook", "FILE", "[-i INVENTORY]", ...}.
    QStringList synopsisWords() const;
    QStringList synopsisWords(const Subcommand &subcommand) const;
    // One line for the usage overview: "antler --run-playbook FILE [OPTIONS]".
    QString shortUsage() const;
};

} // namespace antler::cli
