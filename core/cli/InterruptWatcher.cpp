#include "cli/InterruptWatcher.h"

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

namespace antler::cli {

namespace {

// The write end the handler reports through while a watcher exists.
volatile sig_atomic_t writeFd = -1;

void onInterrupt(int)
{
    const int fd = writeFd;
    if (fd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT_X(writeFd < 0, "InterruptWatcher", "one watcher at a time");
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0)
        return;
    writeFd = m_fds[0];
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_watching = ::sigaction(SIGINT, &action, &m_previous) == 0;
    m_notifier = std::make_unique<QSocketNotifier>(m_fds[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(m_fds[1], &byte, 1);
        Q_EMIT interrupted();
    });
}

InterruptWatcher::~InterruptWatcher()
{
    if (m_watching)
        ::sigaction(SIGINT, &m_previous, nullptr);
    m_notifier.reset();
    writeFd = -1;
    for (int &fd : m_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

} // namespace antler::cli
