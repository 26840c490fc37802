#include "playbook/HostTransports.h"

#include "transport/LocalTransport.h"
#include "transport/Transport.h"

namespace antler::playbook {

namespace {

bool isLocalhost(const QString &name)
{
    return name == QLatin1String("localhost") || name == QLatin1String("127.0.0.1") || name == QLatin1String("::1");
}

} // namespace

HostTransports::HostTransports(const inventory::Inventory *inventory, QObject *owner)
    : m_inventory(inventory)
    , m_owner(owner)
{
}

transport::Transport *HostTransports::forTask(const QString &host, const QString &delegatedTo, bool needsHost)
{
    if (!needsHost)
        return nullptr;
    if (delegatedTo.isEmpty() || delegatedTo == host)
        return forHost(host);
    if (isLocalhost(delegatedTo)
        && (!m_inventory->hasHost(delegatedTo)
            || m_inventory->connection(delegatedTo).kind == inventory::ConnectionInfo::Kind::Local))
        return local();
    return forHost(delegatedTo);
}

transport::Transport *HostTransports::forHost(const QString &host)
{
    if (const auto it = m_transports.constFind(host); it != m_transports.cend() && *it)
        return *it;
    if (!m_factory)
        return nullptr;
    transport::Transport *transport = m_factory(host, m_inventory->connection(host));
    if (!transport)
        return nullptr;
    transport->setParent(m_owner);
    transport->setHostName(host);
    m_transports.insert(host, transport);
    return transport;
}

transport::Transport *HostTransports::local()
{
    if (!m_local) {
        m_local = new transport::LocalTransport(transport::LocalTransport::localSettings(), m_owner);
        m_local->setHostName(QStringLiteral("localhost"));
    }
    return m_local;
}

void HostTransports::closeAll()
{
    for (const QPointer<transport::Transport> &transport : std::as_const(m_transports)) {
        if (transport)
            transport->close();
    }
    if (m_local)
        m_local->close();
}

void HostTransports::deleteAll()
{
    closeAll();
    for (const QPointer<transport::Transport> &transport : std::as_const(m_transports))
        delete transport;
    delete m_local;
    m_transports.clear();
}

} // namespace antler::playbook
