#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

#include <QElapsedTimer>
#include <QTimer>

namespace antler::playbook {

// ansible.builtin.wait_for_connection: after delay, runs `true` over the
// transport every sleep seconds until it answers or timeout passes (after a
// reboot, say).
class WaitForConnectionModule : public Module
{
    Q_OBJECT

public:
    explicit WaitForConnectionModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    void cancel() override;

private:
    void attempt();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 600000;
    int m_sleepMs = 1000;
    int m_connectTimeoutMs = 5000;
    QString m_lastError;
};

} // namespace antler::playbook
