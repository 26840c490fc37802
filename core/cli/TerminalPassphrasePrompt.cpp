#include "cli/TerminalPassphrasePrompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace antler::cli {

bool TerminalPassphrasePrompt::ask(const QString &prompt, QString *answer)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    const int fd = fileno(tty);
    termios saved {};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fputs(" ", tty);
    std::fflush(tty);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    // Past the stream's buffer: C forbids writing to a stream just read from
    // without a seek between, and a terminal cannot seek.
    [[maybe_unused]] const ssize_t written = ::write(fd, "\n", 1);
    std::fclose(tty);
    if (!read)
        return false;
    *answer = QString::fromLocal8Bit(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return true;
}

} // namespace antler::cli
