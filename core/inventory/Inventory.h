#pragma once

#include "inventory/ConnectionInfo.h"
#include "inventory/Group.h"
#include "inventory/Host.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::inventory {

// The hosts a playbook runs against and their variables, read the way
// ansible-playbook -i reads them: an INI or YAML inventory file (the format is
// detected as Ansible does: YAML when the file is a YAML mapping of groups,
// else INI), the host_vars/ and group_vars/ folders beside it, or a comma
// list such as "pi1,pi2,". Every host is in "all"; a host in no other group is
// also in "ungrouped". Loading reports the first problem as one sentence
// starting with FILE:LINE[:COLUMN].
//
//   Inventory inventory;
//   QString error;
//   if (!inventory.load(QStringLiteral("hosts.ini"), &error)) { … }
//   for (const QString &host : inventory.match(QStringLiteral("web:&staging"), &warning))
//       ConnectionInfo info = inventory.connection(host);
class Inventory
{
    Q_DECLARE_TR_FUNCTIONS(antler::inventory::Inventory)

public:
    Inventory();

    // What -i accepts: a comma list (contains a comma and is not an existing
    // path), a folder (every inventory file in it, in name order, plus its
    // host_vars/ and group_vars/), or a file. On failure the object is left
    // as it was.
    bool load(const QString &source, QString *error);
    // One inventory file and the host_vars/ and group_vars/ beside it.
    bool loadFile(const QString &path, QString *error);
    // Inventory text without vars folders; sourceName is used in errors.
    bool loadData(const QByteArray &data, const QString &sourceName, QString *error);
    // "pi1,pi2," or "pi1" followed by a comma: ungrouped hosts.
    static bool isHostList(const QString &source);
    static Inventory fromHostList(const QString &list);

    QString sourcePath() const { return m_sourcePath; }

    // Hosts in definition order.
    QStringList hostNames() const { return m_hostOrder; }
    bool hasHost(const QString &name) const { return m_hosts.contains(name); }
    // A default-constructed Host for an unknown name.
    Host host(const QString &name) const { return m_hosts.value(name); }

    // Groups in definition order, starting with "all" and "ungrouped".
    QStringList groupNames() const { return m_groupOrder; }
    bool hasGroup(const QString &name) const { return m_groups.contains(name); }
    Group group(const QString &name) const { return m_groups.value(name); }
    // Every host of the group and its descendants, in definition order.
    QStringList hostsOf(const QString &group) const;
    // The group and all its ancestors, nearest first ("all" last).
    QStringList groupsOf(const QString &host) const;

    // The variables a play sees for the host, merged with Ansible's precedence
    // for inventory sources, lowest first: "all" from the inventory file,
    // group_vars/all, the other groups from the file (parents before children,
    // then by ansible_group_priority, then by name), their group_vars/ files
    // in the same order, the host's inline vars, host_vars/NAME. An unknown
    // host gets an empty map, except the implicit localhost (see connection()).
    QVariantMap hostVars(const QString &hostName) const;
    // The variables of group_vars/NAME and host_vars/NAME alone.
    QVariantMap groupFileVars(const QString &group) const { return m_groupFileVars.value(group); }
    QVariantMap hostFileVars(const QString &host) const { return m_hostFileVars.value(host); }

    // How to reach the host. "localhost", "127.0.0.1" and "::1" that are not in
    // the inventory are the implicit localhost with ansible_connection=local,
    // as in Ansible. *error (optional) names a variable with an unusable value
    // (a port that is not a number, an unsupported connection type); the
    // returned info then keeps the default for it.
    ConnectionInfo connection(const QString &hostName, QString *error = nullptr) const;
    // What a host without ansible_user / ansible_become / ansible_become_user
    // gets (ansible.cfg's remote_user, become, become_user).
    void setConnectionDefaults(const QString &user, bool become, const QString &becomeUser)
    {
        m_defaultUser = user;
        m_defaultBecome = become;
        m_defaultBecomeUser = becomeUser;
    }

    // The hosts an Ansible host pattern selects, in inventory order: "all" or
    // "*", group and host names, globs ("pi*"), "~regex", unions "a:b" and
    // "a,b", intersections "a:&b", exclusions "a:!b" (intersections and
    // exclusions apply after all unions, as Ansible does). A name that matches
    // nothing is ignored with a warning in *warning; the implicit localhost
    // matches "localhost" when the inventory has no such host.
    QStringList match(const QString &pattern, QString *warning = nullptr) const;

    // Used by the parsers; they keep names unique and membership symmetric.
    void addHost(const QString &name);
    void addGroup(const QString &name);
    void addHostToGroup(const QString &host, const QString &group);
    // False when the child is the parent or one of its ancestors.
    bool addChildGroup(const QString &parent, const QString &child);
    void setHostVar(const QString &host, const QString &key, const QVariant &value);
    void setGroupVar(const QString &group, const QString &key, const QVariant &value);
    void setGroupFileVars(const QString &group, const QVariantMap &vars);
    void setHostFileVars(const QString &host, const QVariantMap &vars);
    // Keeps "ungrouped" to the hosts that are in no other group.
    void reconcile();

private:
    bool loadVarsFolders(const QString &directory, QString *error);
    int depthOf(const QString &group) const;
    QStringList sortedGroupsOf(const QString &host) const;

    QString m_sourcePath;
    QString m_defaultUser;
    bool m_defaultBecome = false;
    QString m_defaultBecomeUser;
    QHash<QString, Host> m_hosts;
    QStringList m_hostOrder;
    QHash<QString, Group> m_groups;
    QStringList m_groupOrder;
    // Variables from group_vars/ and host_vars/ files, kept apart from the
    // inventory file's because Ansible ranks them separately.
    QHash<QString, QVariantMap> m_groupFileVars;
    QHash<QString, QVariantMap> m_hostFileVars;
};

} // namespace antler::inventory
