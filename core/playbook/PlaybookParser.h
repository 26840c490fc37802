#pragma once

#include "playbook/Playbook.h"
#include "playbook/PlaybookError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// Reads a playbook with yaml-cpp, keeping the position of every node, and
// validates all of it before anything runs: every unknown keyword or module,
// every unsupported feature and every value of the wrong type becomes one
// PlaybookError, and parsing goes on to report the rest, so a user fixes
// them all in one pass and no host is touched by a half-valid playbook.
class PlaybookParser
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    // True and *playbook filled when the file is valid; otherwise false and
    // every problem appended to *errors, in the order they appear.
    static bool parseFile(const QString &path, Playbook *playbook, QList<PlaybookError> *errors);
    // sourceName is the name errors give for the data, usually its path.
    static bool parseData(const QByteArray &data, const QString &sourceName, Playbook *playbook,
                          QList<PlaybookError> *errors);

    // The modules this version runs, by their short names.
    static QStringList supportedModules();
    // The short name of a module key: "ansible.builtin.shell" → "shell".
    static QString shortModuleName(const QString &key);
};

} // namespace antler::playbook
