#pragma once

#include "transport/ConnectionSettings.h"
#include "transport/HostKeyQuestions.h"

#include <QPointer>
#include <QString>

#include <functional>

class QObject;

namespace antler::inventory {
class Inventory;
struct ConnectionInfo;
} // namespace antler::inventory

namespace antler::transport {

class Transport;

// What the program, not the inventory, decides about a connection: how host
// keys are checked and where they are kept, how long to wait, and who answers
// a key's passphrase. The defaults are ConnectionSettings' own.
struct HostConnectionOptions
{
    ConnectionSettings::HostKeyPolicy hostKeyPolicy = ConnectionSettings::HostKeyPolicy::Strict;
    QString knownHostsFile; // empty: ConnectionSettings::defaultKnownHostsFile()
    int connectTimeoutMs = 0; // 0: ConnectionSettings' default
    int keepAliveIntervalS = -1; // negative: ConnectionSettings' default; 0: none
    std::function<bool(const QString &prompt, QString *answer)> passphraseProvider;
    // With HostKeyPolicy::Ask: every transport made reports its host-key
    // questions and refusals here (the window's dialogs). Must live on the
    // thread that creates the transports.
    QPointer<HostKeyQuestions> hostKeyQuestions;
    // Secrets the inventory leaves out (SecretQuestions::provider() in the window).
    std::function<bool(const SecretRequest &request, QString *answer)> secretProvider;
};

// The one place an inventory host becomes a Transport, for playbook runs,
// the pipeline's target and the monitored hosts alike: ansible_host,
// ansible_port, ansible_user, ansible_password, ansible_ssh_private_key_file
// and the become settings (as Inventory::connection() reads them) plus the
// HostConnectionOptions. ansible_connection=local gives a LocalTransport
// (which still becomes through sudo with the same settings), anything else
// an SshTransport. The transport's host name is the inventory name.
class HostTransportFactory
{
public:
    explicit HostTransportFactory(HostConnectionOptions options = {});

    const HostConnectionOptions &options() const { return m_options; }

    // How host is reached as info describes it.
    ConnectionSettings settings(const QString &host, const inventory::ConnectionInfo &info) const;

    // A new, unopened transport to host; owned by the caller (or parent).
    Transport *create(const QString &host, const inventory::ConnectionInfo &info, QObject *parent = nullptr) const;
    // The same for a host of inventory; nullptr and one sentence in *error
    // when its connection variables cannot be used (Inventory::connection()).
    Transport *create(const inventory::Inventory &inventory, const QString &host, QString *error,
                      QObject *parent = nullptr) const;

private:
    HostConnectionOptions m_options;
};

} // namespace antler::transport
