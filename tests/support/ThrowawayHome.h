#pragma once

#include <QString>

class QTemporaryDir;

namespace antler::test {

// Points HOME and the XDG folders (data, config, cache, and a private,
// empty runtime folder: no session bus to fall back on) into home, so a
// test sees nothing of the user's files and leaves nothing behind. Returns
// an empty string, or what could not be made.
QString useThrowawayHome(const QTemporaryDir &home);

} // namespace antler::test
