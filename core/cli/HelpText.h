#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace antler::cli {

// The text of `antler help`, written from the commands' declarations
// (CommandCatalog::specs()): each mode's synopsis, options and notes, the
// exit codes and where the configuration is read from. ManPage writes the
// same parts as roff.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::HelpText)

public:
    static constexpr int LineWidth = 80;

    explicit HelpText(QList<CommandSpec> specs);

    // The modes that have a part of their own (window, run-playbook, ...).
    QStringList topics() const;
    // The whole help for an empty topic, one part for a topic, an empty
    // string for an unknown one.
    QString render(const QString &topic = {}) const;

    // What antler is, and which modes run without a display.
    QString introduction() const;
    // What this build can do, from the registries: modules and runtimes.
    QString capabilities() const;
    // A command's summary with what help adds to it (the topics of help).
    QString summary(const CommandSpec &spec) const;
    // An option's description followed by its other names.
    static QString optionDescription(const CommandSpec::Option &option);
    static QList<std::pair<QString, QString>> exitCodes();
    static QString configuration();

    // Greedy word wrap: the first line starts at firstColumn, the others at
    // indent; no line longer than LineWidth unless one word is.
    static QString wrap(const QString &text, int firstColumn, int indent);
    static QString wrapWords(const QStringList &words, int firstColumn, int indent);

private:
    QString section(const CommandSpec &spec) const;
    QString usage() const;
    QString other() const;

    QList<CommandSpec> m_specs;
};

} // namespace antler::cli
