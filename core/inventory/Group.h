#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::inventory {

// A named set of hosts and child groups with variables its hosts inherit.
// Hosts and children are listed in definition order, each once.
class Group
{
public:
    Group() = default;
    explicit Group(const QString &name);

    QString name() const { return m_name; }

    const QVariantMap &vars() const { return m_vars; }
    void setVar(const QString &key, const QVariant &value);
    void mergeVars(const QVariantMap &vars);

    // Direct members only; Inventory::hostsOf() resolves the children too.
    const QStringList &hosts() const { return m_hosts; }
    void addHost(const QString &host);
    void removeHost(const QString &host);

    const QStringList &children() const { return m_children; }
    void addChild(const QString &group);
    void removeChild(const QString &group);

    const QStringList &parents() const { return m_parents; }
    void addParent(const QString &group);
    void removeParent(const QString &group);

private:
    QString m_name;
    QVariantMap m_vars;
    QStringList m_hosts;
    QStringList m_children;
    QStringList m_parents;
};

} // namespace antler::inventory
