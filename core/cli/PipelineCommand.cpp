#include "cli/PipelineCommand.h"

#include "cli/CommandArguments.h"
#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
#include "cli/TextTable.h"
#include "pipeline/BuildSources.h"
#include "pipeline/History.h"
#include "pipeline/OperationManager.h"
#include "pipeline/OperationOutcome.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/Release.h"
#include "pipeline/RuntimeFactory.h"

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

QString shortDigest(const QString &digest)
{
    return pipeline::Release::shortDigest(digest);
}

QString runtimeNames()
{
    QStringList names;
    for (const pipeline::RuntimeKind kind : pipeline::RuntimeFactory::kinds())
        names.append(pipeline::Stage::runtimeKindName(kind));
    return names.join(QLatin1String(", "));
}

} // namespace

PipelineCommand::PipelineCommand()
    : Command(declaration())
{
}

CommandSpec PipelineCommand::declaration()
{
    using Option = CommandSpec::Option;
    using Argument = CommandSpec::Argument;
    using Completion = CommandSpec::Completion;
    const QString config = QStringLiteral("config");
    const QString json = QStringLiteral("json");
    const QString digest = QStringLiteral("digest");
    const QString yes = QStringLiteral("yes");
    const QString reason = QStringLiteral("reason");
    const QString stage = QStringLiteral("stage");
    const QString limit = QStringLiteral("limit");
    const QString moosefacts = QStringLiteral("moosefacts");
    const QString frontend = QStringLiteral("frontend");
    const QString facts = QStringLiteral("facts");
    const QString newHistory = QStringLiteral("new-history");
    const Argument stageArgument {QStringLiteral("STAGE"), {}, Completion::Stage};

    CommandSpec spec;
    spec.name = QStringLiteral("pipeline");
    spec.title = tr("Pipeline");
    spec.summary = tr("Builds the images, rolls them out, and moves a release from stage to stage; every step is "
                      "recorded.");
    spec.options = {
        Option::config(),
        Option::json(),
        Option {{moosefacts},
                QStringLiteral("FILE"),
                tr("build: the moosefacts program to package, instead of the one next to antler."),
                Option::Repeat::Once,
                false,
                Completion::File},
        Option {{frontend},
                QStringLiteral("DIR"),
                tr("build: the frontend folder to package, instead of the one antler was built or installed with."),
                Option::Repeat::Once,
                false,
                Completion::Directory},
        Option {{facts},
                QStringLiteral("FILE"),
                tr("build: the JSON file of facts to package, instead of the bundled one."),
                Option::Repeat::Once,
                false,
                Completion::File},
        Option {{digest}, QStringLiteral("DIGEST"), tr("deploy: roll out this release instead of the newest build.")},
        Option {{yes, QStringLiteral("y")}, {}, tr("promote: confirm a promotion into a stage that asks for it.")},
        Option {{reason}, QStringLiteral("TEXT"), tr("rollback, pin: the reason to record.")},
        Option {{stage},
                QStringLiteral("STAGE"),
                tr("history: only the operations on STAGE."),
                Option::Repeat::Once,
                false,
                Completion::Stage},
        Option {{limit}, QStringLiteral("N"), tr("history: at most N operations.")},
        Option {{newHistory},
                {},
                tr("When the pipeline history is damaged, keep it aside (renamed, never deleted) and start a new "
                   "one.")},
    };
    spec.commonOptions = {config, json, newHistory};
    spec.subcommands = {
        {QStringLiteral("build"),
         {},
         {moosefacts, frontend, facts},
         tr("Build the app into an immutable release named by its sha256 digest: images on the target, or an "
            "artifact folder for the local runtime.")},
        {QStringLiteral("deploy"),
         {stageArgument},
         {digest},
         tr("Roll the newest build (or --digest) out to STAGE; if it is not healthy within the stage's rollout "
            "timeout, STAGE goes back to its previous release automatically.")},
        {QStringLiteral("promote"),
         {{QStringLiteral("FROM"), {}, Completion::Stage}, {QStringLiteral("TO"), {}, Completion::Stage}},
         {yes},
         tr("Move the exact digest that runs in FROM to TO, if FROM is healthy and soaked; stages that ask for "
            "confirmation need --yes.")},
        {QStringLiteral("rollback"),
         {stageArgument},
         {reason},
         tr("Put STAGE back on its previous release and pin it there, recording --reason.")},
        {QStringLiteral("pin"), {stageArgument}, {reason}, tr("Refuse deploys and promotions to STAGE.")},
        {QStringLiteral("unpin"), {stageArgument}, {}, tr("Allow deploys and promotions to STAGE again.")},
        {QStringLiteral("history"),
         {},
         {stage, limit},
         tr("List every build, rollout, promotion and rollback, newest first.")},
        {QStringLiteral("status"), {}, {}, tr("Show which release each stage runs, drift from the history, and pins.")},
        {QStringLiteral("stop"), {stageArgument}, {}, tr("Stop the stage's workload.")},
    };
    spec.notes = {
        tr("A stage runs with one of the runtimes %1, named by runtime: in antler.yaml.").arg(runtimeNames()),
        tr("Progress goes to standard error, the result to standard output. It exits with 0 on success, 2 when a "
           "build or rollout failed, 3 for an unknown stage or digest or an error in the configuration, 6 when a "
           "gate or pin refused the operation (nothing changed) and 7 when a rollout failed and the stage was "
           "rolled back."),
    };
    return spec;
}

