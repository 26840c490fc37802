#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace antler::transport {
class CommandJob;
}

namespace antler::playbook {

// ansible.builtin.reboot: reads the boot id (/proc/sys/kernel/random/boot_id),
// starts the reboot, then polls over the same transport — which reconnects
// by itself once sshd is back — until the boot id has changed and
// test_command succeeds, or reboot_timeout has passed. A lost connection
// while the host goes down is expected and not an error.
class RebootModule : public Module
{
    Q_OBJECT

public:
    explicit RebootModule(const ModuleContext &context, QObject *parent = nullptr);
    ~RebootModule() override;

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;
    void cancel() override;

private:
    // Runs a command that may meet a lost connection (unlike runCommand()).
    void runTolerant(const QByteArray &script, int timeoutMs,
                     std::function<void(const transport::CommandResult &)> done);
    void startReboot();
    void poll();
    void schedulePoll();
    void finishRebooted();

    QVariantMap m_arguments;
    QByteArray m_bootIdCommand;
    QByteArray m_testCommand;
    QString m_bootIdBefore;
    QElapsedTimer m_elapsed;
    qint64 m_timeoutMs = 600000;
    QTimer m_pollTimer;
    QPointer<transport::CommandJob> m_job;
};

} // namespace antler::playbook
