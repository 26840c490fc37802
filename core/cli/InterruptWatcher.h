#pragma once

#include <QObject>

#include <csignal>
#include <memory>

class QSocketNotifier;

namespace antler::cli {

// Ctrl-C for a headless command: while it exists, SIGINT does not end the
// process but emits interrupted() on the event loop, so the command can stop
// its work and print what it has (a recap, the states). The signal handler
// only writes a byte to a socket pair; the notifier reads it. The previous
// handler is put back on destruction. One watcher at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // False when no socket pair could be made; SIGINT then ends the process.
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void interrupted();

private:
    int m_fds[2] = {-1, -1};
    bool m_watching = false;
    struct sigaction m_previous = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace antler::cli
