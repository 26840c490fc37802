#include "cli/PipelineCommand.h"

#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
#include "pipeline/BuildSources.h"
#include "pipeline/History.h"
#include "pipeline/OperationManager.h"
#include "pipeline/OperationOutcome.h"
#include "pipeline/PipelineConfig.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace antler::cli {

using pipeline::OperationOutcome;

namespace {

struct Options
{
    QString subcommand;
    QStringList positional;
    QString config;
    bool json = false;
    bool yes = false;
    bool help = false;
    QString digest;
    QString reason;
    bool reasonSet = false;
    QString stage;
    int limit = 0;
    pipeline::BuildSources::Overrides sources;
};

QString shortDigest(const QString &digest)
{
    return pipeline::Release::shortDigest(digest);
}

void printTable(const QList<QStringList> &rows, QTextStream &out)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(qMax(widths.size(), row.size()));
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out << line << QLatin1Char('\n');
    }
}

} // namespace

PipelineCommand::PipelineCommand()
    : Command(QStringLiteral("pipeline"), HelpCommand::summary(QStringLiteral("pipeline")))
{
}

QString PipelineCommand::usage()
{
    return QStringLiteral("antler pipeline build [--moosefacts FILE] [--frontend DIR] [--facts FILE]\n"
                          "       antler pipeline deploy STAGE [--digest DIGEST]\n"
                          "       antler pipeline promote FROM TO [--yes]\n"
                          "       antler pipeline rollback STAGE [--reason TEXT]\n"
                          "       antler pipeline pin STAGE [--reason TEXT] | unpin STAGE\n"
                          "       antler pipeline history [--stage STAGE] [--limit N]\n"
                          "       antler pipeline status | stop STAGE\n"
                          "  every one takes --config FILE and --json\n");
}

int PipelineCommand::exitCodeFor(const OperationOutcome &outcome)
{
    switch (outcome.code) {
    case OperationOutcome::Code::Succeeded:
        return ExitCode::Success;
    case OperationOutcome::Code::Failed:
        return ExitCode::HostFailed;
    case OperationOutcome::Code::RolledBack:
        return ExitCode::RolledBack;
    case OperationOutcome::Code::Refused:
        return ExitCode::Refused;
    case OperationOutcome::Code::Invalid:
        return ExitCode::InvalidInput;
    case OperationOutcome::Code::Cancelled:
        return ExitCode::Interrupted;
    }
    return ExitCode::UnexpectedError;
}

