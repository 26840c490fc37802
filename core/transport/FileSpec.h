#pragma once

#include <QByteArray>
#include <QString>

namespace antler::transport {

// A file operation on a host: Transport::putFile(), getFile(), stat().
struct FileSpec
{
    QString remotePath;

    // putFile: the bytes to write, or a local file to stream (localPath wins).
    // getFile: when localPath is set the file is saved there (atomically),
    // otherwise its bytes are returned in FileResult::data.
    QByteArray content;
    QString localPath;

    // putFile: permission bits (e.g. 0644); -1 keeps an existing file's
    // bits, and a new file gets 0666 minus the umask, as for any new file.
    int mode = -1;
    // putFile: chown to owner and/or group when set (usually needs become).
    QString owner;
    QString group;

    bool become = false;
    QString becomeUser; // empty: ConnectionSettings::becomeUser
    int timeoutMs = 0;
};

} // namespace antler::transport
