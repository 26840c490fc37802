#pragma once

#include "cli/CommandSpec.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <utility>

namespace antler::cli {

// Manual pages in roff (man(7)), written at build time from the same
// declarations the parsers are built from, so a page cannot promise an
// option the program refuses: antler(1) from the command catalog with one
// part per command, and a page for a program whose options are a list of
// QCommandLineOption (moosefacts(1)).
class ManPage
{
public:
    struct Header
    {
        QString program; // "antler"
        QString version; // "0.1.0"
        QString date; // "2026-12-07"
        QString purpose; // for NAME: "program \- purpose"
    };

    static QString antler(const Header &header, const QList<CommandSpec> &specs);
    // description: paragraphs separated by blank lines; sections: extra
    // (title, paragraphs) after OPTIONS.
    static QString program(const Header &header, const QString &description, const QList<QCommandLineOption> &options,
                           const QList<std::pair<QString, QString>> &sections, const QStringList &seeAlso);

    // Text for roff: backslashes, dashes, leading dots and anything outside
    // ASCII escaped.
    static QString escape(const QString &text);
};

} // namespace antler::cli
