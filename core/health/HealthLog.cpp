#include "health/HealthLog.h"

namespace antler::health {

Q_LOGGING_CATEGORY(lcHealth, "antler.health", QtInfoMsg)

} // namespace antler::health