int PipelineCommand::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    auto usageError = [&err](const QString &sentence) {
        err << QLatin1String("antler pipeline: ") << sentence << QLatin1Char('\n');
        err.flush();
        return int(ExitCode::UsageError);
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments.at(++i);
            return true;
        };
        static const QStringList valued
            = {QStringLiteral("--config"),   QStringLiteral("--digest"), QStringLiteral("--reason"),
               QStringLiteral("--stage"),    QStringLiteral("--limit"),  QStringLiteral("--moosefacts"),
               QStringLiteral("--frontend"), QStringLiteral("--facts")};
        QString name = argument;
        QString inlineValue;
        bool hasInline = false;
        if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='))) {
            name = argument.section(QLatin1Char('='), 0, 0);
            inlineValue = argument.section(QLatin1Char('='), 1);
            hasInline = true;
        }
        QString text;
        if (valued.contains(name)) {
            if (hasInline)
                text = inlineValue;
            else if (!value(&text))
                return usageError(tr("%1 needs a value; write %1 VALUE.").arg(name));
        }
        if (name == QLatin1String("--config")) {
            options.config = text;
        } else if (name == QLatin1String("--digest")) {
            options.digest = text;
        } else if (name == QLatin1String("--reason")) {
            options.reason = text;
            options.reasonSet = true;
        } else if (name == QLatin1String("--stage")) {
            options.stage = text;
        } else if (name == QLatin1String("--limit")) {
            bool ok = false;
            options.limit = text.toInt(&ok);
            if (!ok || options.limit < 1)
                return usageError(tr("--limit takes a number from 1 up, not “%1”.").arg(text));
        } else if (name == QLatin1String("--moosefacts")) {
            options.sources.moosefacts = text;
        } else if (name == QLatin1String("--frontend")) {
            options.sources.frontend = text;
        } else if (name == QLatin1String("--facts")) {
            options.sources.facts = text;
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--yes") || argument == QLatin1String("-y")) {
            options.yes = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.help = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return usageError(tr("unknown option “%1”; see antler help pipeline.").arg(argument));
        } else if (options.subcommand.isEmpty()) {
            options.subcommand = argument;
        } else {
            options.positional.append(argument);
        }
    }
    if (options.help || options.subcommand == QLatin1String("help")) {
        out << HelpCommand::text(QStringLiteral("pipeline"));
        return ExitCode::Success;
    }

    // Which positional arguments and options each subcommand takes.
    struct Shape
    {
        int positional;
        QStringList names;
        QStringList options;
    };
    static const QHash<QString, Shape> shapes = {
        {QStringLiteral("build"),
         {0, {}, {QStringLiteral("moosefacts"), QStringLiteral("frontend"), QStringLiteral("facts")}}},
        {QStringLiteral("deploy"), {1, {QStringLiteral("STAGE")}, {QStringLiteral("digest")}}},
        {QStringLiteral("promote"), {2, {QStringLiteral("FROM"), QStringLiteral("TO")}, {QStringLiteral("yes")}}},
        {QStringLiteral("rollback"), {1, {QStringLiteral("STAGE")}, {QStringLiteral("reason")}}},
        {QStringLiteral("pin"), {1, {QStringLiteral("STAGE")}, {QStringLiteral("reason")}}},
        {QStringLiteral("unpin"), {1, {QStringLiteral("STAGE")}, {}}},
        {QStringLiteral("history"), {0, {}, {QStringLiteral("stage"), QStringLiteral("limit")}}},
        {QStringLiteral("status"), {0, {}, {}}},
        {QStringLiteral("stop"), {1, {QStringLiteral("STAGE")}, {}}},
    };
    if (options.subcommand.isEmpty())
        return usageError(
            tr("say what to do: build, deploy, promote, rollback, pin, unpin, history, status or stop.\n%1")
                .arg(usage()));
    if (!shapes.contains(options.subcommand)) {
        return usageError(tr("there is no pipeline command “%1”; use build, deploy, promote, rollback, pin, unpin, "
                             "history, status or stop.")
                              .arg(options.subcommand));
    }
    const Shape shape = shapes.value(options.subcommand);
    if (options.positional.size() != shape.positional) {
        return usageError(shape.positional == 0
                              ? tr("“%1” takes no arguments, but got “%2”.")
                                    .arg(options.subcommand, options.positional.join(QLatin1Char(' ')))
                              : tr("“%1” needs %2; write antler pipeline %1 %2.")
                                    .arg(options.subcommand, shape.names.join(QLatin1Char(' '))));
    }
    const QList<std::pair<QString, bool>> given = {
        {QStringLiteral("digest"), !options.digest.isEmpty()},
        {QStringLiteral("reason"), options.reasonSet},
        {QStringLiteral("stage"), !options.stage.isEmpty()},
        {QStringLiteral("limit"), options.limit > 0},
        {QStringLiteral("yes"), options.yes},
        {QStringLiteral("moosefacts"), !options.sources.moosefacts.isEmpty()},
        {QStringLiteral("frontend"), !options.sources.frontend.isEmpty()},
        {QStringLiteral("facts"), !options.sources.facts.isEmpty()},
    };
    for (const auto &[name, set] : given) {
        if (set && !shape.options.contains(name))
            return usageError(tr("“%1” does not take --%2.").arg(options.subcommand, name));
    }

    pipeline::PipelineConfig config;
    QString error;
    if (!pipeline::PipelineConfig::load(options.config, &config, &error)) {
        err << QLatin1String("antler pipeline: ") << error << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    pipeline::History history;
    if (!history.open(pipeline::History::defaultPath(), &error)) {
        err << QLatin1String("antler pipeline: ") << error << QLatin1Char('\n');
        return ExitCode::Error;
    }
    if (history.interruptedOnOpen() > 0) {
        err << QLatin1String("antler pipeline: ")
            << tr("%n earlier operation(s) were interrupted before they finished; “antler pipeline history” lists "
                  "them.",
                  nullptr, history.interruptedOnOpen())
            << QLatin1Char('\n');
        err.flush();
    }

    if (options.subcommand == QLatin1String("history"))
        return this->history(history, options.stage, options.limit, options.json, out);
    if (options.subcommand == QLatin1String("status"))
        return status(config, history, options.json, out);

    // The window runs its operations through the same manager and controller,
    // so a gate, a message or a History record cannot differ between them.
    pipeline::OperationManager manager(config, &history);
    using Kind = pipeline::Operation::Kind;
    pipeline::Operation::Request request;
    const QString &sub = options.subcommand;
    request.kind = pipeline::Operation::Request::kindFromName(sub).value_or(Kind::Build);
    if (request.kind == Kind::Promote) {
        request.fromStage = options.positional.at(0);
        request.stage = options.positional.at(1);
        request.confirmed = options.yes;
    } else if (request.kind != Kind::Build) {
        request.stage = options.positional.at(0);
    }
    request.digest = options.digest;
    request.reason = options.reason;
    if (request.kind == Kind::Build && !pipeline::BuildSources::locate(options.sources, &request.build, &error)) {
        err << QLatin1String("antler pipeline: ") << error << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    QObject::connect(&manager, &pipeline::OperationManager::event, &manager,
                     [&err](const pipeline::PipelineEvent &event) {
                         err << event.toText() << QLatin1Char('\n');
                         err.flush();
                     });
    OperationOutcome outcome;
    QEventLoop loop;
    pipeline::Operation *operation = manager.start(request);
    QObject::connect(operation, &pipeline::Operation::finished, &loop,
                     [&outcome, &loop](const OperationOutcome &result) {
                         outcome = result;
                         loop.quit();
                     });
    loop.exec();

    if (options.json) {
        out << QString::fromUtf8(QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Indented));
    } else if (outcome.code == OperationOutcome::Code::Refused || outcome.code == OperationOutcome::Code::Invalid) {
        // Nothing happened: the reason is the error message.
        err << QLatin1String("antler pipeline: ") << outcome.message << QLatin1Char('\n');
    } else {
        // The progress on stderr already ended with this sentence; the result
        // line on stdout is for scripts.
        out << OperationOutcome::codeName(outcome.code) << QLatin1String(": ") << outcome.message << QLatin1Char('\n');
    }
    out.flush();
    err.flush();
    return exitCodeFor(outcome);
}

