#include "transport/SshError.h"

#include <QCoreApplication>

#include <libssh/libssh.h>

namespace antler::transport {

QString sshError(ssh_session_struct *session)
{
    const char *text = ssh_get_error(session);
    QString error = text ? QString::fromUtf8(text).trimmed() : QString();
    if (error.endsWith(QLatin1Char('.')))
        error.chop(1);
    return error.isEmpty() ? QCoreApplication::translate("antler::transport::SshConnection", "unknown error") : error;
}

} // namespace antler::transport
