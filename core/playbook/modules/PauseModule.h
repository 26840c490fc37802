#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

#include <QTimer>

namespace antler::playbook {

// ansible.builtin.pause with seconds or minutes: waits without blocking.
// Prompting for input is not supported headless and fails with a sentence.
class PauseModule : public Module
{
    Q_OBJECT

public:
    explicit PauseModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    void cancel() override;

private:
    QTimer *m_timer = nullptr;
    QVariantMap m_result;
};

} // namespace antler::playbook
