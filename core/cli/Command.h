#pragma once

#include "cli/CommandSpec.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace antler::cli {

class CommandArguments;

// One headless command. Its CommandSpec declares the options and arguments
// it takes; parseArguments() builds the parser from that declaration alone.
// execute() writes results to out and problems to err and returns an
// ExitCode; it never touches a display.
class Command
{
public:
    virtual ~Command();

    const CommandSpec &spec() const { return m_spec; }
    QString name() const { return m_spec.name; }
    QString description() const { return m_spec.summary; }

    virtual int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;

protected:
    explicit Command(CommandSpec spec);

    // Parses arguments by spec(); false after writing "PREFIX: sentence" to err.
    bool parseArguments(const QStringList &arguments, CommandArguments *parsed, const QString &prefix,
                        QTextStream &err) const;

private:
    CommandSpec m_spec;
};

} // namespace antler::cli