QString PipelineCommand::usage()
{
    QString text;
    const CommandSpec spec = declaration();
    for (const CommandSpec::Subcommand &subcommand : spec.subcommands)
        text += QLatin1String("  ") + spec.synopsisWords(subcommand).join(QLatin1Char(' ')) + QLatin1Char('\n');
    return text;
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
    auto usageError = [&err](const QString &sentence) {
        err << QLatin1String("antler pipeline: ") << sentence << QLatin1Char('\n');
        err.flush();
        return int(ExitCode::UsageError);
    };
    CommandArguments parsed(spec());
    if (!parseArguments(arguments, &parsed, QStringLiteral("antler pipeline"), err))
        return ExitCode::UsageError;
    QStringList positional = parsed.positional();
    const QString subcommandName = positional.isEmpty() ? QString() : positional.takeFirst();
    if (parsed.isSet(QStringLiteral("help")) || subcommandName == QLatin1String("help")) {
        out << HelpCommand::text(QStringLiteral("pipeline"));
        return ExitCode::Success;
    }

    QStringList names;
    for (const CommandSpec::Subcommand &candidate : spec().subcommands)
        names.append(candidate.name);
    const QString choices = names.mid(0, names.size() - 1).join(QLatin1String(", ")) + QLatin1Char(' ') + tr("or")
        + QLatin1Char(' ') + names.constLast();
    if (subcommandName.isEmpty())
        return usageError(tr("say what to do: %1.\n%2").arg(choices, usage()));
    const CommandSpec::Subcommand *shape = spec().subcommand(subcommandName);
    if (!shape)
        return usageError(tr("there is no pipeline command “%1”; use %2.").arg(subcommandName, choices));
    if (positional.size() != shape->arguments.size()) {
        QStringList argumentNames;
        for (const CommandSpec::Argument &argument : shape->arguments)
            argumentNames.append(argument.name);
        return usageError(
            shape->arguments.isEmpty()
                ? tr("“%1” takes no arguments, but got “%2”.").arg(subcommandName, positional.join(QLatin1Char(' ')))
                : tr("“%1” needs %2; write antler pipeline %1 %2.")
                      .arg(subcommandName, argumentNames.join(QLatin1Char(' '))));
    }
    for (const CommandSpec::Option &option : spec().options) {
        const QString &name = option.names.constFirst();
        if (parsed.isSet(name) && !spec().commonOptions.contains(name) && !shape->options.contains(name))
            return usageError(tr("“%1” does not take --%2.").arg(subcommandName, name));
    }
    int limit = 0;
    if (parsed.isSet(QStringLiteral("limit"))) {
        const QString text = parsed.value(QStringLiteral("limit"));
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1)
            return usageError(tr("--limit takes a number from 1 up, not “%1”.").arg(text));
    }
    const bool json = parsed.isSet(QStringLiteral("json"));

    pipeline::PipelineConfig config;
    QString error;
    if (!pipeline::PipelineConfig::load(parsed.value(QStringLiteral("config")), &config, &error)) {
        err << QLatin1String("antler pipeline: ") << error << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    pipeline::History history;
    const QString historyPath = pipeline::History::defaultPath();
    if (!history.open(historyPath, &error)) {
        const bool readsOnly = subcommandName == QLatin1String("history") || subcommandName == QLatin1String("status");
        QString readError;
        if (!history.isDamaged()) {
            // A full disk or a read-only folder still lets the record be read.
            if (!readsOnly || !history.openReadOnly(historyPath, &readError)) {
                err << QLatin1String("antler pipeline: ") << error << QLatin1Char('\n');
                return ExitCode::Error;
            }
            err << QLatin1String("antler pipeline: ") << error << QLatin1Char(' ') << tr("It is shown read-only.")
                << QLatin1Char('\n');
            err.flush();
        } else if (!parsed.isSet(QStringLiteral("new-history"))) {
            err << QLatin1String("antler pipeline: ") << error << QLatin1Char(' ')
                << tr("Restore it from a backup, or run again with --new-history to keep it aside under another name "
                      "and start a new one.")
                << QLatin1Char('\n');
            return ExitCode::Error;
        } else {
            const QString keptAs = pipeline::History::setAside(historyPath, &error);
            if (keptAs.isEmpty() || !history.open(historyPath, &error)) {
                err << QLatin1String("antler pipeline: ") << error << QLatin1Char('\n');
                return ExitCode::Error;
            }
            err << QLatin1String("antler pipeline: ")
                << tr("the damaged pipeline history is kept as %1; a new one was started.").arg(keptAs)
                << QLatin1Char('\n');
            err.flush();
        }
    }
    if (history.interruptedOnOpen() > 0) {
        err << QLatin1String("antler pipeline: ")
            << tr("%n earlier operation(s) were interrupted before they finished; “antler pipeline history” lists "
                  "them.",
                  nullptr, history.interruptedOnOpen())
            << QLatin1Char('\n');
        err.flush();
    }

    if (subcommandName == QLatin1String("history"))
        return this->history(history, parsed.value(QStringLiteral("stage")), limit, json, out);
    if (subcommandName == QLatin1String("status"))
        return status(config, history, json, out);

    // The window runs its operations through the same manager and controller,
    // so a gate, a message or a History record cannot differ between them.
    pipeline::OperationManager manager(config, &history);
    using Kind = pipeline::Operation::Kind;
    pipeline::Operation::Request request;
    request.kind = pipeline::Operation::Request::kindFromName(subcommandName).value_or(Kind::Build);
    if (request.kind == Kind::Promote) {
        request.fromStage = positional.at(0);
        request.stage = positional.at(1);
        request.confirmed = parsed.isSet(QStringLiteral("yes"));
    } else if (request.kind != Kind::Build) {
        request.stage = positional.at(0);
    }
    request.digest = parsed.value(QStringLiteral("digest"));
    request.reason = parsed.value(QStringLiteral("reason"));
    pipeline::BuildSources::Overrides sources;
    sources.moosefacts = parsed.value(QStringLiteral("moosefacts"));
    sources.frontend = parsed.value(QStringLiteral("frontend"));
    sources.facts = parsed.value(QStringLiteral("facts"));
    if (request.kind == Kind::Build && !pipeline::BuildSources::locate(sources, &request.build, &error)) {
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

    if (json) {
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
    TextTable::print(rows, out);
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
        TextTable::print(rows, out);
    out.flush();
    return allUp ? ExitCode::Success : ExitCode::HostFailed;
}

} // namespace antler::cli
