#include "transport/HostTransportFactory.h"

#include "inventory/ConnectionInfo.h"
#include "inventory/Inventory.h"
#include "transport/LocalTransport.h"
#include "transport/SshTransport.h"

namespace antler::transport {

HostTransportFactory::HostTransportFactory(HostConnectionOptions options)
    : m_options(std::move(options))
{
}

ConnectionSettings HostTransportFactory::settings(const QString &host, const inventory::ConnectionInfo &info) const
{
    ConnectionSettings settings;
    settings.host = info.address.isEmpty() ? host : info.address;
    settings.port = info.port;
    settings.user = info.user;
    settings.privateKeyFile = info.privateKeyFile;
    settings.password = info.password;
    // An unset ansible_become_user means root, which is the settings' default.
    if (!info.becomeUser.isEmpty())
        settings.becomeUser = info.becomeUser;
    settings.becomePassword = info.becomePassword;
    settings.hostKeyPolicy = m_options.hostKeyPolicy;
    if (!m_options.knownHostsFile.isEmpty())
        settings.knownHostsFile = m_options.knownHostsFile;
    if (m_options.connectTimeoutMs > 0)
        settings.connectTimeoutMs = m_options.connectTimeoutMs;
    if (m_options.keepAliveIntervalS >= 0)
        settings.keepAliveIntervalS = m_options.keepAliveIntervalS;
    settings.passphraseProvider = m_options.passphraseProvider;
    if (m_options.secretProvider) {
        // The person asked knows the host by its inventory name.
        settings.secretProvider
            = [provider = m_options.secretProvider, host](const SecretRequest &request, QString *answer) {
                  SecretRequest named = request;
                  named.hostName = host;
                  return provider(named, answer);
              };
    }
    return settings;
}

Transport *HostTransportFactory::create(const QString &host, const inventory::ConnectionInfo &info,
                                        QObject *parent) const
{
    const ConnectionSettings connection = settings(host, info);
    Transport *transport = info.kind == inventory::ConnectionInfo::Kind::Local
        ? static_cast<Transport *>(new LocalTransport(connection, parent))
        : new SshTransport(connection, parent);
    transport->setHostName(host);
    if (m_options.hostKeyQuestions)
        m_options.hostKeyQuestions->watch(transport);
    return transport;
}

Transport *HostTransportFactory::create(const inventory::Inventory &inventory, const QString &host, QString *error,
                                        QObject *parent) const
{
    QString problem;
    const inventory::ConnectionInfo info = inventory.connection(host, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    return create(host, info, parent);
}

} // namespace antler::transport
