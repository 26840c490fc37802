#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::inventory {

// One machine of an inventory under the name plays and patterns use. vars()
// are the variables the inventory file gives the host itself;
// Inventory::hostVars() merges them with its groups' and the vars folders'.
class Host
{
public:
    Host() = default;
    explicit Host(const QString &name);

    QString name() const { return m_name; }

    // The host's own variables, typed as Ansible types them: numbers and
    // booleans as such from INI inline vars and YAML, strings otherwise.
    const QVariantMap &vars() const { return m_vars; }
    void setVar(const QString &key, const QVariant &value);
    // Overrides vars() key by key.
    void mergeVars(const QVariantMap &vars);

    // The groups the host is listed in directly, in the order it was added
    // to them; "all" and the ancestors are not repeated here.
    const QStringList &groups() const { return m_groups; }
    void addGroup(const QString &group);
    void removeGroup(const QString &group);

private:
    QString m_name;
    QVariantMap m_vars;
    QStringList m_groups;
};

} // namespace antler::inventory
