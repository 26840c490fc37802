#include "playbook/modules/PauseModule.h"

#include "playbook/Templar.h"

#include <QDateTime>

namespace antler::playbook {

PauseModule::PauseModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec PauseModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("pause");
    ModuleArgument seconds;
    seconds.name = QStringLiteral("seconds");
    seconds.type = ModuleArgument::Type::Raw;
    ModuleArgument minutes;
    minutes.name = QStringLiteral("minutes");
    minutes.type = ModuleArgument::Type::Raw;
    ModuleArgument prompt;
    prompt.name = QStringLiteral("prompt");
    ModuleArgument echo;
    echo.name = QStringLiteral("echo");
    echo.type = ModuleArgument::Type::Bool;
    echo.defaultValue = true;
    spec.arguments = {seconds, minutes, prompt, echo};
    spec.controllerOnly = true;
    return spec;
}

void PauseModule::start(const QVariantMap &arguments)
{
    const bool hasSeconds = arguments.value(QStringLiteral("seconds")).isValid();
    const bool hasMinutes = arguments.value(QStringLiteral("minutes")).isValid();
    if (hasSeconds && hasMinutes) {
        fail(tr("parameters are mutually exclusive: minutes|seconds"));
        return;
    }
    if (!hasSeconds && !hasMinutes) {
        fail(tr("the pause at %1 waits for a key press, which a headless run cannot give; set "
                "seconds or minutes.")
                 .arg(context().location.fileAndLine()));
        return;
    }
    const QString text
        = Templar::toText(arguments.value(hasSeconds ? QStringLiteral("seconds") : QStringLiteral("minutes")));
    bool ok = false;
    const double amount = text.toDouble(&ok);
    if (!ok || amount < 0) {
        fail(tr("non-integer value given for prompt duration:\n%1").arg(text));
        return;
    }
    const qint64 ms = qint64(amount * (hasSeconds ? 1000.0 : 60000.0));
    const QString start = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"));
    m_result = {{QStringLiteral("changed"), false},
                {QStringLiteral("delta"), int(ms / 1000)},
                {QStringLiteral("echo"), arguments.value(QStringLiteral("echo"), true).toBool()},
                {QStringLiteral("rc"), 0},
                {QStringLiteral("start"), start},
                {QStringLiteral("stderr"), QString()},
                {QStringLiteral("stdout"),
                 QStringLiteral("Paused for %1 %2")
                     .arg(text, hasSeconds ? QStringLiteral("seconds") : QStringLiteral("minutes"))},
                {QStringLiteral("user_input"), QString()}};
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_result.insert(QStringLiteral("stop"),
                        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000")));
        TaskResult result;
        result.data = m_result;
        finish(result);
    });
    m_timer->start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

void PauseModule::cancel()
{
    if (m_timer)
        m_timer->stop();
    fail(tr("the task was cancelled"));
}

} // namespace antler::playbook
