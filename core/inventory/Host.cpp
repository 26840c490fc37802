#include "inventory/Host.h"

namespace antler::inventory {

Host::Host(const QString &name)
    : m_name(name)
{
}

void Host::setVar(const QString &key, const QVariant &value)
{
    m_vars.insert(key, value);
}

void Host::mergeVars(const QVariantMap &vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        m_vars.insert(it.key(), it.value());
}

void Host::addGroup(const QString &group)
{
    if (!m_groups.contains(group))
        m_groups.append(group);
}

void Host::removeGroup(const QString &group)
{
    m_groups.removeAll(group);
}

} // namespace antler::inventory
