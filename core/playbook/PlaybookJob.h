#pragma once

#include "playbook/HostStats.h"
#include "playbook/PlaybookEvent.h"
#include "playbook/PlaybookRunOptions.h"
#include "transport/HostTransportFactory.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace antler::playbook {

class Runner;

// One playbook run for a front end that has an event loop (the window): it
// reads the inventory and validates the whole playbook first, exactly as
// `antler --run-playbook` does, then drives the same Runner and forwards its
// event stream unchanged, so the window shows what the headless mode prints.
// A problem before the run (an unreadable inventory, a playbook error) ends
// the job with exit code 3 (ExitCode::InvalidInput) and the problem, and no
// host is contacted.
class PlaybookJob : public QObject
{
    Q_OBJECT

public:
    PlaybookJob(const PlaybookRunOptions &options, const transport::HostConnectionOptions &connection,
                QObject *parent = nullptr);
    ~PlaybookJob() override;

    const PlaybookRunOptions &options() const { return m_options; }
    // Starts on the next turn of the event loop, so a caller can connect first.
    void start();
    // Stops every running command on every host; the run ends with exit code 99.
    void cancel();
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // Every problem found before the run, one per line; empty when it ran.
    QString problem() const { return m_problem; }
    // The recap so far (complete once finished).
    QMap<QString, HostStats> stats() const;
    // How many tasks the playbook has (Playbook::taskCount()), 0 until it is parsed.
    int taskCount() const { return m_taskCount; }

    static constexpr int InvalidInputExitCode = 3;
    static constexpr int CancelledExitCode = 99;

Q_SIGNALS:
    void event(const antler::playbook::PlaybookEvent &event);
    void finished(int exitCode);

private:
    void run();
    void fail(const QString &problem);

    PlaybookRunOptions m_options;
    transport::HostConnectionOptions m_connection;
    QPointer<Runner> m_runner;
    QString m_problem;
    int m_exitCode = 0;
    int m_taskCount = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace antler::playbook
