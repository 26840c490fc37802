#pragma once

#include "playbook/modules/AptQuery.h"
#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

namespace antler::playbook {

// ansible.builtin.apt without Python on the host: one round trip reads the
// cache age (updating it when asked), dpkg's state and apt's candidates of
// every named package; a second one runs apt-get install/remove/build-dep/
// autoremove only when something must change (with --simulate in check mode).
class AptModule : public Module
{
    Q_OBJECT

public:
    explicit AptModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void decide(const AptQuery::Snapshot &snapshot);
    void runAptGet(const QList<QByteArray> &arguments, bool countChanges);
    TaskResult baseResult(bool changed) const;

    QVariantMap m_arguments;
    QStringList m_specs; // names as given, possibly with =version
    QString m_state;
    AptQuery::Snapshot m_snapshot;
};

} // namespace antler::playbook
