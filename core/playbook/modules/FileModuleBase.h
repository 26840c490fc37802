#pragma once

#include "playbook/modules/ContentEdit.h"
#include "playbook/modules/FileMode.h"
#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"
#include "playbook/modules/RemoteFileScript.h"

#include <functional>
#include <optional>

namespace antler::playbook {

// What the file modules share: a probe and a change, each one command on
// the host (see RemoteFileScript); mode/owner/group resolved and compared on
// the controller; local sources looked up in the task's search paths.
class FileModuleBase : public Module
{
    Q_OBJECT

public:
    using Module::Module;

    // mode, owner, group and the attributes Antler accepts but does not
    // apply (SELinux contexts, chattr flags, unsafe_writes).
    static QList<ModuleArgument> commonFileArguments();
    // path (also dest, destfile, name), required: the file a content editor
    // (lineinfile, blockinfile, replace) edits.
    static ModuleArgument editedPathArgument();
    // state: present (the default) or absent.
    static ModuleArgument presentOrAbsentArgument();

    // An argument as Ansible's bool: yes/no/true/false/on/off/1/0, or fallback when unset.
    static bool flag(const QVariantMap &arguments, const char *name, bool fallback = false);
    // An argument as text; empty when unset or null.
    static QString text(const QVariantMap &arguments, const char *name);

    // Forgets the users and groups writes learnt the shells of this host
    // run as (see shellOwner): after a task that may have renamed them.
    static void forgetShellOwners(transport::Transport *transport);

protected:
    using ProbeDone = std::function<void(const RemoteProbe &)>;

    // Runs a probe; a failure finishes the module.
    void probe(const RemoteFileScript::Probe &probe, ProbeDone done);
    // Runs a change script (stdin from data or a local file); a non-zero exit
    // finishes the module with "what" and the first stderr line.
    // inShell: a script that changes nothing but in subshells of its own
    // (RemoteFileScript::probeThenIfAbsent) runs in the shared shell itself,
    // as a probe does: no fork when it only looks.
    void change(const QByteArray &script, const QString &what, ProbeDone done, const QByteArray &stdinData = {},
                const QString &stdinFile = {}, bool inShell = false);

    // The mode the file should end up with: null/empty mode → -1 (keep);
    // octal → that; symbolic → applied to the current bits (or to what a new
    // file or directory gets under the remote umask).
    // The user and group (uid, gid, owner, group of a FileStat) the shell
    // that runs this module's commands has on this host, as an earlier
    // write learnt it (a file it wrote that was its own: @I); none before.
    // A write then needs no stat of what it wrote (Write::trustOwnership).
    std::optional<FileStat> shellOwner() const;
    // Learns it from a file a write made and probed, when it was the shell's own.
    void rememberShellOwner(const RemoteFileState &written) const;

    bool resolveMode(const QVariant &modeArgument, const FileStat &current, bool isDirectory, int umask, int *mode,
                     QString *error) const;
    // True when owner/group/mode (as resolved) differ from the file's.
    static bool attributesDiffer(const FileStat &current, int mode, const QString &owner, const QString &group);
    static bool ownerMatches(const FileStat &current, const QString &owner);
    static bool groupMatches(const FileStat &current, const QString &group);

    // A local file (src of copy, template, script, unarchive): absolute, or
    // found in the search paths (each path, then its files/ or templates/
    // subfolder named by kind). Empty when not found.
    QString findLocal(const QString &path, const QString &kind) const;
    // "could not find or access 'x'; searched: …" — Ansible's sentence plus where.
    QString notFoundMessage(const QString &path, const QString &kind) const;

    // What a content editor (lineinfile, blockinfile, replace) decided.
    struct Edit
    {
        bool finished = false; // finish now with data (no write): absent file and the like
        bool failed = false;
        QString message;
        QByteArray content; // the new content
        bool changed = false;
        QVariantMap data; // extra result keys (found, rc…)
        QString diffHeader; // e.g. "path (content)"
        // Key for the backup path: "backup" (lineinfile, always present) or
        // "backup_file" (blockinfile, replace: only when made).
        QString backupKey = QStringLiteral("backup_file");
        bool createParents = false;

        // Failed with Ansible's message and, when rc >= 0, its rc.
        Edit &fail(const QString &failure, int rc = -1);
        // Takes what a content editor decided: failed with its error, or its
        // change, message and content. False when it failed.
        bool take(const ContentEdit &outcome);
    };
    using Editor = std::function<Edit(const RemoteFileState &state, const QByteArray &content)>;
    // Probe path with its content, let editor decide, then write (with
    // backup, validate, mode/owner/group) in one command, or only change the
    // attributes. Ansible's "ownership, perms or SE linux context changed".
    void editFile(const QVariantMap &arguments, const QString &path, Editor editor);

    // Finishes with changed/ok and data; adds "diff" only under --diff.
    void finishWith(bool changed, QVariantMap data, const QVariant &diff = {});
};

} // namespace antler::playbook
