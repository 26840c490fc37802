#pragma once

#include <QObject>

class QSocketNotifier;

namespace antler::gui {

// The window ends on SIGTERM, SIGINT and SIGHUP as it does on File → Quit:
// the desktop session sends SIGTERM at logout, a service manager or `kill`
// likewise, and Ctrl+C in the terminal that started antler. The signal is
// turned into a Qt signal on the event loop (self-pipe), so the windows
// close and save their geometry as ordinary code, not inside a handler.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace antler::gui
