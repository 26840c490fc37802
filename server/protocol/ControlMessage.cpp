#include "ControlMessage.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace moosefacts {

bool ControlMessage::send(int socket) const
{
    QByteArray text = line + '\n';
    msghdr message {};
    iovec part {text.data(), size_t(text.size())};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    if (descriptor >= 0) {
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(header), &descriptor, sizeof(int));
    }
    return ::sendmsg(socket, &message, MSG_NOSIGNAL) >= 0;
}

bool ControlMessage::receive(int socket, ControlMessage *result)
{
    char buffer[MaxLine + 1] = {};
    msghdr message {};
    iovec part {buffer, size_t(MaxLine)};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    message.msg_control = control;
    message.msg_controllen = sizeof(control);
    const ssize_t got = ::recvmsg(socket, &message, MSG_CMSG_CLOEXEC);
    if (got <= 0) {
        if (got == 0)
            errno = 0;
        return false;
    }
    result->descriptor = -1;
    for (cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS)
            std::memcpy(&result->descriptor, CMSG_DATA(header), sizeof(int));
    }
    result->line = QByteArray(buffer, qsizetype(got)).trimmed();
    return true;
}

} // namespace moosefacts
