#pragma once

#include <QtGlobal>

namespace antler::test {

// A TCP port on 127.0.0.1 that was free a moment ago, never the same one
// twice in a process.
quint16 freeLoopbackPort();

} // namespace antler::test
