#include "playbook/PlaybookLog.h"

namespace antler::playbook {

Q_LOGGING_CATEGORY(lcPlaybook, "antler.playbook", QtInfoMsg)

} // namespace antler::playbook
