#include "HttpLog.h"

namespace moosefacts {

Q_LOGGING_CATEGORY(lcHttp, "moosefacts.http", QtInfoMsg)

} // namespace moosefacts
