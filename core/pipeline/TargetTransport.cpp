#include "pipeline/TargetTransport.h"

#include "inventory/Inventory.h"
#include "pipeline/ConfigName.h"
#include "transport/HostTransportFactory.h"
#include "transport/LocalTransport.h"

#include <QMutex>
#include <QMutexLocker>

namespace antler::pipeline {

namespace {
QMutex knownHostsMutex;
QString knownHostsPath; // guarded by knownHostsMutex
} // namespace

void TargetTransport::setKnownHostsFile(const QString &file)
{
    const QMutexLocker locker(&knownHostsMutex);
    knownHostsPath = file;
}

QString TargetTransport::knownHostsFile()
{
    const QMutexLocker locker(&knownHostsMutex);
    return knownHostsPath;
}

transport::Transport *TargetTransport::create(const PipelineConfig &config, QString *error)
{
    if (config.isLocalTarget())
        return new transport::LocalTransport();
    if (config.inventory().isEmpty()) {
        *error = tr("The target %1 needs an inventory to be reached; set inventory: in %2.")
                     .arg(config.target(), ConfigName::of(config));
        return nullptr;
    }
    inventory::Inventory inventory;
    if (!inventory.load(config.inventory(), error))
        return nullptr;
    // A target that is not in the inventory is reached by its own name.
    transport::HostConnectionOptions options;
    options.knownHostsFile = knownHostsFile();
    return transport::HostTransportFactory(options).create(inventory, config.target(), error);
}

} // namespace antler::pipeline
