#include "playbook/AnsibleConfig.h"

#include "playbook/YamlValue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace antler::playbook {

namespace {

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

QString AnsibleConfig::find(const QProcessEnvironment &environment, const QString &workingDirectory)
{
    const QString fromEnvironment = expandHome(environment.value(QStringLiteral("ANSIBLE_CONFIG")));
    QStringList candidates;
    if (!fromEnvironment.isEmpty()) {
        const QFileInfo info(QDir(workingDirectory).absoluteFilePath(fromEnvironment));
        candidates.append(info.isDir() ? info.absoluteFilePath() + QStringLiteral("/ansible.cfg")
                                       : info.absoluteFilePath());
    }
    candidates.append(QDir(workingDirectory).absoluteFilePath(QStringLiteral("ansible.cfg")));
    candidates.append(QDir::homePath() + QStringLiteral("/.ansible.cfg"));
    candidates.append(QStringLiteral("/etc/ansible/ansible.cfg"));
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
    }
    return {};
}

bool AnsibleConfig::read(const QString &file, QString *error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1 (%2); fix its permissions or point ANSIBLE_CONFIG elsewhere.")
                     .arg(file, input.errorString());
        return false;
    }
    path = file;
    const QDir base = QFileInfo(file).absoluteDir();
    const auto resolve
        = [&base](const QString &value) { return QDir::cleanPath(base.absoluteFilePath(expandHome(value.trimmed()))); };
    QString section;
    int lineNumber = 0;
    for (const QByteArray &raw : input.readAll().split('\n')) {
        ++lineNumber;
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        // Ansible reads ini files with ";" inline comments.
        if (const qsizetype comment = line.indexOf(QLatin1String(" ;")); comment >= 0)
            line = line.left(comment).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        const qsizetype colon = line.indexOf(u':');
        const qsizetype split = equals < 0 ? colon : colon < 0 ? equals : std::min(equals, colon);
        if (split <= 0)
            continue;
        const QString key = line.left(split).trimmed();
        const QString value = line.mid(split + 1).trimmed();
        const QString where = QStringLiteral("%1:%2").arg(file).arg(lineNumber);
        if (section == QLatin1String("defaults")) {
            if (key == QLatin1String("roles_path")) {
                rolesPath.clear();
                for (const QString &folder : value.split(u':', Qt::SkipEmptyParts))
                    rolesPath.append(resolve(folder));
            } else if (key == QLatin1String("inventory")) {
                const QString first = value.split(u',', Qt::SkipEmptyParts).value(0);
                inventory = first.isEmpty() ? QString() : resolve(first);
            } else if (key == QLatin1String("remote_user")) {
                remoteUser = value;
            } else if (key == QLatin1String("forks")) {
                bool ok = false;
                forks = value.toInt(&ok);
                if (!ok || forks < 1) {
                    *error = tr("%1: forks “%2” is not a whole number of at least 1; write for example forks = 5.")
                                 .arg(where, value);
                    return false;
                }
            }
        } else if (section == QLatin1String("privilege_escalation")) {
            if (key == QLatin1String("become")) {
                bool on = false;
                if (!YamlValue::parseBool(value, &on)) {
                    *error = tr("%1: become “%2” is not a boolean; write True or False.").arg(where, value);
                    return false;
                }
                become = on;
            } else if (key == QLatin1String("become_user")) {
                becomeUser = value;
            }
        }
    }
    return true;
}

} // namespace antler::playbook
