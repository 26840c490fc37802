#include "pipeline/PodmanSettings.h"

namespace antler::pipeline {

QByteArray PodmanSettings::runcContainersConf()
{
    return QByteArrayLiteral("# Written by Antler: podman's settings for its rollouts on this host.\n"
                             "# crun fails where cgroups run in hybrid mode; runc works.\n"
                             "[engine]\n"
                             "runtime = \"runc\"\n"
                             "\n"
                             "# Raising RLIMIT_NOFILE/NPROC above the host's limits may not be permitted.\n"
                             "[containers]\n"
                             "default_ulimits = [\"nofile=4096:4096\", \"nproc=4096:4096\"]\n");
}

PodmanSettings PodmanSettings::fromEnvironment()
{
    PodmanSettings settings;
    const QString path = qEnvironmentVariable("ANTLER_CONTAINERS_CONF");
    if (!path.isEmpty()) {
        settings.containersConf = path;
        settings.writeContainersConf = true;
    }
    return settings;
}

} // namespace antler::pipeline
