#include "cli/StatusCommand.h"

#include "cli/CommandArguments.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/StatusTable.h"
#include "health/HealthHistory.h"
#include "health/HealthSession.h"
#include "health/MonitoredHosts.h"
#include "health/StageHealth.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/Runtime.h"
#include "pipeline/RuntimeFactory.h"
#include "pipeline/StageReleases.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace antler::cli {

using health::HealthState;

namespace {

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

StatusCommand::StatusCommand()
    : Command(declaration())
{
}

CommandSpec StatusCommand::declaration()
{
    CommandSpec spec;
    spec.name = QStringLiteral("status");
    spec.title = tr("Health");
    spec.summary = tr("Shows the live health of every stage: the same probes and host metrics the charts show.");
    spec.options = {
        CommandSpec::Option::json(),
        {{QStringLiteral("watch")}, {}, tr("Keep printing updates until interrupted.")},
        CommandSpec::Option::config(),
    };
    spec.notes = {tr("It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one "
                     "is degraded or not known yet. One-shot status has no history, so one failed probe counts as "
                     "down.")};
    return spec;
}

StatusCommand::~StatusCommand() = default;

void StatusCommand::setHistoryPath(const QString &path)
{
    m_historyPath = path;
    m_historyPathSet = true;
}

void StatusCommand::setPipelineHistoryPath(const QString &path)
{
    m_pipelineHistoryPath = path;
    m_pipelineHistoryPathSet = true;
}

void StatusCommand::requestStop()
{
    if (auto *loop = qobject_cast<QEventLoop *>(m_stopTarget))
        loop->quit();
}

int StatusCommand::exitCodeFor(const QList<HealthState> &states)
{
    if (states.contains(HealthState::Down))
        return StageDown;
    for (HealthState state : states) {
        if (state != HealthState::Up)
            return StageNotUp;
    }
    return AllUp;
}

int StatusCommand::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments parsed(spec());
    if (!parseArguments(arguments, &parsed, QStringLiteral("antler status"), err))
        return ExitCode::UsageError;
    if (!parsed.positional().isEmpty()) {
        err << QLatin1String("antler status: ")
            << tr("“%1” is not an argument of status; run “antler help status” to see what it takes.")
                   .arg(parsed.positional().constFirst())
            << QLatin1Char('\n');
        return ExitCode::UsageError;
    }
    const bool json = parsed.isSet(QStringLiteral("json"));
    const bool watch = parsed.isSet(QStringLiteral("watch"));
    const QString configPath = parsed.value(QStringLiteral("config"));

    pipeline::PipelineConfig config;
    QString error;
    if (!pipeline::PipelineConfig::load(configPath, &config, &error)) {
        err << QLatin1String("antler status: ") << error << QLatin1Char('\n');
        return ExitCode::Error;
    }

    health::HealthSettings settings = m_settings;
    if (!watch)
        settings.thresholds = health::HealthThresholds::oneShot();
    health::HealthSessionOptions options;
    if (m_historyPathSet)
        options.healthHistoryPath = m_historyPath;
    if (m_pipelineHistoryPathSet)
        options.pipelineHistoryPath = m_pipelineHistoryPath;
    options.expectedDigests = m_expectedDigests;
    // notifications.webhook of the profile hears every change --watch prints;
    // a one-shot run has no changes to tell.
    options.webhookEnabled = watch;
    if (watch || !m_hostsEnabled)
        options.hostMetricsIntervalMs = 0;
    health::HealthSession session(config, settings, options);
    // What is missing (uptime, the webhook, host metrics) is said, and the rest runs.
    QObject::connect(&session, &health::HealthSession::problem, &session, [&err](const QString &problem) {
        err << QLatin1String("antler status: ") << problem << QLatin1Char('\n');
        err.flush();
    });
    session.prepare();

    QHash<QString, PipelineRecord> records;
    for (const pipeline::Stage &stage : config.stages()) {
        const pipeline::StageReleases::Entry entry = session.releases().entry(stage.name());
        PipelineRecord record;
        record.deployedDigest = session.expectedDigests().value(stage.name());
        record.pinned = entry.pinned;
        record.pinnedDigest = entry.pinnedDigest;
        records.insert(stage.name(), record);
    }

    if (watch)
        return runWatch(session, json, out);
    return runOnce(session, json, config, records, out, err);
}