int PipelineCommand::history(pipeline::History &history, const QString &stage, int limit, bool json, QTextStream &out)
{
    const QList<pipeline::HistoryEntry> entries = history.entries(stage, limit);
    if (json) {
        QJsonArray list;
        for (const pipeline::HistoryEntry &entry : entries)
            list.append(entry.toJson(true));
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("operations"), list}}).toJson(QJsonDocument::Indented));
        out.flush();
        return ExitCode::Success;
    }
    QList<QStringList> rows {{QStringLiteral("ID"), QStringLiteral("TIME"), QStringLiteral("KIND"),
                              QStringLiteral("STAGE"), QStringLiteral("DIGEST"), QStringLiteral("RESULT"),
                              QStringLiteral("USER"), QStringLiteral("DURATION"), QStringLiteral("DETAIL")}};
    for (const pipeline::HistoryEntry &entry : entries) {
        QString stageText = entry.stage.isEmpty() ? QStringLiteral("-") : entry.stage;
        if (!entry.fromStage.isEmpty())
            stageText = entry.fromStage + QLatin1String("->") + stageText;
        const QString detail = !entry.error.isEmpty() ? entry.error : entry.reason;
        rows.append({QString::number(entry.id),
                     entry.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.kind,
                     stageText, entry.digest().isEmpty() ? QStringLiteral("-") : shortDigest(entry.digest()),
                     entry.result, entry.user,
                     entry.finishedAt.isValid() ? QStringLiteral("%1 s").arg(entry.durationMs / 1000.0, 0, 'f', 1)
                                                : QStringLiteral("-"),
                     detail.isEmpty() ? QStringLiteral("-") : detail});
    }
    printTable(rows, out);
    out.flush();
    return ExitCode::Success;
}

