#include "inventory/Group.h"

namespace antler::inventory {

Group::Group(const QString &name)
    : m_name(name)
{
}

void Group::setVar(const QString &key, const QVariant &value)
{
    m_vars.insert(key, value);
}

void Group::mergeVars(const QVariantMap &vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        m_vars.insert(it.key(), it.value());
}

void Group::addHost(const QString &host)
{
    if (!m_hosts.contains(host))
        m_hosts.append(host);
}

void Group::removeHost(const QString &host)
{
    m_hosts.removeAll(host);
}

void Group::addChild(const QString &group)
{
    if (!m_children.contains(group))
        m_children.append(group);
}

void Group::removeChild(const QString &group)
{
    m_children.removeAll(group);
}

void Group::addParent(const QString &group)
{
    if (!m_parents.contains(group))
        m_parents.append(group);
}

void Group::removeParent(const QString &group)
{
    m_parents.removeAll(group);
}

} // namespace antler::inventory
