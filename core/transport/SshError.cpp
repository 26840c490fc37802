#include "transport/SshError.h"

#include <libssh/libssh.h>

namespace antler::transport {

QString sshError(ssh_session_struct *session)
{
    const char *text = ssh_get_error(session);
    QString error = text ? QString::fromUtf8(text).trimmed() : QString();
    if (error.endsWith(QLatin1Char('.')))
        error.chop(1);
    return error.isEmpty() ? QStringLiteral("unknown error") : error;
}

} // namespace antler::transport
