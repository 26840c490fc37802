#pragma once

#include "inventory/ConnectionInfo.h"
#include "inventory/Inventory.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

namespace antler::transport {
class Transport;
}

namespace antler::playbook {

// The connections of a run, one per host, made on first use and kept until
// the run ends; and which of them a task uses when it is delegated.
class HostTransports
{
public:
    // Makes the transport for a host; HostTransports owns (and closes) it.
    using Factory = std::function<transport::Transport *(const QString &host, const inventory::ConnectionInfo &info)>;

    // owner becomes the parent of every transport made.
    HostTransports(const inventory::Inventory *inventory, QObject *owner);
    void setFactory(Factory factory) { m_factory = std::move(factory); }

    // The transport a task on host uses: none for a controller-only module
    // (needsHost false); the delegate's when delegatedTo names another host,
    // this machine for localhost unless the inventory connects to it
    // otherwise; else the host's own. Null when no transport can be made.
    transport::Transport *forTask(const QString &host, const QString &delegatedTo, bool needsHost);
    void closeAll();
    // Closes and deletes every transport (the run is being destroyed).
    void deleteAll();

private:
    transport::Transport *forHost(const QString &host);
    transport::Transport *local();

    const inventory::Inventory *m_inventory;
    QObject *m_owner;
    Factory m_factory;
    QHash<QString, QPointer<transport::Transport>> m_transports;
    QPointer<transport::Transport> m_local;
};

} // namespace antler::playbook
