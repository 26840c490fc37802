#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace moosefacts {

class MooseServer;

// moosefacts --control PATH: a Unix socket, private to the user, through
// which a deployer hands a listening TCP socket from one moosefacts process
// to the next, so a stage's port keeps answering while the release changes.
// One request per connection, one line each:
//   "port\n"  -> "PORT\n", the port of the own listener (--port 0 picks one)
//   "take\n"  -> "ok\n" with the shared listening socket attached (SCM_RIGHTS)
//   "adopt\n" with a listening socket attached -> "ok\n", and the server
//             accepts on it from then on; "error: …\n" otherwise.
class ControlSocket : public QObject
{
    Q_OBJECT

public:
    ControlSocket(MooseServer *server, QObject *parent = nullptr);
    ~ControlSocket() override;

    // Creates the socket file (replacing a stale one); false with *error.
    bool listen(const QString &path, QString *error);

private:
    void onActivated();
    void serve(int connection);

    MooseServer *m_server;
    QString m_path;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace moosefacts
