#pragma once

#include <QByteArray>
#include <QList>

namespace antler::transport {

// The one place where Antler turns arguments into POSIX shell text. Every
// command that reaches a shell (over SSH or through sudo) is built from an
// argument list with these functions; no caller concatenates shell strings.
//
// shellQuote() wraps the bytes in single quotes, writing a single quote as
// '\'' ; the result is one word for any POSIX sh, whatever the bytes are
// (newlines, non-UTF-8 bytes, globs, `$(...)`). An empty argument becomes ''.
// Arguments made only of characters no shell treats specially are returned
// unchanged, which keeps logged commands readable.
QByteArray shellQuote(const QByteArray &arg);

// The arguments quoted and joined by single spaces: a command line whose
// words, after the shell has parsed it, are exactly argv.
QByteArray shellJoin(const QList<QByteArray> &argv);

} // namespace antler::transport
