#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// The "diff" a file module returns under --diff, shaped like Ansible's so the
// printer turns it into a unified diff: {before, after, before_header,
// after_header}. Files larger than Ansible's limit or binary ones are not
// shown, only named.
class FileDiff
{
public:
    // Ansible's max_file_size_for_diff default.
    static constexpr qint64 maxSize = 104448;

    // A before/after text pair under one header (the path).
    static QVariantMap text(const QString &header, const QByteArray &before, const QByteArray &after);
    // Same with distinct headers (copy: the source and the destination).
    static QVariantMap text(const QString &beforeHeader, const QByteArray &before, const QString &afterHeader,
                            const QByteArray &after);
    // The file module's kind: attribute maps ({path, state, mode, …}).
    static QVariantMap attributes(const QVariantMap &before, const QVariantMap &after);
    // True when the bytes look binary (a NUL byte) and are not shown.
    static bool isBinary(const QByteArray &bytes);
};

} // namespace antler::playbook
