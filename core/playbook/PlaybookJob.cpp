#include "playbook/PlaybookJob.h"

#include "inventory/Inventory.h"
#include "playbook/PlaybookParser.h"
#include "playbook/Runner.h"

#include <QTimer>

namespace antler::playbook {

PlaybookJob::PlaybookJob(const PlaybookRunOptions &options, const transport::HostConnectionOptions &connection,
                         QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(connection)
{
}

PlaybookJob::~PlaybookJob()
{
    if (m_runner && !m_runner->isFinished()) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

void PlaybookJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, &PlaybookJob::run);
}

void PlaybookJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_runner) {
        m_runner->cancel();
    } else if (m_started) {
        m_exitCode = CancelledExitCode;
        m_finished = true;
        Q_EMIT finished(m_exitCode);
    }
}

QMap<QString, HostStats> PlaybookJob::stats() const
{
    return m_runner ? m_runner->stats() : QMap<QString, HostStats> {};
}

void PlaybookJob::fail(const QString &problem)
{
    m_problem = problem;
    m_exitCode = InvalidInputExitCode;
    m_finished = true;
    Q_EMIT finished(m_exitCode);
}

void PlaybookJob::run()
{
    if (m_finished)
        return;
    // Everything is read and validated before any host is contacted, as
    // RunPlaybookCommand does.
    QString error;
    inventory::Inventory inventory;
    if (!m_options.inventory.isEmpty() && !inventory.load(m_options.inventory, &error))
        return fail(error);
    for (const QString &host : inventory.hostNames()) {
        QString problem;
        inventory.connection(host, &problem);
        if (!problem.isEmpty())
            return fail(problem);
    }
    Playbook playbook;
    QList<PlaybookError> errors;
    if (!PlaybookParser::parseFile(m_options.playbook, &playbook, &errors)) {
        QStringList lines;
        for (const PlaybookError &problem : std::as_const(errors))
            lines.append(problem.toString());
        return fail(lines.join(QLatin1Char('\n')));
    }
    m_taskCount = playbook.taskCount();

    m_runner = new Runner(playbook, inventory, this);
    m_runner->setOptions(m_options);
    // A window shows output as it comes.
    m_runner->setLiveOutputDelay(0);
    const transport::HostTransportFactory factory(m_connection);
    m_runner->setTransportFactory(
        [factory](const QString &host, const inventory::ConnectionInfo &info) { return factory.create(host, info); });
    connect(m_runner, &Runner::event, this, &PlaybookJob::event);
    connect(m_runner, &Runner::finished, this, [this](int exitCode) {
        m_exitCode = exitCode;
        m_finished = true;
        Q_EMIT finished(exitCode);
    });
    m_runner->start();
}

} // namespace antler::playbook
