#include "PipelineActions.h"

#include "pipeline/BuildSources.h"
#include "pipeline/History.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"

#include <QAction>
#include <QKeySequence>
#include <QUrl>

namespace antler::gui {

namespace {

// The sentence a disabled action shows, kept on the action itself so that
// every place showing it (tooltip, status tip, command palette) agrees.
const char *WhyProperty = "antlerWhyDisabled";
const char *HelpProperty = "antlerHelp";

QString sentence(QString text)
{
    // Refusals are written for the CLI's "antler pipeline: …" prefix; a
    // tooltip stands alone and starts with a capital.
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

PipelineActions::PipelineActions(const pipeline::PipelineConfig &config, pipeline::OperationManager *operations,
                                 QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_operations(operations)
{
    m_build = makeAction(QStringLiteral("build"), tr("&Build"), {});
    m_build->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_build, &QAction::triggered, this, &PipelineActions::startBuild);

    const QList<pipeline::Stage> &stages = m_config.stages();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QString name = stages.at(i).name();
        QAction *deploy = makeAction(QStringLiteral("deploy:%1").arg(name), tr("Deploy newest build to %1").arg(name),
                                     tr("Roll the newest build out to %1; if it fails its checks, %1 goes back to "
                                        "what it ran before.")
                                         .arg(name));
        m_deploy.insert(name, deploy);
        connect(deploy, &QAction::triggered, this, [this, name] {
            pipeline::Operation::Request request;
            request.kind = pipeline::Operation::Kind::Deploy;
            request.stage = name;
            m_operations->start(request);
        });
        if (i + 1 < stages.size()) {
            const QString next = stages.at(i + 1).name();
            QAction *promote
                = makeAction(QStringLiteral("promote:%1:%2").arg(name, next), tr("Promote %1 → %2").arg(name, next),
                             tr("Roll the exact release that runs in %1 out to %2.").arg(name, next));
            m_promote.insert(name, promote);
            connect(promote, &QAction::triggered, this, [this, name, next] { Q_EMIT promoteRequested(name, next); });
        }
        QAction *rollback = makeAction(QStringLiteral("rollback:%1").arg(name), tr("Roll back %1…").arg(name),
                                       tr("Put %1 back on the release it ran before and pin it there.").arg(name));
        m_rollback.insert(name, rollback);
        connect(rollback, &QAction::triggered, this, [this, name] { Q_EMIT rollbackRequested(name); });

        QAction *pin
            = makeAction(QStringLiteral("pin:%1").arg(name), tr("Pin %1…").arg(name),
                         tr("Keep %1 on the release it runs: deploys and promotions to it are refused.").arg(name));
        m_pin.insert(name, pin);
        connect(pin, &QAction::triggered, this, [this, name] { Q_EMIT pinRequested(name); });
        QAction *unpin = makeAction(QStringLiteral("unpin:%1").arg(name), tr("Unpin %1").arg(name),
                                    tr("Allow deploys and promotions to %1 again.").arg(name));
        m_unpin.insert(name, unpin);
        connect(unpin, &QAction::triggered, this, [this, name] {
            pipeline::Operation::Request request;
            request.kind = pipeline::Operation::Kind::Unpin;
            request.stage = name;
            m_operations->start(request);
        });
        QAction *stop
            = makeAction(QStringLiteral("stop:%1").arg(name), tr("Stop %1").arg(name),
                         tr("Stop the workload of %1; it stays on its release and can be deployed again.").arg(name));
        m_stop.insert(name, stop);
        connect(stop, &QAction::triggered, this, [this, name] {
            pipeline::Operation::Request request;
            request.kind = pipeline::Operation::Kind::Stop;
            request.stage = name;
            m_operations->start(request);
        });
        QAction *open = makeAction(QStringLiteral("open:%1").arg(name), tr("Open %1 in browser").arg(name),
                                   tr("Open %1 in the web browser.").arg(stages.at(i).url().toString()));
        m_open.insert(name, open);
        connect(open, &QAction::triggered, this,
                [this, name, url = stages.at(i).url()] { Q_EMIT openRequested(name, url); });
    }
    // The first stages get keys in promotion order: Ctrl+1 deploys to the
    // first stage, Ctrl+Shift+1 promotes it to the second, and so on.
    for (qsizetype i = 0; i < stages.size() && i < 9; ++i) {
        const auto digit = Qt::Key(Qt::Key_1 + i);
        m_deploy.value(stages.at(i).name())->setShortcut(QKeySequence(Qt::CTRL | digit));
        if (QAction *promote = m_promote.value(stages.at(i).name()))
            promote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | digit));
    }

    if (m_operations) {
        connect(m_operations, &pipeline::OperationManager::operationAdded, this, &PipelineActions::refresh);
        connect(m_operations, &pipeline::OperationManager::operationFinished, this, &PipelineActions::refresh);
    } else {
        m_unavailable = tr("the pipeline cannot record operations.");
    }
    refresh();
}

QAction *PipelineActions::makeAction(const QString &name, const QString &text, const QString &help)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setProperty(HelpProperty, help);
    action->setShortcutContext(Qt::WindowShortcut);
    m_all.append(action);
    return action;
}

QList<QAction *> PipelineActions::stageActions(const QString &stage) const
{
    QList<QAction *> list {m_deploy.value(stage)};
    if (QAction *promote = m_promote.value(stage))
        list.append(promote);
    list << m_rollback.value(stage) << m_pin.value(stage) << m_unpin.value(stage) << m_stop.value(stage)
         << m_open.value(stage);
    return list;
}

QList<QAction *> PipelineActions::all() const
{
    return m_all;
}

QString PipelineActions::whyDisabled(const QAction *action)
{
    return action ? action->property(WhyProperty).toString() : QString();
}

