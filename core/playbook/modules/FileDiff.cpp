#include "playbook/modules/FileDiff.h"

namespace antler::playbook {

QVariantMap FileDiff::text(const QString &header, const QByteArray &before, const QByteArray &after)
{
    return text(header, before, header, after);
}

QVariantMap FileDiff::text(const QString &beforeHeader, const QByteArray &before, const QString &afterHeader,
                           const QByteArray &after)
{
    QVariantMap diff {{QStringLiteral("before_header"), beforeHeader}, {QStringLiteral("after_header"), afterHeader}};
    if (isBinary(before) || isBinary(after)) {
        diff.insert(QStringLiteral("dst_binary"), 1);
        return diff;
    }
    if (before.size() > maxSize || after.size() > maxSize) {
        diff.insert(QStringLiteral("dst_larger"), maxSize);
        return diff;
    }
    diff.insert(QStringLiteral("before"), QString::fromUtf8(before));
    diff.insert(QStringLiteral("after"), QString::fromUtf8(after));
    return diff;
}

QVariantMap FileDiff::attributes(const QVariantMap &before, const QVariantMap &after)
{
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

bool FileDiff::isBinary(const QByteArray &bytes)
{
    return bytes.contains('\0');
}

} // namespace antler::playbook
