#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace antler::playbook {

// The ansible.cfg ansible-playbook would read, and the settings of it the
// engine follows: [defaults] roles_path, inventory, remote_user, forks and
// [privilege_escalation] become, become_user. Like Ansible, the first file
// found wins: $ANSIBLE_CONFIG (a file, or a folder holding ansible.cfg),
// ./ansible.cfg, ~/.ansible.cfg, /etc/ansible/ansible.cfg. Relative paths in
// it are relative to the file's folder; ~ is the user's home.
class AnsibleConfig
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::AnsibleConfig)

public:
    // The file to read, or empty when there is none.
    static QString find(const QProcessEnvironment &environment, const QString &workingDirectory);
    // Reads path; false with *error (one sentence with file:line) when a
    // setting the engine follows has a value it cannot use.
    bool read(const QString &path, QString *error);

    QString path;
    QStringList rolesPath;
    QString inventory;
    QString remoteUser;
    int forks = 0; // 0: not set
    std::optional<bool> become;
    QString becomeUser;
};

} // namespace antler::playbook
