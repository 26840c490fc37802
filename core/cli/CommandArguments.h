#pragma once

#include "cli/CommandSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace antler::cli {

// The arguments of one command, parsed by a QCommandLineParser built from
// its CommandSpec and nothing else: an option that is not declared is
// refused, so what help shows is exactly what is accepted. Options may come
// before, between or after the positional arguments, as in ansible-playbook.
class CommandArguments
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::CommandArguments)

public:
    explicit CommandArguments(const CommandSpec &spec);
    ~CommandArguments();

    // False with *error set to one sentence (unknown option, missing value,
    // a value for a flag). arguments are those after the command word; for a
    // Switch command they include the switch (--run-playbook FILE), whose
    // value becomes the first positional argument.
    bool parse(const QStringList &arguments, QString *error);

    // Any name of the option, without dashes.
    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    // How often any name of the option was given (-vv --verbose: 3).
    int count(const QString &name) const;
    QStringList positional() const;

    // QCommandLineParser's own listing of the options it was given (hidden
    // ones left out): for the test that holds parser and declaration together.
    QString parserHelpText() const;
    // The help option every command takes (-h, --help), declared here once.
    static CommandSpec::Option helpOption();

private:
    QString diagnose(const QStringList &arguments) const;

    CommandSpec m_spec;
    std::unique_ptr<QCommandLineParser> m_parser;
};

} // namespace antler::cli
