#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// Ansible's facts from ONE shell command: script() prints everything needed
// as "key=value" lines (uname, /etc/os-release, /proc/meminfo, /proc/cpuinfo,
// the default IPv4 route, id, date, /proc/cmdline, …) and parse() turns that
// into the values Ansible's setup module reports, under the same names and
// with the same types. No Python is needed on the host. The names are
// Ansible's with the "ansible_" prefix, as the setup module returns them in
// ansible_facts.
class FactsGatherer
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::FactsGatherer)

public:
    // POSIX sh; runs as the connecting user (or become user) and needs only
    // coreutils, awk and, for the network facts, iproute2.
    static QByteArray script();
    // The facts from the script's standard output, "ansible_"-prefixed.
    static QVariantMap parse(const QByteArray &output);

private:
    static QVariantMap cpuFacts(const QStringList &cpuinfo, const QString &architecture);
};

} // namespace antler::playbook
