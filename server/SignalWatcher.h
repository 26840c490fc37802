#pragma once

#include <QObject>

class QSocketNotifier;

namespace moosefacts {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (self-pipe), so
// shutdown runs as ordinary code rather than inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace moosefacts
