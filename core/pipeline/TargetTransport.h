#pragma once

#include "pipeline/PipelineConfig.h"

#include <QCoreApplication>

namespace antler::transport {
class Transport;
}

namespace antler::pipeline {

// The transport to the pipeline's target (antler.yaml `target:`): this
// machine for localhost, otherwise the inventory host of that name, over SSH
// with strict host key checking (or locally for ansible_connection=local).
class TargetTransport
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::TargetTransport)

public:
    // A new transport owned by the caller, or nullptr with *error set.
    static transport::Transport *create(const PipelineConfig &config, QString *error);
    // The known_hosts file the target's key is checked against, for every
    // transport made afterwards (the window's Settings, where the setup
    // wizard trusts a Pi's key); empty: ~/.ssh/known_hosts.
    static void setKnownHostsFile(const QString &file);
    static QString knownHostsFile();
};

} // namespace antler::pipeline