void PipelineActions::setStageHealth(const QString &stage, health::HealthState state, const QString &reason)
{
    StageHealthNote &note = m_health[stage];
    if (note.state == state && note.reason == reason)
        return;
    note.state = state;
    note.reason = reason;
    refresh();
}

pipeline::BuildSources::Overrides PipelineActions::sourceOverrides() const
{
    // A checkout of the user's own: its frontend and facts; moosefacts stays
    // the one Antler was built with.
    pipeline::BuildSources::Overrides overrides;
    if (!m_sourceTree.isEmpty()) {
        overrides.frontend = m_sourceTree + QLatin1String("/resources/frontend");
        overrides.facts = m_sourceTree + QLatin1String("/server/data/moose-facts.json");
    }
    return overrides;
}

QString PipelineActions::buildSourceDescription() const
{
    pipeline::BuildRequest request;
    QString error;
    if (!pipeline::BuildSources::locate(sourceOverrides(), &request, &error))
        return error;
    return tr("Builds the moose facts app from %1 (commit %2).")
        .arg(m_sourceTree.isEmpty() ? tr("the sources Antler was built with") : m_sourceTree, request.sourceCommit);
}

void PipelineActions::startBuild()
{
    pipeline::Operation::Request request;
    request.kind = pipeline::Operation::Kind::Build;
    QString error;
    if (!pipeline::BuildSources::locate(sourceOverrides(), &request.build, &error))
        request.problem = error; // reported on the operation like any other failure
    m_operations->start(request);
}

QString PipelineActions::busyReason(const QString &stage) const
{
    if (pipeline::Operation *active = m_operations->activeFor(stage))
        return tr("%1 is busy: “%2” is running; wait for it or cancel it.").arg(stage, active->title());
    return {};
}

void PipelineActions::setGate(QAction *action, const QString &why)
{
    const QString help = action->property(HelpProperty).toString();
    action->setEnabled(why.isEmpty());
    action->setProperty(WhyProperty, why);
    const QString shown = why.isEmpty() ? help : sentence(why);
    action->setToolTip(shown.isEmpty() ? action->text().remove(QLatin1Char('&')) : shown);
    action->setStatusTip(shown);
}

void PipelineActions::setUnavailable(const QString &why)
{
    m_unavailable = why;
    refresh();
}

void PipelineActions::refresh()
{
    if (!m_operations || !m_unavailable.isEmpty()) {
        for (QAction *action : std::as_const(m_all))
            setGate(action, action->objectName().startsWith(QLatin1String("open:")) ? QString() : m_unavailable);
        return;
    }
    pipeline::History *history = m_operations->history();
    setGate(m_build,
            m_operations->isBuilding() ? tr("a build is running already; wait for it or cancel it.") : QString());
    if (m_build->isEnabled()) {
        m_build->setToolTip(buildSourceDescription());
        m_build->setStatusTip(m_build->toolTip());
    }
    const QList<pipeline::Stage> &stages = m_config.stages();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QString name = stages.at(i).name();
        const QString busy = busyReason(name);
        const StageHealthNote health = m_health.value(name);

        QString why = busy;
        if (why.isEmpty())
            why = m_operations->deployRefusal(name);
        setGate(m_deploy.value(name), why);

        if (QAction *promote = m_promote.value(name)) {
            const QString next = stages.at(i + 1).name();
            why = m_operations->promoteRefusal(name, next);
            if (why.isEmpty() && health.state == health::HealthState::Down) {
                why = health.reason.isEmpty()
                    ? tr("%1 is down; fix or roll it back before promoting.").arg(name)
                    : tr("%1 is down: %2; fix or roll it back before promoting.").arg(name, health.reason);
            }
            if (why.isEmpty())
                why = busyReason(next);
            if (why.isEmpty())
                why = busy;
            setGate(promote, why);
        }

        why = busy;
        if (why.isEmpty())
            why = m_operations->rollbackRefusal(name);
        setGate(m_rollback.value(name), why);

        const auto pin = history ? history->pin(name) : std::nullopt;
        why = busy;
        if (why.isEmpty() && pin)
            why = tr("%1 is pinned already: %2.").arg(name, pin->reason);
        if (why.isEmpty() && history && history->deployedDigest(name).isEmpty())
            why = tr("%1 runs no release yet, so there is nothing to pin.").arg(name);
        setGate(m_pin.value(name), why);
        m_pin.value(name)->setVisible(!pin);

        why = busy;
        if (why.isEmpty() && !pin)
            why = tr("%1 is not pinned.").arg(name);
        setGate(m_unpin.value(name), why);
        m_unpin.value(name)->setVisible(bool(pin));

        setGate(m_stop.value(name), busy);
        setGate(m_open.value(name),
                health.state == health::HealthState::Down ? tr("%1 is down; deploy it first.").arg(name) : QString());
    }
}

void PipelineActions::promoteConfirmed(const QString &from, const QString &to)
{
    pipeline::Operation::Request request;
    request.kind = pipeline::Operation::Kind::Promote;
    request.fromStage = from;
    request.stage = to;
    request.confirmed = true;
    m_operations->start(request);
}

void PipelineActions::rollbackConfirmed(const QString &stage, const QString &reason)
{
    pipeline::Operation::Request request;
    request.kind = pipeline::Operation::Kind::Rollback;
    request.stage = stage;
    request.reason = reason;
    m_operations->start(request);
}

void PipelineActions::pinConfirmed(const QString &stage, const QString &reason)
{
    pipeline::Operation::Request request;
    request.kind = pipeline::Operation::Kind::Pin;
    request.stage = stage;
    request.reason = reason;
    m_operations->start(request);
}

} // namespace antler::gui
