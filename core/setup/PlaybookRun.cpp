#include "setup/PlaybookRun.h"

#include "inventory/Dict.h"
#include "inventory/Inventory.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookError.h"
#include "playbook/PlaybookEvent.h"
#include "playbook/PlaybookParser.h"
#include "playbook/Runner.h"
#include "transport/HostTransportFactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimer>

namespace antler::setup {

PlaybookRun::PlaybookRun(const QString &playbookPath, const QByteArray &inventoryIni, const QVariantMap &extraVariables,
                         QObject *parent)
    : QObject(parent)
    , m_playbookPath(playbookPath)
    , m_inventory(inventoryIni)
    , m_extraVariables(extraVariables)
{
}

PlaybookRun::~PlaybookRun()
{
    if (m_runner && !m_runner->isFinished())
        m_runner->cancel();
}

void PlaybookRun::start()
{
    inventory::Inventory inventory;
    QString error;
    if (!inventory.loadData(m_inventory, QStringLiteral("inventory"), &error)) {
        m_failure = error;
        QTimer::singleShot(0, this, [this] { finish(3); });
        return;
    }
    playbook::Playbook playbook;
    QList<playbook::PlaybookError> errors;
    if (!playbook::PlaybookParser::parseFile(m_playbookPath, &playbook, &errors)) {
        QStringList messages;
        for (const playbook::PlaybookError &problem : std::as_const(errors))
            messages << problem.toDisplayString();
        m_failure = messages.join(QLatin1Char('\n'));
        QTimer::singleShot(0, this, [this] { finish(3); });
        return;
    }
    m_stream = std::make_unique<QTextStream>(&m_buffer);
    m_runner = std::make_unique<playbook::Runner>(playbook, inventory);
    m_runner->setExtraVariables(m_extraVariables);
    m_runner->setLiveOutputDelay(0);
    transport::HostConnectionOptions connection;
    connection.hostKeyPolicy = transport::ConnectionSettings::HostKeyPolicy::Strict;
    connection.knownHostsFile = m_knownHostsFile;
    connection.secretProvider = m_secretProvider;
    const transport::HostTransportFactory factory(connection);
    m_runner->setTransportFactory(
        [factory](const QString &host, const inventory::ConnectionInfo &info) { return factory.create(host, info); });
    connect(m_runner.get(), &playbook::Runner::event, this, &PlaybookRun::onEvent);
    connect(m_runner.get(), &playbook::Runner::finished, this, &PlaybookRun::finish);
    m_runner->start();
}

void PlaybookRun::cancel()
{
    if (m_runner && !m_runner->isFinished())
        m_runner->cancel();
}

void PlaybookRun::onEvent(const playbook::PlaybookEvent &event)
{
    using Type = playbook::PlaybookEvent::Type;
    playbook::ConsolePrinter printer(m_stream.get(), m_stream.get());
    printer.print(event);
    m_stream->flush();
    switch (event.type) {
    case Type::TaskStarted:
        m_currentTask = event.task;
        Q_EMIT taskStarted(event.task, event.module);
        break;
    case Type::HostResult:
        if (event.result.isItem)
            break;
        ++m_tasksDone;
        if (event.result.status == playbook::TaskResult::Status::Changed)
            ++m_tasksChanged;
        if (event.result.isFailure())
            m_failure = event.result.data.value(QStringLiteral("msg")).toString();
        if (event.module.endsWith(QLatin1String("debug"))) {
            for (auto it = event.result.data.cbegin(); it != event.result.data.cend(); ++it) {
                if (it.key() == QLatin1String("changed") || it.key() == QLatin1String("failed")
                    || it.key().startsWith(QLatin1Char('_')))
                    continue;
                const QJsonValue value = QJsonValue::fromVariant(inventory::Dict::plain(it.value()));
                m_debugVariables.insert(
                    it.key(),
                    value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                     : value.toVariant().toString());
            }
        }
        break;
    default:
        break;
    }
    flushOutput();
}

void PlaybookRun::flushOutput()
{
    if (m_buffer.isEmpty())
        return;
    const QString text = m_buffer;
    m_buffer.clear();
    m_stream->seek(0);
    m_log += text;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break;
        Q_EMIT line(lines[i]);
    }
}

void PlaybookRun::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_currentTask.clear();
    if (exitCode == 3 && !m_failure.isEmpty()) {
        m_log += m_failure + QLatin1Char('\n');
        Q_EMIT line(m_failure);
    }
    Q_EMIT finished(exitCode);
}

} // namespace antler::setup
