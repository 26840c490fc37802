#include "transport/TransportLog.h"

namespace antler::transport {

Q_LOGGING_CATEGORY(lcSsh, "antler.transport.ssh", QtInfoMsg)

} // namespace antler::transport