int StatusCommand::runOnce(health::HealthSession &session, bool json, const pipeline::PipelineConfig &config,
                           const QHash<QString, PipelineRecord> &records, QTextStream &out, QTextStream &err)
{
    health::MonitoredHosts *hosts = session.hosts();
    // The command runs on a QCoreApplication that has no event loop yet; this
    // loop is the only one, not a nested one. Probes, host metrics and the
    // runtimes' workload status are asked for at once; the loop ends when
    // all have answered (each has its own timeout; the last resort below).
    QEventLoop loop;
    int pending = 0;
    auto done = [&loop, &pending] {
        if (--pending == 0)
            loop.quit();
    };
    ++pending;
    QObject::connect(&session, &health::HealthSession::probedOnce, &loop, done);

    // Workload status: one runtime per stage, as a runtime runs one operation at a time.
    QHash<QString, QJsonObject> workloads;
    std::vector<std::unique_ptr<pipeline::Runtime>> runtimes;
    if (m_workloadEnabled) {
        for (const pipeline::Stage &stage : config.stages()) {
            QString runtimeError;
            auto runtime = pipeline::RuntimeFactory::create(stage, config, &runtimeError);
            if (!runtime)
                continue; // this build has no such runtime: nothing to ask
            ++pending;
            QObject::connect(runtime.get(), &pipeline::Runtime::statusFinished, &loop,
                             [&workloads, done, name = stage.name()](const pipeline::WorkloadStatus &status) {
                                 workloads.insert(name, status.toJson());
                                 QTimer::singleShot(0, done);
                             });
            runtimes.push_back(std::move(runtime));
        }
    }

    QTimer lastResort;
    lastResort.setSingleShot(true);
    QObject::connect(&lastResort, &QTimer::timeout, &loop, &QEventLoop::quit);
    lastResort.start(30000);

    session.probeOnce();
    for (qsizetype i = 0; i < qsizetype(runtimes.size()); ++i)
        runtimes.at(i)->status(config.stages().at(i));
    if (pending > 0)
        loop.exec();
    if (!lastResort.isActive())
        err << QLatin1String("antler status: ")
            << QCoreApplication::translate("antler::cli::StatusCommand",
                                           "not every probe, host or runtime answered within 30 seconds; what did not "
                                           "answer is shown as unknown.")
            << QLatin1Char('\n');

    const QString hostName = hosts && !hosts->hostNames().isEmpty() ? hosts->hostNames().constFirst() : QString();
    QList<HealthState> states;
    QList<StageStatus> statuses;
    QJsonArray stages;
    for (const pipeline::Stage &stage : config.stages()) {
        StageStatus status = stageStatus(session, stage, records.value(stage.name()), hostName);
        if (workloads.contains(stage.name()))
            status.workload = workloads.value(stage.name());
        states.append(status.state);
        stages.append(status.toJson());
        statuses.append(status);
    }
    QJsonArray hostList;
    if (hosts) {
        for (const health::HostMetrics &metrics : hosts->lastAll())
            hostList.append(metrics.toJson());
    }

    if (json) {
        const QJsonObject document {
            {QStringLiteral("config"), config.sourcePath()},
            {QStringLiteral("profile"), config.profile()},
            {QStringLiteral("generated_at"), timestamp()},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("hosts"), hostList},
        };
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        out.flush();
        return exitCodeFor(states);
    }
    StatusTable::print(statuses, hostList, out);
    return exitCodeFor(states);
}

StageStatus StatusCommand::stageStatus(const health::HealthSession &session, const pipeline::Stage &stage,
                                       const PipelineRecord &record, const QString &host) const
{
    const health::StageHealth *health = session.stageHealth(stage.name());
    health::HealthHistory *history = session.history();
    StageStatus status;
    status.name = stage.name();
    status.runtime = stage.runtimeName();
    status.url = stage.url().toString();
    status.host = host;
    status.state = health->state();
    status.reason = health->reason();
    status.latencyMs = health->latencyMs();
    status.lastError = health->lastError();
    status.digest = health->digest();
    status.version = health->version();
    for (const health::ProbeResult &result : health->lastResults())
        status.probes.append(result.toJson());
    if (history) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        status.uptime24h = history->uptime(stage.name(), now - 24LL * 60 * 60 * 1000, now + 1);
    }
    status.record = record;
    return status;
}

int StatusCommand::runWatch(health::HealthSession &session, bool json, QTextStream &out)
{
    QEventLoop loop;
    m_stopTarget = &loop;

    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &loop, &QEventLoop::quit);

    QObject::connect(
        &session, &health::HealthSession::stateChanged, &loop,
        [&out, json](const QString &stage, HealthState oldState, HealthState newState, const QString &reason) {
            if (json) {
                const QJsonObject event {
                    {QStringLiteral("event"), QStringLiteral("state")},
                    {QStringLiteral("time"), timestamp()},
                    {QStringLiteral("stage"), stage},
                    {QStringLiteral("from"), health::healthStateName(oldState)},
                    {QStringLiteral("state"), health::healthStateName(newState)},
                    {QStringLiteral("reason"), reason},
                };
                out << QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
            } else {
                out << timestamp() << QLatin1String("  ") << stage << QLatin1String("  ")
                    << health::healthStateName(oldState) << QLatin1String(" -> ") << health::healthStateName(newState)
                    << QLatin1String("  ") << reason << QLatin1Char('\n');
            }
            out.flush();
        });
    session.start();
    loop.exec();
    session.stop();

    m_stopTarget = nullptr;

    QList<HealthState> states;
    for (const pipeline::Stage &stage : session.config().stages())
        states.append(session.stageHealth(stage.name())->state());
    return exitCodeFor(states);
}

} // namespace antler::cli
