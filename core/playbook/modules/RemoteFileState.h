#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// What one `stat` of a path on the host said (lstat, or stat -L for a link's target).
struct FileStat
{
    enum class Type { Absent, File, Directory, Link, Other };

    Type type = Type::Absent;
    int rawMode = 0; // st_mode with the type bits
    int mode = 0; // permission bits only
    qint64 uid = -1;
    qint64 gid = -1;
    QString owner; // "UNKNOWN" when the uid has no name
    QString group;
    qint64 size = 0;
    double mtime = 0;
    double atime = 0;
    double ctime = 0;
    qint64 inode = 0;
    qint64 nlink = 0;
    qint64 dev = 0;

    bool exists() const { return type != Type::Absent; }
    // Ansible's names: file, directory, link, absent (and "file" for other kinds).
    QString stateName() const;
};

// A path on the host as one probe saw it.
struct RemoteFileState
{
    QString path;
    FileStat stat; // not following a symlink
    FileStat target; // the link's target (stat -L); Absent when not a link or dangling
    QString linkTarget; // readlink
    bool parentIsDirectory = false;
    QByteArray checksum; // hex digest when asked for and a readable regular file (following links)
    bool unreadable = false; // stat failed: permission denied on a parent
    // A write saw the file it wrote owned by the shell's user and group
    // ([ -O ] and [ -G ]); with notStated, it made no stat of it: stat holds
    // only the type (a regular file), the caller fills in what it knows.
    bool ownedByShell = false;
    bool notStated = false;

    bool exists() const { return stat.exists(); }
    const FileStat &effective(bool follow) const { return follow && stat.type == FileStat::Type::Link ? target : stat; }
    // path, state, mode "0644", uid, gid, owner, group, size — Ansible's file result keys.
    QVariantMap attributes(bool follow = false) const;
};

// The answer of one probe (or of a write, which ends with a probe).
struct RemoteProbe
{
    int umask = 022;
    QList<RemoteFileState> files;
    bool hasContent = false;
    QByteArray content; // of the path asked for, when it is a regular file
    QString backupFile; // a write with backup made one
    QStringList notes; // "@N" lines a write script printed (what it did)
    // RemoteFileScript::probeThenIfAbsent changed: files from this index
    // on are the write's, the ones before the probe's; -1: it did not write.
    int writtenFrom = -1;
};

} // namespace antler::playbook
