#include "pipeline/TargetTransport.h"

#include "inventory/Inventory.h"
#include "transport/LocalTransport.h"
#include "transport/SshTransport.h"

namespace antler::pipeline {

transport::Transport *TargetTransport::create(const PipelineConfig &config, QString *error)
{
    if (config.isLocalTarget())
        return new transport::LocalTransport();
    if (config.inventory().isEmpty()) {
        *error = tr("The target %1 needs an inventory to be reached; set inventory: in %2.")
                     .arg(config.target(), config.sourcePath());
        return nullptr;
    }
    inventory::Inventory inventory;
    if (!inventory.load(config.inventory(), error))
        return nullptr;
    QString connectionError;
    const inventory::ConnectionInfo info = inventory.connection(config.target(), &connectionError);
    if (!connectionError.isEmpty()) {
        *error = connectionError;
        return nullptr;
    }
    transport::ConnectionSettings settings;
    settings.host = info.address.isEmpty() ? config.target() : info.address;
    settings.port = info.port;
    settings.user = info.user;
    settings.privateKeyFile = info.privateKeyFile;
    settings.password = info.password;
    if (!info.becomeUser.isEmpty())
        settings.becomeUser = info.becomeUser;
    settings.becomePassword = info.becomePassword;
    transport::Transport *transport = info.kind == inventory::ConnectionInfo::Kind::Local
        ? static_cast<transport::Transport *>(new transport::LocalTransport(settings))
        : new transport::SshTransport(settings);
    transport->setHostName(config.target());
    return transport;
}

} // namespace antler::pipeline
