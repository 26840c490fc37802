#include "cli/StatusCommand.h"

#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
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
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace antler::cli {

using health::HealthState;

namespace {

// The write end of the self-pipe SIGINT reports through while --watch runs.
int sigintFd = -1;

void onSigint(int)
{
    if (sigintFd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(sigintFd, &byte, 1);
    }
}

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString shortDigest(const QString &digest)
{
    // sha256: and 12 hex digits tell images apart, as `podman images` does.
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return digest.size() > colon + 13 ? digest.left(colon + 13) : digest;
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"), HelpCommand::summary(QStringLiteral("status")))
{
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
    bool json = false;
    bool watch = false;
    QString configPath;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--watch")) {
            watch = true;
        } else if (argument == QLatin1String("--config")) {
            if (i + 1 >= arguments.size()) {
                err << QLatin1String("antler status: --config needs a file; write --config "
                                     "FILE.\n");
                return ExitCode::UsageError;
            }
            configPath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--config="))) {
            configPath = argument.mid(int(qstrlen("--config=")));
        } else {
            err << QStringLiteral("antler status: unknown option “%1”; use --json, --watch or "
                                  "--config FILE (see antler help status).\n")
                       .arg(argument);
            return ExitCode::UsageError;
        }
    }

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
    printTable(statuses, hostList, out);
    return exitCodeFor(states);
}

namespace {

void printColumns(const QList<QStringList> &rows, QTextStream &out)
{
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out << line << QLatin1Char('\n');
    }
}

QString number(const QJsonValue &value, int decimals, const QString &unit)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', decimals) + unit : QStringLiteral("-");
}

QString duration(const QJsonValue &seconds)
{
    if (!seconds.isDouble())
        return QStringLiteral("-");
    const qint64 s = qint64(seconds.toDouble());
    if (s >= 86400)
        return QStringLiteral("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
    return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

void StatusCommand::printTable(const QList<StageStatus> &stages, const QJsonArray &hosts, QTextStream &out)
{
    QList<QStringList> rows {{QStringLiteral("STAGE"), QStringLiteral("STATE"), QStringLiteral("LATENCY"),
                              QStringLiteral("UPTIME 24H"), QStringLiteral("DIGEST"), QStringLiteral("DRIFT"),
                              QStringLiteral("LAST ERROR")}};
    for (const StageStatus &stage : stages) {
        const auto drift = stage.drift();
        QString digest = dash(shortDigest(stage.digest));
        if (stage.record.pinned)
            digest += QStringLiteral(" (pinned)");
        rows.append({
            stage.name,
            health::healthStateName(stage.state),
            stage.latencyMs ? QStringLiteral("%1 ms").arg(qRound(*stage.latencyMs)) : QStringLiteral("-"),
            stage.uptime24h ? QString::number(*stage.uptime24h, 'f', 1) + QLatin1Char('%') : QStringLiteral("-"),
            digest,
            !drift ? QStringLiteral("-") : (*drift ? QStringLiteral("yes") : QStringLiteral("no")),
            dash(stage.lastError),
        });
    }
    printColumns(rows, out);
    if (!hosts.isEmpty()) {
        QList<QStringList> hostRows {{QStringLiteral("HOST"), QStringLiteral("LOAD"), QStringLiteral("MEMORY"),
                                      QStringLiteral("DISK"), QStringLiteral("TEMP"), QStringLiteral("UPTIME"),
                                      QStringLiteral("MEMORY CGROUP"), QStringLiteral("THROTTLING")}};
        for (const QJsonValue &value : hosts) {
            const QJsonObject host = value.toObject();
            if (!host.value(QLatin1String("ok")).toBool()) {
                hostRows.append({host.value(QLatin1String("host")).toString(), QStringLiteral("-"), QStringLiteral("-"),
                                 QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                                 host.value(QLatin1String("error")).toString()});
                continue;
            }
            const QJsonValue cgroup = host.value(QLatin1String("memory_cgroup"));
            const QJsonObject throttled = host.value(QLatin1String("throttled")).toObject();
            QString throttling = QStringLiteral("-");
            if (!throttled.isEmpty()) {
                throttling = throttled.value(QLatin1String("under_voltage")).toBool() ? QStringLiteral("UNDER-VOLTAGE")
                    : throttled.value(QLatin1String("throttled")).toBool()            ? QStringLiteral("throttled")
                                                                                      : QStringLiteral("no");
                throttling += QLatin1Char(' ') + throttled.value(QLatin1String("raw")).toString();
            }
            hostRows.append({
                host.value(QLatin1String("host")).toString(),
                number(host.value(QLatin1String("load1")), 2, QString()),
                number(host.value(QLatin1String("mem_used_percent")), 0, QStringLiteral("%")),
                number(host.value(QLatin1String("disk_used_percent")), 0, QStringLiteral("%")),
                number(host.value(QLatin1String("temperature_c")), 1, QStringLiteral(" °C")),
                duration(host.value(QLatin1String("uptime_s"))),
                cgroup.isBool() ? (cgroup.toBool() ? QStringLiteral("enabled") : QStringLiteral("DISABLED"))
                                : QStringLiteral("-"),
                throttling,
            });
        }
        out << QLatin1Char('\n');
        printColumns(hostRows, out);
    }
    out.flush();
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

    int fds[2] = {-1, -1};
    struct sigaction previous = {};
    bool handlerInstalled = false;
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0) {
        sigintFd = fds[0];
        struct sigaction action = {};
        action.sa_handler = onSigint;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        handlerInstalled = ::sigaction(SIGINT, &action, &previous) == 0;
        notifier = std::make_unique<QSocketNotifier>(fds[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&loop, fd = fds[1]] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(fd, &byte, 1);
            loop.quit();
        });
    }

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

    if (handlerInstalled)
        ::sigaction(SIGINT, &previous, nullptr);
    notifier.reset();
    sigintFd = -1;
    if (fds[0] >= 0) {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    m_stopTarget = nullptr;

    QList<HealthState> states;
    for (const pipeline::Stage &stage : session.config().stages())
        states.append(session.stageHealth(stage.name())->state());
    return exitCodeFor(states);
}

} // namespace antler::cli
