#pragma once

#include "playbook/modules/RemoteFileState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// The shell text the file modules send, so each of them needs at most two
// round trips: one probe (stat of the paths, the remote umask, optionally a
// checksum and the content of one file) and one change (write, chmod,
// chown, mkdir, link…) that ends with a probe of its own, so the result
// keys (mode, owner, size…) come back with the change. Needs POSIX sh and
// GNU coreutils on the host, nothing else.
class RemoteFileScript
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::RemoteFileScript)

public:
    struct Probe
    {
        QStringList paths;
        // sha1, md5, sha256…: a digest of each regular file (following links).
        QString checksumAlgorithm;
        // The bytes of this path (following links) are returned too.
        QString contentPath;
    };

    // A file written from the command's standard input, or from the shell
    // variable ANTLER_STDIN when the transport set it (a shared shell and
    // CommandSpec::stdinAsVariable: a built-in writes it, no `cat`).
    struct Write
    {
        QString path;
        int mode = -1; // -1: an existing file's bits, else 0666 & ~umask
        QString owner; // empty: an existing file's owner (when allowed)
        QString group;
        bool backup = false;
        bool createParents = false;
        // Ansible's validate: a command with %s for the new file; when it
        // fails nothing is replaced.
        QString validate;
        // Follow a symlink at path and replace its target instead of the link.
        bool followLink = false;
        // What the probe before already told, so the script can skip a
        // chmod: the remote umask, and the mode the file keeps when mode is
        // -1 (the replaced file's, links followed; 0666 & ~umask for a new
        // one). -1: not known, read on the host.
        int umask = -1;
        int keptMode = -1;
        // false: no probe of the file after the write (a stat less on the
        // host), for a caller that reports none of its attributes.
        bool probeAfter = true;
        // With probeAfter: a file that ends up a regular file owned by the
        // shell's user and group is not probed (no stat on the host): its
        // state comes back as "@O path" (ownedByShell and notStated), for a
        // caller that knows that user and group and the mode and size it
        // wrote. Otherwise the probe says whether it is owned so (@I).
        bool trustOwnership = false;
    };

    // chmod/chown of an existing path.
    struct Attributes
    {
        QString path;
        int mode = -1;
        QString owner;
        QString group;
        bool follow = true; // false: chown -h (a link itself)
        bool recurse = false;
    };

    static QByteArray probe(const Probe &probe);
    // Writes, then probes write.path (with a checksum when asked) unless
    // write.probeAfter is false.
    static QByteArray write(const Write &write, const QString &checksumAlgorithm = QString());
    // A probe of path (with a digest by checksumAlgorithm) and, when that
    // finds nothing there (and with needParent a folder above it), lines, in
    // one script (one round trip): for a caller whose change of an absent
    // path does not depend on what the probe tells of it. When lines ran
    // (in a subshell of their own: the script may run in the shared shell
    // itself, FileModuleBase::change's inShell, and forks only to change),
    // the parsed answer's files from RemoteProbe::writtenFrom on are theirs.
    static QByteArray probeThenIfAbsent(const QString &path, const QString &checksumAlgorithm, bool needParent,
                                        const QByteArray &lines);
    // What write() and withProbe() run, without the shell functions every
    // script starts with: for probeThenIfAbsent.
    static QByteArray writeLines(const Write &write, const QString &checksumAlgorithm = QString());
    static QByteArray probeLines(const Probe &probe);
    // The shell lines that change attributes; append to a script.
    static QByteArray attributes(const Attributes &attributes);
    // A script made of the given lines, ended by a probe.
    static QByteArray withProbe(const QByteArray &lines, const Probe &probe);

    // Parses what any of the scripts printed.
    static bool parse(const QByteArray &output, RemoteProbe *out, QString *error);
    // The state of path in a probe (an absent one when it was not probed).
    static RemoteFileState find(const RemoteProbe &probe, const QString &path);

    static QByteArray quote(const QString &text);
};

} // namespace antler::playbook
