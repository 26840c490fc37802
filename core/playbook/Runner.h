#pragma once

#include "playbook/HostStats.h"
#include "playbook/PlaybookEvent.h"
#include "playbook/Playbook.h"

#include "inventory/ConnectionInfo.h"
#include "inventory/Inventory.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include <functional>

namespace antler::transport {
class Transport;
}

namespace antler::playbook {

class TaskExecutor;

// Runs a validated playbook against an inventory with Ansible's linear
// strategy: for each play, every host finishes task N before task N+1 starts,
// with up to forks() hosts working at once. A host that fails (without
// ignore_errors) or is unreachable leaves the rest of the playbook; when no
// host is left the run ends. Everything is asynchronous: start() returns at
// once, the run reports through event() and ends with finished(). Each host
// gets one transport for the whole run, made by the transport factory.
class Runner : public QObject
{
    Q_OBJECT

public:
    // Makes the transport for a host; the Runner owns (and closes) it.
    using TransportFactory =
        std::function<transport::Transport *(const QString &host, const inventory::ConnectionInfo &info)>;

    Runner(const Playbook &playbook, const inventory::Inventory &inventory, QObject *parent = nullptr);
    ~Runner() override;

    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    // -e: the highest-precedence variables.
    void setExtraVariables(const QVariantMap &variables) { m_extraVariables = variables; }
    void setForks(int forks) { m_forks = qMax(1, forks); }
    int forks() const { return m_forks; }
    // A command's output is held back this long and then streamed line by
    // line, so quick commands stay quiet as in Ansible and long ones show
    // their progress. 0 streams everything (the GUI).
    void setLiveOutputDelay(int milliseconds) { m_liveOutputDelayMs = milliseconds; }

    void start();
    // Stops every running command and ends the run at once with exit code 99
    // (Ctrl-C); the recap counts what finished before.
    void cancel();
    bool isFinished() const { return m_finished; }
    // ansible-playbook's codes: 0 all ok, 2 a task failed, 4 a host unreachable.
    int exitCode() const { return m_exitCode; }
    const QMap<QString, HostStats> &stats() const { return m_stats; }

Q_SIGNALS:
    void event(const antler::playbook::PlaybookEvent &event);
    void finished(int exitCode);

private:
    struct HostRun
    {
        QPointer<TaskExecutor> executor;
        QStringList heldLines;
        QList<bool> heldStderr;
        bool streaming = false;
        QTimer *timer = nullptr;
    };

    void startPlay();
    void startTask();
    void launchHosts();
    void startHost(const QString &host);
    void onOutput(const QString &host, const QString &line, bool isStderr);
    void onHostFinished(const QString &host, const TaskResult &result);
    void finishRun();
    void emitEvent(PlaybookEvent event);
    void count(const QString &host, const TaskResult &result);

    transport::Transport *transportFor(const QString &host);
    QVariantMap variablesFor(const QString &host) const;
    QString templatedName(const QString &name) const;

    Playbook m_playbook;
    inventory::Inventory m_inventory;
    TransportFactory m_factory;
    QVariantMap m_extraVariables;
    int m_forks = 5;
    int m_liveOutputDelayMs = 1000;

    int m_playIndex = -1;
    int m_taskIndex = -1;
    QStringList m_playHosts;
    QStringList m_pending;
    QMap<QString, HostRun> m_running;
    QSet<QString> m_failedHosts;
    QSet<QString> m_unreachableHosts;
    QHash<QString, QVariantMap> m_registered;
    QHash<QString, QPointer<transport::Transport>> m_transports;
    QMap<QString, HostStats> m_stats;
    bool m_warnedAboutFacts = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    int m_exitCode = 0;
};

} // namespace antler::playbook
