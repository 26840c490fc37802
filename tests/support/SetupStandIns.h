#pragma once

#include <QString>

namespace antler::test {

// The Pi setup wizard's playbooks for a machine that is not a Pi: the
// built-in ones copied to dir, with every provisioning step (pi-cgroups.yml,
// pi-engine.yml, …) replaced by a stand-in of the same name. The real steps
// edit the boot command line, reboot and install packages, which a test
// machine must not; a stand-in runs over SSH as root (become, like the real
// ones), waits until the file "gate" or "gate-STEP" exists in dir, then
// appends "UID STEP ENGINE REGISTRY_PORT STAGE,STAGE,…" to dir/ran.txt, so a
// test sees which steps ran, in which order, with which choices.
// pi-facts.yml stays the real one: it only reads.
bool writeSetupStandIns(const QString &dir, QString *error);

} // namespace antler::test
