#include "playbook/modules/RemoteFileState.h"

#include "playbook/modules/FileMode.h"

namespace antler::playbook {

QString FileStat::stateName() const
{
    switch (type) {
    case Type::Absent:
        return QStringLiteral("absent");
    case Type::Directory:
        return QStringLiteral("directory");
    case Type::Link:
        return QStringLiteral("link");
    case Type::File:
        return nlink > 1 ? QStringLiteral("hard") : QStringLiteral("file");
    case Type::Other:
        return QStringLiteral("file");
    }
    return {};
}

QVariantMap RemoteFileState::attributes(bool follow) const
{
    const FileStat &s = effective(follow);
    QVariantMap map {{QStringLiteral("path"), path}};
    if (!s.exists()) {
        map.insert(QStringLiteral("state"), QStringLiteral("absent"));
        return map;
    }
    map.insert(QStringLiteral("state"), s.stateName());
    map.insert(QStringLiteral("mode"), FileMode::format(s.mode));
    map.insert(QStringLiteral("uid"), s.uid);
    map.insert(QStringLiteral("gid"), s.gid);
    map.insert(QStringLiteral("owner"), s.owner);
    map.insert(QStringLiteral("group"), s.group);
    map.insert(QStringLiteral("size"), s.size);
    return map;
}

} // namespace antler::playbook
