#pragma once

#include <QByteArray>
#include <QString>

namespace antler::pipeline {

// How the container runtimes use the engine on the target.
struct PodmanSettings
{
    // Path ON THE TARGET exported as CONTAINERS_CONF to every podman command;
    // empty: podman's own configuration.
    QString containersConf;
    // Write runcContainersConf() to containersConf before the first podman
    // command (DESIGN.md: crun fails on cgroups hybrid hosts and raising
    // RLIMIT_NOFILE/NPROC may not be permitted).
    bool writeContainersConf = false;
    // Run podman through sudo (rootful podman: hostPort networking, the
    // system image store). The transport's become password is used.
    bool become = true;
    // "podman" or "docker" for builds; empty: whichever the target has.
    QString engine;
    // Where builds make their temporary folder on the target.
    QString workDir = QStringLiteral("/var/tmp");
    // Kept on the target after a build (for debugging); removed otherwise.
    bool keepWorkDir = false;

    // [engine] runtime = "runc" and default_ulimits that need no raised limits.
    static QByteArray runcContainersConf();
    // The settings the environment asks for: ANTLER_CONTAINERS_CONF=PATH sets
    // containersConf and writes the runc configuration there.
    static PodmanSettings fromEnvironment();
};

} // namespace antler::pipeline
