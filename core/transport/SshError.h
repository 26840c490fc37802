#pragma once

#include <QString>

struct ssh_session_struct;

namespace antler::transport {

// libssh's last error on session as a sentence fragment (no final period),
// "unknown error" when libssh has none.
QString sshError(ssh_session_struct *session);

} // namespace antler::transport
