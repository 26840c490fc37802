#pragma once

#include "transport/CommandResult.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace antler::transport {

// How a file operation ended.
struct FileResult
{
    bool ok = false;
    // Why it failed, as for a command (Finished with ok == false means the
    // remote side refused: missing file, permission denied, …).
    CommandResult::Status status = CommandResult::Status::Failed;
    QString error; // one sentence: what, which host and path, what to do

    QByteArray data; // getFile without a localPath

    // stat (and putFile/getFile leave exists set on success).
    bool exists = false;
    bool isDir = false;
    bool isSymlink = false;
    qint64 size = 0;
    int mode = 0; // permission bits, e.g. 0644
    QString owner;
    QString group;
};

} // namespace antler::transport

Q_DECLARE_METATYPE(antler::transport::FileResult)
