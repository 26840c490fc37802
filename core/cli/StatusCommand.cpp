#include "cli/StatusCommand.h"

#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "pipeline/PipelineConfig.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

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
    health::HealthMonitor monitor(config, settings);
    for (auto it = m_expectedDigests.cbegin(); it != m_expectedDigests.cend(); ++it)
        monitor.setExpectedDigest(it.key(), it.value());

    if (watch)
        return runWatch(monitor, json, out);

    health::HealthHistory history;
    health::HealthHistory *historyUsed = nullptr;
    const QString historyPath
        = m_historyPathSet ? m_historyPath : health::HealthHistory::defaultPath();
    if (!historyPath.isEmpty()) {
        QString historyError;
        if (history.open(historyPath, &historyError)) {
            historyUsed = &history;
            monitor.setHistory(&history);
        } else {
            // Uptime is a bonus here: say why it is missing and carry on.
            err << QLatin1String("antler status: ") << historyError << QLatin1Char('\n');
        }
    }
    const int code = runOnce(monitor, historyUsed, json, config, out);
    monitor.setHistory(nullptr);
    return code;
}

int StatusCommand::runOnce(health::HealthMonitor &monitor, health::HealthHistory *history,
    bool json, const pipeline::PipelineConfig &config, QTextStream &out)
{
    // The command runs on a QCoreApplication that has no event loop yet; this
    // loop is the only one, not a nested one.
    QEventLoop loop;
    QObject::connect(&monitor, &health::HealthMonitor::finished, &loop, &QEventLoop::quit);
    monitor.probeOnce();
    if (!config.stages().isEmpty())
        loop.exec();

    QList<HealthState> states;
    QJsonArray stages;
    for (const pipeline::Stage &stage : config.stages()) {
        states.append(monitor.stageHealth(stage.name())->state());
        stages.append(stageJson(monitor, stage, history));
    }

    if (json) {
        const QJsonObject document {
            { QStringLiteral("config"), config.sourcePath() },
            { QStringLiteral("profile"), config.profile() },
            { QStringLiteral("generated_at"), timestamp() },
            { QStringLiteral("stages"), stages },
        };
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        out.flush();
        return exitCodeFor(states);
    }

    const QStringList header = { QStringLiteral("STAGE"), QStringLiteral("STATE"),
        QStringLiteral("LATENCY"), QStringLiteral("UPTIME 24H"), QStringLiteral("DIGEST"),
        QStringLiteral("DRIFT"), QStringLiteral("LAST ERROR") };
    QList<QStringList> rows { header };
    for (const QJsonValue &value : std::as_const(stages)) {
        const QJsonObject stage = value.toObject();
        const QJsonValue latency = stage.value(QLatin1String("latency_ms"));
        const QJsonValue uptime = stage.value(QLatin1String("uptime_24h"));
        const bool driftKnown = !stage.value(QLatin1String("expected_digest")).isNull();
        rows.append({
            stage.value(QLatin1String("name")).toString(),
            stage.value(QLatin1String("state")).toString(),
            latency.isNull() ? QStringLiteral("-")
                             : QStringLiteral("%1 ms").arg(qRound(latency.toDouble())),
            uptime.isNull() ? QStringLiteral("-")
                            : QString::number(uptime.toDouble(), 'f', 1) + QLatin1Char('%'),
            dash(shortDigest(stage.value(QLatin1String("digest")).toString())),
            !driftKnown ? QStringLiteral("-")
                        : (stage.value(QLatin1String("drift")).toBool() ? QStringLiteral("yes")
                                                                        : QStringLiteral("no")),
            dash(stage.value(QLatin1String("last_error")).toString()),
        });
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out << line << QLatin1Char('\n');
    }
    out.flush();
    return exitCodeFor(states);
}

QJsonObject StatusCommand::stageJson(health::HealthMonitor &monitor, const pipeline::Stage &stage,
    health::HealthHistory *history) const
{
    const health::StageHealth *health = monitor.stageHealth(stage.name());
    QJsonArray probes;
    for (const health::ProbeResult &result : health->lastResults())
        probes.append(result.toJson());
    const auto latency = health->latencyMs();
    std::optional<double> uptime;
    if (history) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        uptime = history->uptime(stage.name(), now - 24LL * 60 * 60 * 1000, now + 1);
    }
    const QString expected = m_expectedDigests.value(stage.name());
    const QString lastError = health->lastError();
    return QJsonObject {
        { QStringLiteral("name"), stage.name() },
        { QStringLiteral("runtime"), stage.runtimeName() },
        { QStringLiteral("url"), stage.url().toString() },
        { QStringLiteral("state"), health::healthStateName(health->state()) },
        { QStringLiteral("reason"), health->reason() },
        { QStringLiteral("latency_ms"),
            latency ? QJsonValue(qRound(*latency * 10) / 10.0) : QJsonValue() },
        { QStringLiteral("uptime_24h"),
            uptime ? QJsonValue(qRound(*uptime * 100) / 100.0) : QJsonValue() },
        { QStringLiteral("digest"),
            health->digest().isEmpty() ? QJsonValue() : QJsonValue(health->digest()) },
        { QStringLiteral("version"),
            health->version().isEmpty() ? QJsonValue() : QJsonValue(health->version()) },
        { QStringLiteral("expected_digest"),
            expected.isEmpty() ? QJsonValue() : QJsonValue(expected) },
        { QStringLiteral("drift"), health->drift().value_or(false) },
        { QStringLiteral("last_error"),
            lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError) },
        { QStringLiteral("probes"), probes },
        { QStringLiteral("hosts"), QJsonArray() },
    };
}

int StatusCommand::runWatch(health::HealthMonitor &monitor, bool json, QTextStream &out)
{
    QEventLoop loop;
    m_stopTarget = &loop;

    int fds[2] = { -1, -1 };
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

    QObject::connect(&monitor, &health::HealthMonitor::stateChanged, &loop,
        [&out, json](const QString &stage, HealthState oldState, HealthState newState,
            const QString &reason) {
            if (json) {
                const QJsonObject event {
                    { QStringLiteral("event"), QStringLiteral("state") },
                    { QStringLiteral("time"), timestamp() },
                    { QStringLiteral("stage"), stage },
                    { QStringLiteral("from"), health::healthStateName(oldState) },
                    { QStringLiteral("state"), health::healthStateName(newState) },
                    { QStringLiteral("reason"), reason },
                };
                out << QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))
                    << QLatin1Char('\n');
            } else {
                out << timestamp() << QLatin1String("  ") << stage << QLatin1String("  ")
                    << health::healthStateName(oldState) << QLatin1String(" -> ")
                    << health::healthStateName(newState) << QLatin1String("  ") << reason
                    << QLatin1Char('\n');
            }
            out.flush();
        });
    monitor.start();
    loop.exec();
    monitor.stop();

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
    for (const QString &stage : monitor.stages())
        states.append(monitor.stageHealth(stage)->state());
    return exitCodeFor(states);
}

} // namespace antler::cli
