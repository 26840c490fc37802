#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace antler::transport {

// One command to run on a host. Exactly one of argv, script and rawCommand is
// used, in that order of preference:
//  - argv: a program and its arguments, quoted with shellJoin() (command module);
//  - script: shell text run by `sh -c` (shell module);
//  - rawCommand: sent to the login shell as it is (raw module).
struct CommandSpec
{
    QList<QByteArray> argv;
    QByteArray script;
    QByteArray rawCommand;

    // Written to the command's standard input, then closed. stdinFile (a local
    // path) is streamed instead when it is set, for large uploads.
    QByteArray stdinData;
    QString stdinFile;

    // Run through `sudo -u becomeUser`; the transport's becomePassword is fed
    // on the channel's standard input, never on a command line.
    bool become = false;
    QString becomeUser; // empty: ConnectionSettings::becomeUser

    // Exported before the command runs (after sudo, so sudo cannot drop them).
    // Names must be shell identifiers.
    QList<QPair<QByteArray, QByteArray>> environment;

    int timeoutMs = 0; // 0: no limit

    // false: output is only delivered line by line, not kept in the result
    // (for commands whose output is larger than memory should hold).
    bool captureOutput = true;

    // A few words for messages ("command", "upload of /etc/motd").
    QString description;
};

} // namespace antler::transport
