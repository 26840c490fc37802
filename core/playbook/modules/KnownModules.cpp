#include "playbook/modules/KnownModules.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace antler::playbook {

QString KnownModules::implementedAs(const QString &name)
{
    // The one table of the names Ansible's collections publish a module
    // under that Antler implements by its short name.
    static const QHash<QString, QString> table = {
        {QStringLiteral("ansible.posix.sysctl"), QStringLiteral("sysctl")},
        {QStringLiteral("ansible.posix.mount"), QStringLiteral("mount")},
        {QStringLiteral("community.general.timezone"), QStringLiteral("timezone")},
        {QStringLiteral("community.general.ini_file"), QStringLiteral("ini_file")},
        {QStringLiteral("systemd_service"), QStringLiteral("systemd")},
        {QStringLiteral("ansible.builtin.systemd_service"), QStringLiteral("systemd")},
        {QStringLiteral("ansible.legacy.systemd_service"), QStringLiteral("systemd")},
    };
    return table.value(name);
}

namespace {

const QStringList &allNames()
{
    static const QStringList names = [] {
        QStringList result;
        QFile file(QStringLiteral(":/playbook/ansible-modules.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
                    result.append(QString::fromUtf8(trimmed));
            }
        }
        result.sort();
        return result;
    }();
    return names;
}

} // namespace

bool KnownModules::isAnsibleModule(const QString &name)
{
    static const QSet<QString> names(allNames().cbegin(), allNames().cend());
    return names.contains(name);
}

QStringList KnownModules::names()
{
    return allNames();
}

} // namespace antler::playbook