int PipelineCommand::status(const pipeline::PipelineConfig &config, pipeline::History &history, bool json,
                            QTextStream &out)
{
    // What each stage reports on /version, asked of all stages at once.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QHash<QString, QString> live;
    QHash<QString, QString> problems;
    QEventLoop loop;
    int pending = int(config.stages().size());
    for (const pipeline::Stage &stage : config.stages()) {
        QUrl url = stage.url();
        if (url.host() == QLatin1String("0.0.0.0"))
            url.setHost(QStringLiteral("127.0.0.1"));
        url.setPath(QStringLiteral("/version"));
        QNetworkRequest request(url);
        request.setTransferTimeout(3000);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, name = stage.name()] {
            reply->deleteLater();
            if (reply->error() == QNetworkReply::NoError)
                live.insert(
                    name,
                    QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("image_digest")).toString());
            else
                problems.insert(name, reply->errorString());
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();

    QJsonArray stages;
    QList<QStringList> rows {{QStringLiteral("STAGE"), QStringLiteral("STATE"), QStringLiteral("URL"),
                              QStringLiteral("DIGEST"), QStringLiteral("DEPLOYED"), QStringLiteral("DRIFT"),
                              QStringLiteral("PINNED")}};
    bool allUp = true;
    for (const pipeline::Stage &stage : config.stages()) {
        const QString deployed = history.deployedDigest(stage.name());
        const auto pin = history.pin(stage.name());
        const bool up = live.contains(stage.name());
        allUp = allUp && up;
        const QString digest = live.value(stage.name());
        const bool drift = up && !deployed.isEmpty() && digest != deployed;
        stages.append(QJsonObject {
            {QStringLiteral("name"), stage.name()},
            {QStringLiteral("runtime"), stage.runtimeName()},
            {QStringLiteral("url"), stage.url().toString()},
            {QStringLiteral("state"), up ? QStringLiteral("up") : QStringLiteral("down")},
            {QStringLiteral("digest"), digest.isEmpty() ? QJsonValue() : QJsonValue(digest)},
            {QStringLiteral("deployed_digest"), deployed.isEmpty() ? QJsonValue() : QJsonValue(deployed)},
            {QStringLiteral("drift"), drift},
            {QStringLiteral("pinned"), bool(pin)},
            {QStringLiteral("pinned_digest"), pin ? QJsonValue(pin->digest) : QJsonValue()},
            {QStringLiteral("pin_reason"), pin ? QJsonValue(pin->reason) : QJsonValue()},
            {QStringLiteral("error"),
             problems.contains(stage.name()) ? QJsonValue(problems.value(stage.name())) : QJsonValue()},
        });
        rows.append({stage.name(), up ? QStringLiteral("up") : QStringLiteral("down"), stage.url().toString(),
                     digest.isEmpty() ? QStringLiteral("-") : shortDigest(digest),
                     deployed.isEmpty() ? QStringLiteral("-") : shortDigest(deployed),
                     drift ? QStringLiteral("yes") : QStringLiteral("no"),
                     pin ? QStringLiteral("yes (%1)").arg(pin->reason) : QStringLiteral("no")});
    }
    if (json)
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("stages"), stages}}).toJson(QJsonDocument::Indented));
    else
        printTable(rows, out);
    out.flush();
    return allUp ? ExitCode::Success : ExitCode::HostFailed;
}

} // namespace antler::cli
